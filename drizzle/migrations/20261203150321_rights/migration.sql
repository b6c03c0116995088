CREATE TYPE "rights_case_channel" AS ENUM('member', 'worker', 'union');--> statement-breakpoint
CREATE TYPE "rights_case_event_kind" AS ENUM('opened', 'triaged', 'mediation_started', 'lawyer_assigned', 'litigation_started', 'closed', 'note', 'document');--> statement-breakpoint
CREATE TYPE "rights_case_outcome" AS ENUM('settled', 'won', 'lost', 'withdrawn', 'referred');--> statement-breakpoint
CREATE TYPE "rights_case_route" AS ENUM('consultation', 'mediation', 'lawyer', 'litigation');--> statement-breakpoint
CREATE TYPE "rights_case_status" AS ENUM('opened', 'triaged', 'in_mediation', 'with_lawyer', 'in_litigation', 'closed');--> statement-breakpoint
CREATE TYPE "rights_case_type" AS ENUM('work_injury', 'unpaid_wages', 'restructuring_layoff', 'health_rights', 'death_at_work', 'women_workers');--> statement-breakpoint
ALTER TYPE "role_name" ADD VALUE 'legal_aid_lawyer';--> statement-breakpoint
ALTER TYPE "sms_code_purpose" ADD VALUE 'rights_case';--> statement-breakpoint
CREATE TABLE "rights_case_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"stored_file_id" uuid NOT NULL UNIQUE,
	"title" text NOT NULL,
	"added_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rights_case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"case_id" uuid NOT NULL,
	"kind" "rights_case_event_kind" NOT NULL,
	"from_state" text,
	"to_state" text,
	"note" text,
	"actor_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rights_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"channel" "rights_case_channel" NOT NULL,
	"member_id" uuid,
	"claimant_name" text NOT NULL,
	"claimant_phone" text,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"city_path" text,
	"opened_at_place" text,
	"type" "rights_case_type" NOT NULL,
	"confidential" boolean NOT NULL,
	"employer_name" text NOT NULL,
	"amount_in_dispute_fen" bigint,
	"monthly_income_fen" bigint,
	"description" text NOT NULL,
	"status" "rights_case_status" DEFAULT 'opened'::"rights_case_status" NOT NULL,
	"route" "rights_case_route",
	"legal_aid_eligible" boolean,
	"eligibility_reason" text,
	"opened_by_user_id" uuid,
	"intake_officer_user_id" uuid,
	"case_officer_user_id" uuid,
	"lawyer_user_id" uuid,
	"outcome" "rights_case_outcome",
	"recovered_fen" bigint,
	"opened_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp(3) with time zone,
	"closed_on" date,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rights_cases_women_confidential" CHECK ("type" <> 'women_workers' or "confidential"),
	CONSTRAINT "rights_cases_member_channel" CHECK ("channel" <> 'member' or "member_id" is not null),
	CONSTRAINT "rights_cases_worker_phone" CHECK ("channel" <> 'worker' or "claimant_phone" is not null),
	CONSTRAINT "rights_cases_amounts" CHECK (coalesce("amount_in_dispute_fen", 0) >= 0 and coalesce("recovered_fen", 0) >= 0 and coalesce("monthly_income_fen", 0) >= 0),
	CONSTRAINT "rights_cases_closed" CHECK (("status" = 'closed') = ("outcome" is not null and "closed_at" is not null and "recovered_fen" is not null)),
	CONSTRAINT "rights_cases_lawyer_route" CHECK ("status" not in ('with_lawyer', 'in_litigation') or "lawyer_user_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "rights_outreach_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"firm_name" text NOT NULL,
	"topic" text NOT NULL,
	"held_on" date NOT NULL,
	"attendance" integer NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rights_outreach_attendance" CHECK ("attendance" > 0)
);
--> statement-breakpoint
CREATE INDEX "rights_case_documents_case_idx" ON "rights_case_documents" ("case_id");--> statement-breakpoint
CREATE INDEX "rights_case_events_case_idx" ON "rights_case_events" ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "rights_cases_member_idx" ON "rights_cases" ("member_id","opened_at");--> statement-breakpoint
CREATE INDEX "rights_cases_path_idx" ON "rights_cases" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "rights_cases_officer_idx" ON "rights_cases" ("case_officer_user_id","status");--> statement-breakpoint
CREATE INDEX "rights_cases_lawyer_idx" ON "rights_cases" ("lawyer_user_id","status");--> statement-breakpoint
CREATE INDEX "rights_cases_intake_idx" ON "rights_cases" ("intake_officer_user_id","status");--> statement-breakpoint
CREATE INDEX "rights_outreach_path_idx" ON "rights_outreach_events" ("union_path" text_pattern_ops,"held_on");--> statement-breakpoint
ALTER TABLE "rights_case_documents" ADD CONSTRAINT "rights_case_documents_case_id_rights_cases_id_fkey" FOREIGN KEY ("case_id") REFERENCES "rights_cases"("id");--> statement-breakpoint
ALTER TABLE "rights_case_documents" ADD CONSTRAINT "rights_case_documents_stored_file_id_stored_files_id_fkey" FOREIGN KEY ("stored_file_id") REFERENCES "stored_files"("id");--> statement-breakpoint
ALTER TABLE "rights_case_documents" ADD CONSTRAINT "rights_case_documents_added_by_user_id_users_id_fkey" FOREIGN KEY ("added_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "rights_case_events" ADD CONSTRAINT "rights_case_events_case_id_rights_cases_id_fkey" FOREIGN KEY ("case_id") REFERENCES "rights_cases"("id");--> statement-breakpoint
ALTER TABLE "rights_case_events" ADD CONSTRAINT "rights_case_events_actor_user_id_users_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_opened_by_user_id_users_id_fkey" FOREIGN KEY ("opened_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_intake_officer_user_id_users_id_fkey" FOREIGN KEY ("intake_officer_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_case_officer_user_id_users_id_fkey" FOREIGN KEY ("case_officer_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "rights_cases" ADD CONSTRAINT "rights_cases_lawyer_user_id_users_id_fkey" FOREIGN KEY ("lawyer_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "rights_outreach_events" ADD CONSTRAINT "rights_outreach_events_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "rights_outreach_events" ADD CONSTRAINT "rights_outreach_events_recorded_by_user_id_users_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "role_grants" DROP CONSTRAINT "role_grants_scope", ADD CONSTRAINT "role_grants_scope" CHECK (("role" in ('union_staff', 'finance') and "union_id" is not null)
        or ("role" in ('merchant_staff', 'employer_staff') and "organization_id" is not null)
        or "role" in ('platform_admin', 'grant_reviewer')
        or ("role"::text = 'legal_aid_lawyer' and "union_id" is not null));