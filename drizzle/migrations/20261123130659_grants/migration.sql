CREATE TYPE "grant_application_status" AS ENUM('draft', 'submitted', 'screening', 'info_requested', 'resubmitted', 'under_review', 'decision_pending', 'approved', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "grant_distinction" AS ENUM('major_breakthrough', 'key_provincial_project', 'national_model_worker', 'national_skill_award');--> statement-breakpoint
CREATE TYPE "grant_payment_method" AS ENUM('bank_transfer', 'stripe_transfer');--> statement-breakpoint
CREATE TYPE "grant_report_status" AS ENUM('due', 'submitted', 'changes_requested', 'accepted');--> statement-breakpoint
CREATE TYPE "grant_review_status" AS ENUM('assigned', 'conflict_declared', 'submitted');--> statement-breakpoint
CREATE TYPE "grant_tranche_status" AS ENUM('planned', 'requested', 'staff_approved', 'finance_approved', 'paid', 'failed');--> statement-breakpoint
CREATE TABLE "grant_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"call_id" uuid NOT NULL,
	"tier_id" uuid NOT NULL,
	"applicant_member_id" uuid NOT NULL,
	"applicant_user_id" uuid NOT NULL,
	"status" "grant_application_status" DEFAULT 'draft'::"grant_application_status" NOT NULL,
	"studio_name" text NOT NULL,
	"enterprise" text NOT NULL,
	"trade" text NOT NULL,
	"team_members" jsonb NOT NULL,
	"requested_fen" bigint NOT NULL,
	"plan" text NOT NULL,
	"distinctions" "grant_distinction"[] NOT NULL,
	"distinction_note" text,
	"eligibility_attested" boolean DEFAULT false NOT NULL,
	"stripe_account_id" text,
	"info_request" text,
	"approved_fen" bigint,
	"decision_rationale" text,
	"decided_by_user_id" uuid,
	"decided_at" timestamp(3) with time zone,
	"submitted_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_applications_requested_range" CHECK ("requested_fen" between 5000000 and 25000000),
	CONSTRAINT "grant_applications_stripe_account" CHECK ("stripe_account_id" is null or "stripe_account_id" ~ '^acct_[A-Za-z0-9]+$'),
	CONSTRAINT "grant_applications_approved_amount" CHECK (("status" = 'approved') = ("approved_fen" is not null)
        and ("approved_fen" is null or ("approved_fen" between 5000000 and 25000000 and "approved_fen" <= "requested_fen")))
);
--> statement-breakpoint
CREATE TABLE "grant_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"item" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	CONSTRAINT "grant_budget_lines_position" UNIQUE("application_id","position"),
	CONSTRAINT "grant_budget_lines_positive" CHECK ("amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "grant_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"opens_at" timestamp(3) with time zone NOT NULL,
	"closes_at" timestamp(3) with time zone NOT NULL,
	"budget_fen" bigint NOT NULL,
	"approved_fen" bigint DEFAULT 0 NOT NULL,
	"reviewers_per_application" integer NOT NULL,
	"eligibility_conditions" jsonb NOT NULL,
	"qualifying_distinctions" "grant_distinction"[] NOT NULL,
	"required_documents" jsonb NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_calls_window" CHECK ("closes_at" > "opens_at"),
	CONSTRAINT "grant_calls_budget_positive" CHECK ("budget_fen" > 0),
	CONSTRAINT "grant_calls_within_budget" CHECK ("approved_fen" >= 0 and "approved_fen" <= "budget_fen"),
	CONSTRAINT "grant_calls_reviewers" CHECK ("reviewers_per_application" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "grant_criteria" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"weight" integer NOT NULL,
	CONSTRAINT "grant_criteria_call_name" UNIQUE("call_id","name"),
	CONSTRAINT "grant_criteria_call_position" UNIQUE("call_id","position"),
	CONSTRAINT "grant_criteria_weight" CHECK ("weight" between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "grant_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" bytea NOT NULL,
	"uploaded_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_documents_one_per_kind" UNIQUE("application_id","kind"),
	CONSTRAINT "grant_documents_type" CHECK ("content_type" in ('application/pdf', 'image/jpeg', 'image/png')),
	CONSTRAINT "grant_documents_size" CHECK ("size_bytes" between 1 and 65536 and octet_length("content") = "size_bytes")
);
--> statement-breakpoint
CREATE TABLE "grant_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" "grant_report_status" DEFAULT 'due'::"grant_report_status" NOT NULL,
	"content" text,
	"submitted_at" timestamp(3) with time zone,
	"review_note" text,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_reports_position" UNIQUE("application_id","position"),
	CONSTRAINT "grant_reports_content" CHECK ("status" = 'due' or "content" is not null)
);
--> statement-breakpoint
CREATE TABLE "grant_review_scores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"review_id" uuid NOT NULL,
	"criterion_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	CONSTRAINT "grant_review_scores_one_per_criterion" UNIQUE("review_id","criterion_id"),
	CONSTRAINT "grant_review_scores_range" CHECK ("score" between 0 and 5)
);
--> statement-breakpoint
CREATE TABLE "grant_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"application_id" uuid NOT NULL,
	"reviewer_user_id" uuid NOT NULL,
	"assigned_by_user_id" uuid NOT NULL,
	"status" "grant_review_status" DEFAULT 'assigned'::"grant_review_status" NOT NULL,
	"conflict_reason" text,
	"comment" text,
	"submitted_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_reviews_one_per_reviewer" UNIQUE("application_id","reviewer_user_id"),
	CONSTRAINT "grant_reviews_conflict_reason" CHECK (("status" = 'conflict_declared') = ("conflict_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "grant_stripe_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_id" text NOT NULL UNIQUE,
	"type" text NOT NULL,
	"transfer_id" text,
	"tranche_id" uuid,
	"received_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grant_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"call_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"min_amount_fen" bigint NOT NULL,
	"max_amount_fen" bigint NOT NULL,
	"required_title" "craftsman_title" NOT NULL,
	"requires_distinction" boolean DEFAULT false NOT NULL,
	CONSTRAINT "grant_tiers_call_name" UNIQUE("call_id","name"),
	CONSTRAINT "grant_tiers_call_position" UNIQUE("call_id","position"),
	CONSTRAINT "grant_tiers_min_range" CHECK ("min_amount_fen" between 5000000 and 25000000),
	CONSTRAINT "grant_tiers_max_range" CHECK ("max_amount_fen" between 5000000 and 25000000),
	CONSTRAINT "grant_tiers_min_le_max" CHECK ("min_amount_fen" <= "max_amount_fen")
);
--> statement-breakpoint
CREATE TABLE "grant_tranches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"application_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"report_id" uuid,
	"status" "grant_tranche_status" DEFAULT 'planned'::"grant_tranche_status" NOT NULL,
	"requested_at" timestamp(3) with time zone,
	"staff_approved_by_user_id" uuid,
	"staff_approved_at" timestamp(3) with time zone,
	"finance_approved_by_user_id" uuid,
	"finance_approved_at" timestamp(3) with time zone,
	"payment_method" "grant_payment_method",
	"payment_reference" text,
	"paid_at" timestamp(3) with time zone,
	"failure_reason" text,
	"payout_confirmed_at" timestamp(3) with time zone,
	"payout_attempts" integer DEFAULT 0 NOT NULL,
	"recorded_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_tranches_position" UNIQUE("application_id","position"),
	CONSTRAINT "grant_tranches_positive" CHECK ("amount_fen" > 0),
	CONSTRAINT "grant_tranches_distinct_approvers" CHECK ("finance_approved_by_user_id" is null or "finance_approved_by_user_id" <> "staff_approved_by_user_id"),
	CONSTRAINT "grant_tranches_paid_reference" CHECK ("status" <> 'paid' or ("payment_reference" is not null and "payment_method" is not null and "paid_at" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "grant_applications_one_per_member" ON "grant_applications" ("call_id","applicant_member_id") WHERE "status" <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "grant_applications_call_status_idx" ON "grant_applications" ("call_id","status","created_at");--> statement-breakpoint
CREATE INDEX "grant_applications_applicant_idx" ON "grant_applications" ("applicant_user_id","created_at");--> statement-breakpoint
CREATE INDEX "grant_calls_union_idx" ON "grant_calls" ("union_id","opens_at");--> statement-breakpoint
CREATE INDEX "grant_calls_window_idx" ON "grant_calls" ("closes_at");--> statement-breakpoint
CREATE INDEX "grant_reports_due_idx" ON "grant_reports" ("status","due_on");--> statement-breakpoint
CREATE INDEX "grant_reviews_reviewer_idx" ON "grant_reviews" ("reviewer_user_id","created_at");--> statement-breakpoint
CREATE INDEX "grant_tranches_status_idx" ON "grant_tranches" ("status","created_at");--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_call_id_grant_calls_id_fkey" FOREIGN KEY ("call_id") REFERENCES "grant_calls"("id");--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_tier_id_grant_tiers_id_fkey" FOREIGN KEY ("tier_id") REFERENCES "grant_tiers"("id");--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_applicant_member_id_members_id_fkey" FOREIGN KEY ("applicant_member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_applicant_user_id_users_id_fkey" FOREIGN KEY ("applicant_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_applications" ADD CONSTRAINT "grant_applications_decided_by_user_id_users_id_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_budget_lines" ADD CONSTRAINT "grant_budget_lines_application_id_grant_applications_id_fkey" FOREIGN KEY ("application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_calls" ADD CONSTRAINT "grant_calls_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "grant_calls" ADD CONSTRAINT "grant_calls_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_criteria" ADD CONSTRAINT "grant_criteria_call_id_grant_calls_id_fkey" FOREIGN KEY ("call_id") REFERENCES "grant_calls"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_documents" ADD CONSTRAINT "grant_documents_application_id_grant_applications_id_fkey" FOREIGN KEY ("application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_documents" ADD CONSTRAINT "grant_documents_uploaded_by_user_id_users_id_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_reports" ADD CONSTRAINT "grant_reports_application_id_grant_applications_id_fkey" FOREIGN KEY ("application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_reports" ADD CONSTRAINT "grant_reports_reviewed_by_user_id_users_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_review_scores" ADD CONSTRAINT "grant_review_scores_review_id_grant_reviews_id_fkey" FOREIGN KEY ("review_id") REFERENCES "grant_reviews"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_review_scores" ADD CONSTRAINT "grant_review_scores_criterion_id_grant_criteria_id_fkey" FOREIGN KEY ("criterion_id") REFERENCES "grant_criteria"("id");--> statement-breakpoint
ALTER TABLE "grant_reviews" ADD CONSTRAINT "grant_reviews_application_id_grant_applications_id_fkey" FOREIGN KEY ("application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_reviews" ADD CONSTRAINT "grant_reviews_reviewer_user_id_users_id_fkey" FOREIGN KEY ("reviewer_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_reviews" ADD CONSTRAINT "grant_reviews_assigned_by_user_id_users_id_fkey" FOREIGN KEY ("assigned_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_stripe_events" ADD CONSTRAINT "grant_stripe_events_tranche_id_grant_tranches_id_fkey" FOREIGN KEY ("tranche_id") REFERENCES "grant_tranches"("id");--> statement-breakpoint
ALTER TABLE "grant_tiers" ADD CONSTRAINT "grant_tiers_call_id_grant_calls_id_fkey" FOREIGN KEY ("call_id") REFERENCES "grant_calls"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_tranches" ADD CONSTRAINT "grant_tranches_application_id_grant_applications_id_fkey" FOREIGN KEY ("application_id") REFERENCES "grant_applications"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "grant_tranches" ADD CONSTRAINT "grant_tranches_report_id_grant_reports_id_fkey" FOREIGN KEY ("report_id") REFERENCES "grant_reports"("id");--> statement-breakpoint
ALTER TABLE "grant_tranches" ADD CONSTRAINT "grant_tranches_staff_approved_by_user_id_users_id_fkey" FOREIGN KEY ("staff_approved_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_tranches" ADD CONSTRAINT "grant_tranches_finance_approved_by_user_id_users_id_fkey" FOREIGN KEY ("finance_approved_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "grant_tranches" ADD CONSTRAINT "grant_tranches_recorded_by_user_id_users_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id");