CREATE TYPE "mutual_aid_claim_status" AS ENUM('entered', 'returned', 'checked', 'valuated', 'approved', 'paid', 'rejected');--> statement-breakpoint
CREATE TYPE "mutual_aid_enrolment_status" AS ENUM('draft', 'submitted', 'paid');--> statement-breakpoint
CREATE TYPE "mutual_aid_rejection_reason" AS ENUM('not_covered', 'waiting_period', 'below_deductible', 'ceiling_reached', 'duplicate', 'documents_missing');--> statement-breakpoint
CREATE TABLE "mutual_aid_claim_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"claim_id" uuid NOT NULL,
	"stored_file_id" uuid NOT NULL UNIQUE,
	"added_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"scheme_id" uuid NOT NULL,
	"cover_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"status" "mutual_aid_claim_status" DEFAULT 'entered'::"mutual_aid_claim_status" NOT NULL,
	"hospital" text NOT NULL,
	"admitted_on" date NOT NULL,
	"discharged_on" date NOT NULL,
	"total_cost_fen" bigint NOT NULL,
	"social_insurance_fen" bigint NOT NULL,
	"self_paid_fen" bigint NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"filed_by_user_id" uuid NOT NULL,
	"return_note" text,
	"checked_by_user_id" uuid,
	"valuated_fen" bigint,
	"deductible_applied_fen" bigint,
	"explanation" jsonb,
	"valuated_by_user_id" uuid,
	"approved_by_user_id" uuid,
	"approved_at" timestamp(3) with time zone,
	"payment_reference" text,
	"paid_at" timestamp(3) with time zone,
	"rejection_reason" "mutual_aid_rejection_reason",
	"rejection_note" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutual_aid_claims_settlement" CHECK ("total_cost_fen" > 0 and "social_insurance_fen" >= 0 and "self_paid_fen" >= 0
      and "total_cost_fen" = "social_insurance_fen" + "self_paid_fen"),
	CONSTRAINT "mutual_aid_claims_dates" CHECK ("admitted_on" <= "discharged_on"),
	CONSTRAINT "mutual_aid_claims_valuated" CHECK (("status" in ('valuated', 'approved', 'paid')) = ("valuated_fen" is not null)
      and ("valuated_fen" is null or "valuated_fen" > 0)),
	CONSTRAINT "mutual_aid_claims_rejected" CHECK (("status" = 'rejected') = ("rejection_reason" is not null)),
	CONSTRAINT "mutual_aid_claims_paid" CHECK ("status" <> 'paid' or "payment_reference" is not null)
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_covers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"scheme_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"active_from" date,
	"active_until" date,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutual_aid_covers_period" CHECK (("active_from" is null) = ("active_until" is null) and ("active_from" is null or "active_from" <= "active_until"))
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_enrolment_rows" (
	"enrolment_id" uuid,
	"line" integer,
	"card_number" text NOT NULL,
	"real_name" text,
	CONSTRAINT "mutual_aid_enrolment_rows_pkey" PRIMARY KEY("enrolment_id","line")
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"scheme_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"status" "mutual_aid_enrolment_status" DEFAULT 'draft'::"mutual_aid_enrolment_status" NOT NULL,
	"starts_on" date NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"member_count" integer DEFAULT 0 NOT NULL,
	"premium_due_fen" bigint DEFAULT 0 NOT NULL,
	"payment_reference" text,
	"paid_on" date,
	"paid_by_user_id" uuid,
	"submitted_at" timestamp(3) with time zone,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutual_aid_enrolments_paid" CHECK (("status" = 'paid') = ("payment_reference" is not null and "paid_on" is not null)),
	CONSTRAINT "mutual_aid_enrolments_counts" CHECK ("row_count" >= 0 and "member_count" >= 0 and "premium_due_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_ledgers" (
	"member_id" uuid,
	"scheme_id" uuid,
	"deductible_fen" bigint NOT NULL,
	"ceiling_fen" bigint NOT NULL,
	"deductible_used_fen" bigint DEFAULT 0 NOT NULL,
	"approved_fen" bigint DEFAULT 0 NOT NULL,
	"claims_approved" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutual_aid_ledgers_pkey" PRIMARY KEY("member_id","scheme_id"),
	CONSTRAINT "mutual_aid_ledgers_within" CHECK ("deductible_used_fen" >= 0 and "deductible_used_fen" <= "deductible_fen"
      and "approved_fen" >= 0 and "approved_fen" <= "ceiling_fen")
);
--> statement-breakpoint
CREATE TABLE "mutual_aid_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"premium_fen" bigint NOT NULL,
	"deductible_fen" bigint NOT NULL,
	"bands" jsonb NOT NULL,
	"ceiling_fen" bigint NOT NULL,
	"waiting_days" integer NOT NULL,
	"backstop_fen" bigint NOT NULL,
	"premiums_paid_fen" bigint DEFAULT 0 NOT NULL,
	"approved_fen" bigint DEFAULT 0 NOT NULL,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mutual_aid_schemes_amounts" CHECK ("premium_fen" > 0 and "deductible_fen" >= 0 and "ceiling_fen" > 0 and "backstop_fen" >= 0),
	CONSTRAINT "mutual_aid_schemes_waiting" CHECK ("waiting_days" between 0 and 365),
	CONSTRAINT "mutual_aid_schemes_pool" CHECK ("approved_fen" >= 0 and "approved_fen" <= "premiums_paid_fen" + "backstop_fen"),
	CONSTRAINT "mutual_aid_schemes_paid" CHECK ("paid_fen" >= 0 and "paid_fen" <= "approved_fen")
);
--> statement-breakpoint
CREATE INDEX "mutual_aid_claim_documents_claim_idx" ON "mutual_aid_claim_documents" ("claim_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_aid_claims_one_per_admission" ON "mutual_aid_claims" ("member_id","admitted_on") WHERE "status" <> 'rejected';--> statement-breakpoint
CREATE INDEX "mutual_aid_claims_member_idx" ON "mutual_aid_claims" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "mutual_aid_claims_path_idx" ON "mutual_aid_claims" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "mutual_aid_claims_scheme_idx" ON "mutual_aid_claims" ("scheme_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_aid_covers_one_per_scheme" ON "mutual_aid_covers" ("member_id","scheme_id");--> statement-breakpoint
CREATE INDEX "mutual_aid_covers_enrolment_idx" ON "mutual_aid_covers" ("enrolment_id");--> statement-breakpoint
CREATE INDEX "mutual_aid_covers_path_idx" ON "mutual_aid_covers" ("union_path" text_pattern_ops,"scheme_id");--> statement-breakpoint
CREATE INDEX "mutual_aid_enrolments_scheme_idx" ON "mutual_aid_enrolments" ("scheme_id","created_at");--> statement-breakpoint
CREATE INDEX "mutual_aid_enrolments_path_idx" ON "mutual_aid_enrolments" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_aid_enrolments_payment_reference" ON "mutual_aid_enrolments" ("scheme_id","payment_reference");--> statement-breakpoint
CREATE UNIQUE INDEX "mutual_aid_schemes_union_year" ON "mutual_aid_schemes" ("union_id","year");--> statement-breakpoint
CREATE INDEX "mutual_aid_schemes_path_idx" ON "mutual_aid_schemes" ("union_path" text_pattern_ops,"year");--> statement-breakpoint
ALTER TABLE "mutual_aid_claim_documents" ADD CONSTRAINT "mutual_aid_claim_documents_claim_id_mutual_aid_claims_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "mutual_aid_claims"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claim_documents" ADD CONSTRAINT "mutual_aid_claim_documents_stored_file_id_stored_files_id_fkey" FOREIGN KEY ("stored_file_id") REFERENCES "stored_files"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claim_documents" ADD CONSTRAINT "mutual_aid_claim_documents_added_by_user_id_users_id_fkey" FOREIGN KEY ("added_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_scheme_id_mutual_aid_schemes_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "mutual_aid_schemes"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_cover_id_mutual_aid_covers_id_fkey" FOREIGN KEY ("cover_id") REFERENCES "mutual_aid_covers"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_filed_by_user_id_users_id_fkey" FOREIGN KEY ("filed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_checked_by_user_id_users_id_fkey" FOREIGN KEY ("checked_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_valuated_by_user_id_users_id_fkey" FOREIGN KEY ("valuated_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_claims" ADD CONSTRAINT "mutual_aid_claims_approved_by_user_id_users_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_covers" ADD CONSTRAINT "mutual_aid_covers_scheme_id_mutual_aid_schemes_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "mutual_aid_schemes"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_covers" ADD CONSTRAINT "mutual_aid_covers_enrolment_id_mutual_aid_enrolments_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "mutual_aid_enrolments"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_covers" ADD CONSTRAINT "mutual_aid_covers_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_covers" ADD CONSTRAINT "mutual_aid_covers_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_enrolment_rows" ADD CONSTRAINT "mutual_aid_enrolment_rows_bt2cyX0JLcPj_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "mutual_aid_enrolments"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "mutual_aid_enrolments" ADD CONSTRAINT "mutual_aid_enrolments_scheme_id_mutual_aid_schemes_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "mutual_aid_schemes"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_enrolments" ADD CONSTRAINT "mutual_aid_enrolments_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_enrolments" ADD CONSTRAINT "mutual_aid_enrolments_paid_by_user_id_users_id_fkey" FOREIGN KEY ("paid_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_enrolments" ADD CONSTRAINT "mutual_aid_enrolments_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_ledgers" ADD CONSTRAINT "mutual_aid_ledgers_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_ledgers" ADD CONSTRAINT "mutual_aid_ledgers_scheme_id_mutual_aid_schemes_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "mutual_aid_schemes"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_schemes" ADD CONSTRAINT "mutual_aid_schemes_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "mutual_aid_schemes" ADD CONSTRAINT "mutual_aid_schemes_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");