CREATE TYPE "hardship_aid_channel" AS ENUM('member', 'nominated', 'hospital_billed');--> statement-breakpoint
CREATE TYPE "hardship_aid_kind" AS ENUM('living', 'medical', 'temporary', 'disaster', 'serious_illness', 'student');--> statement-breakpoint
CREATE TYPE "hardship_aid_status" AS ENUM('applied', 'verified', 'approved', 'paid', 'refused');--> statement-breakpoint
CREATE TYPE "hardship_cause" AS ENUM('illness', 'disability', 'unemployment', 'schooling', 'disaster', 'other');--> statement-breakpoint
CREATE TYPE "hardship_exit_reason" AS ENUM('illness_cured', 'reemployed', 'children_employed', 'self_employed', 'social_insurance', 'serious_illness_cover', 'social_assistance');--> statement-breakpoint
CREATE TYPE "hardship_file_status" AS ENUM('filed', 'returned', 'verified', 'city_confirmed', 'province_confirmed', 'confirmed', 'refused', 'exited');--> statement-breakpoint
CREATE TYPE "hardship_housing" AS ENUM('owned', 'rented', 'public_rental', 'dormitory', 'none');--> statement-breakpoint
CREATE TYPE "hardship_scheme_status" AS ENUM('draft', 'open', 'closed');--> statement-breakpoint
CREATE TABLE "hardship_aid_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"scheme_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"channel" "hardship_aid_channel" NOT NULL,
	"status" "hardship_aid_status" DEFAULT 'applied'::"hardship_aid_status" NOT NULL,
	"requested_fen" bigint NOT NULL,
	"self_paid_fen" bigint,
	"hospital_bill_number" text,
	"student_name" text,
	"school" text,
	"admission_letter_number" text,
	"note" text DEFAULT '' NOT NULL,
	"applied_by_user_id" uuid NOT NULL,
	"prepared_fen" bigint,
	"prepared_by_user_id" uuid,
	"verified_at" timestamp(3) with time zone,
	"approved_fen" bigint,
	"approved_by_user_id" uuid,
	"approved_at" timestamp(3) with time zone,
	"paid_by_user_id" uuid,
	"paid_at" timestamp(3) with time zone,
	"payment_reference" text,
	"refusal_reason" text,
	"refused_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hardship_aid_applications_positive" CHECK ("requested_fen" > 0),
	CONSTRAINT "hardship_aid_applications_hospital" CHECK (("channel" = 'hospital_billed') = ("self_paid_fen" is not null and "hospital_bill_number" is not null)),
	CONSTRAINT "hardship_aid_applications_hospital_share" CHECK ("self_paid_fen" is null or "requested_fen" = "self_paid_fen" * 80 / 100),
	CONSTRAINT "hardship_aid_applications_four_eyes" CHECK ("approved_by_user_id" is null or "approved_by_user_id" <> "prepared_by_user_id"),
	CONSTRAINT "hardship_aid_applications_approved" CHECK (("status" in ('approved', 'paid')) = ("approved_fen" is not null)
        and ("approved_fen" is null or ("approved_fen" > 0 and "approved_fen" <= "prepared_fen"))),
	CONSTRAINT "hardship_aid_applications_paid" CHECK ("status" <> 'paid' or "payment_reference" is not null)
);
--> statement-breakpoint
CREATE TABLE "hardship_aid_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"year" integer NOT NULL,
	"kind" "hardship_aid_kind" NOT NULL,
	"name" text NOT NULL,
	"status" "hardship_scheme_status" DEFAULT 'draft'::"hardship_scheme_status" NOT NULL,
	"cap_per_person_fen" bigint NOT NULL,
	"budget_fen" bigint NOT NULL,
	"approved_fen" bigint DEFAULT 0 NOT NULL,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"area_union_id" uuid,
	"area_path" text,
	"event" text,
	"apply_from" date NOT NULL,
	"apply_until" date NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"opened_by_user_id" uuid,
	"opened_at" timestamp(3) with time zone,
	"closed_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hardship_aid_schemes_budget" CHECK ("budget_fen" > 0 and "approved_fen" >= 0 and "approved_fen" <= "budget_fen"),
	CONSTRAINT "hardship_aid_schemes_paid" CHECK ("paid_fen" >= 0 and "paid_fen" <= "approved_fen"),
	CONSTRAINT "hardship_aid_schemes_cap_positive" CHECK ("cap_per_person_fen" > 0 and "cap_per_person_fen" <= "budget_fen"),
	CONSTRAINT "hardship_aid_schemes_statutory_caps" CHECK (("kind" <> 'living' or "cap_per_person_fen" <= 500000)
        and ("kind" <> 'medical' or "cap_per_person_fen" <= 1000000)),
	CONSTRAINT "hardship_aid_schemes_window" CHECK ("apply_from" <= "apply_until"
      and extract(year from "apply_from") = "year" and extract(year from "apply_until") = "year"),
	CONSTRAINT "hardship_aid_schemes_student_window" CHECK ("kind" <> 'student' or (extract(month from "apply_from") between 7 and 8 and extract(month from "apply_until") between 7 and 8)),
	CONSTRAINT "hardship_aid_schemes_disaster_area" CHECK (("kind" = 'disaster') = ("area_union_id" is not null and "event" is not null))
);
--> statement-breakpoint
CREATE TABLE "hardship_aid_totals" (
	"member_id" uuid,
	"scheme_id" uuid,
	"cap_fen" bigint NOT NULL,
	"approved_fen" bigint NOT NULL,
	CONSTRAINT "hardship_aid_totals_pkey" PRIMARY KEY("member_id","scheme_id"),
	CONSTRAINT "hardship_aid_totals_within_cap" CHECK ("approved_fen" >= 0 and "approved_fen" <= "cap_fen")
);
--> statement-breakpoint
CREATE TABLE "hardship_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"file_id" uuid NOT NULL,
	"aid_application_id" uuid,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"stored_file_id" uuid,
	"added_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hardship_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"member_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"status" "hardship_file_status" DEFAULT 'filed'::"hardship_file_status" NOT NULL,
	"cause" "hardship_cause" NOT NULL,
	"cause_note" text DEFAULT '' NOT NULL,
	"household_members" jsonb NOT NULL,
	"monthly_income_per_head_fen" bigint NOT NULL,
	"local_minimum_fen" bigint NOT NULL,
	"housing" "hardship_housing" NOT NULL,
	"is_migrant_worker" boolean DEFAULT false NOT NULL,
	"labour_contract_months" integer,
	"filed_by_user_id" uuid NOT NULL,
	"filed_on_behalf" boolean DEFAULT false NOT NULL,
	"verified_by_user_id" uuid,
	"verified_at" timestamp(3) with time zone,
	"city_confirmed_by_user_id" uuid,
	"city_confirmed_at" timestamp(3) with time zone,
	"province_confirmed_by_user_id" uuid,
	"province_confirmed_at" timestamp(3) with time zone,
	"confirmed_by_user_id" uuid,
	"confirmed_on" date,
	"last_checked_on" date,
	"recheck_due_on" date,
	"return_reason" text,
	"refusal_reason" text,
	"exit_reason" "hardship_exit_reason",
	"exit_note" text,
	"exited_at" timestamp(3) with time zone,
	"submitted_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hardship_files_income" CHECK ("monthly_income_per_head_fen" >= 0 and "local_minimum_fen" > 0),
	CONSTRAINT "hardship_files_migrant_contract" CHECK (not "is_migrant_worker" or "labour_contract_months" >= 12),
	CONSTRAINT "hardship_files_confirmed_dates" CHECK ("status" <> 'confirmed' or ("confirmed_on" is not null and "recheck_due_on" is not null)),
	CONSTRAINT "hardship_files_exit_reason" CHECK (("status" = 'exited') = ("exit_reason" is not null))
);
--> statement-breakpoint
CREATE INDEX "hardship_aid_applications_scheme_idx" ON "hardship_aid_applications" ("scheme_id","status","created_at");--> statement-breakpoint
CREATE INDEX "hardship_aid_applications_member_idx" ON "hardship_aid_applications" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "hardship_aid_applications_path_idx" ON "hardship_aid_applications" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "hardship_aid_schemes_path_idx" ON "hardship_aid_schemes" ("union_path" text_pattern_ops,"year");--> statement-breakpoint
CREATE INDEX "hardship_aid_schemes_union_idx" ON "hardship_aid_schemes" ("union_id","year","created_at");--> statement-breakpoint
CREATE INDEX "hardship_documents_file_idx" ON "hardship_documents" ("file_id");--> statement-breakpoint
CREATE INDEX "hardship_documents_application_idx" ON "hardship_documents" ("aid_application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "hardship_files_one_open_per_member" ON "hardship_files" ("member_id") WHERE "status" not in ('refused', 'exited');--> statement-breakpoint
CREATE INDEX "hardship_files_member_idx" ON "hardship_files" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "hardship_files_path_idx" ON "hardship_files" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "hardship_files_union_status_idx" ON "hardship_files" ("union_id","status","created_at");--> statement-breakpoint
CREATE INDEX "hardship_files_recheck_idx" ON "hardship_files" ("status","recheck_due_on");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_oKvHRDQrZHFU_fkey" FOREIGN KEY ("scheme_id") REFERENCES "hardship_aid_schemes"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_file_id_hardship_files_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_files"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_applied_by_user_id_users_id_fkey" FOREIGN KEY ("applied_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_prepared_by_user_id_users_id_fkey" FOREIGN KEY ("prepared_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_approved_by_user_id_users_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_paid_by_user_id_users_id_fkey" FOREIGN KEY ("paid_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_applications" ADD CONSTRAINT "hardship_aid_applications_refused_by_user_id_users_id_fkey" FOREIGN KEY ("refused_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_schemes" ADD CONSTRAINT "hardship_aid_schemes_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_schemes" ADD CONSTRAINT "hardship_aid_schemes_area_union_id_unions_id_fkey" FOREIGN KEY ("area_union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_schemes" ADD CONSTRAINT "hardship_aid_schemes_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_schemes" ADD CONSTRAINT "hardship_aid_schemes_opened_by_user_id_users_id_fkey" FOREIGN KEY ("opened_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_totals" ADD CONSTRAINT "hardship_aid_totals_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "hardship_aid_totals" ADD CONSTRAINT "hardship_aid_totals_scheme_id_hardship_aid_schemes_id_fkey" FOREIGN KEY ("scheme_id") REFERENCES "hardship_aid_schemes"("id");--> statement-breakpoint
ALTER TABLE "hardship_documents" ADD CONSTRAINT "hardship_documents_file_id_hardship_files_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_files"("id");--> statement-breakpoint
ALTER TABLE "hardship_documents" ADD CONSTRAINT "hardship_documents_alGAH8RdcvZF_fkey" FOREIGN KEY ("aid_application_id") REFERENCES "hardship_aid_applications"("id");--> statement-breakpoint
ALTER TABLE "hardship_documents" ADD CONSTRAINT "hardship_documents_added_by_user_id_users_id_fkey" FOREIGN KEY ("added_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_filed_by_user_id_users_id_fkey" FOREIGN KEY ("filed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_verified_by_user_id_users_id_fkey" FOREIGN KEY ("verified_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_city_confirmed_by_user_id_users_id_fkey" FOREIGN KEY ("city_confirmed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_province_confirmed_by_user_id_users_id_fkey" FOREIGN KEY ("province_confirmed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_files" ADD CONSTRAINT "hardship_files_confirmed_by_user_id_users_id_fkey" FOREIGN KEY ("confirmed_by_user_id") REFERENCES "users"("id");