CREATE TYPE "congress_choice" AS ENUM('for', 'against', 'abstain');--> statement-breakpoint
CREATE TYPE "congress_motion_status" AS ENUM('submitted', 'accepted', 'merged', 'refused', 'answered');--> statement-breakpoint
CREATE TYPE "congress_resolution_status" AS ENUM('draft', 'voting', 'passed', 'failed');--> statement-breakpoint
CREATE TYPE "congress_stage" AS ENUM('draft', 'launched', 'preparatory', 'opening', 'presidium', 'group_discussion', 'closed');--> statement-breakpoint
CREATE TABLE "congress_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"stage" "congress_stage" NOT NULL,
	"starts_at" timestamp(3) with time zone NOT NULL,
	"ends_at" timestamp(3) with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"entered_at" timestamp(3) with time zone,
	CONSTRAINT "congress_agenda_window" CHECK ("starts_at" < "ends_at")
);
--> statement-breakpoint
CREATE TABLE "congress_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"stage" "congress_stage" NOT NULL,
	"signed_in_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_ballot_roster" (
	"resolution_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"resolution_id" uuid NOT NULL,
	"choice" "congress_choice" NOT NULL,
	"receipt_hash" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_delegates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"group_name" text NOT NULL,
	"is_group_leader" boolean DEFAULT false NOT NULL,
	"is_presidium" boolean DEFAULT false NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_motion_cosigners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"motion_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_motions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"proposer_delegate_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "congress_motion_status" DEFAULT 'submitted'::"congress_motion_status" NOT NULL,
	"cosigner_count" integer DEFAULT 0 NOT NULL,
	"decision_reason" text,
	"decided_at" timestamp(3) with time zone,
	"decided_by_user_id" uuid,
	"merged_into_id" uuid,
	"answer_due_at" timestamp(3) with time zone,
	"answer" text,
	"answered_at" timestamp(3) with time zone,
	"answered_by_user_id" uuid,
	"rating" integer,
	"rating_note" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "congress_motions_rating" CHECK ("rating" is null or "rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "congress_resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" "congress_resolution_status" DEFAULT 'draft'::"congress_resolution_status" NOT NULL,
	"attendance_stage" "congress_stage",
	"voting_opened_at" timestamp(3) with time zone,
	"voting_ends_at" timestamp(3) with time zone,
	"closed_at" timestamp(3) with time zone,
	"delegate_count" integer,
	"present_count" integer,
	"for_count" integer,
	"against_count" integer,
	"abstain_count" integer,
	"quorum_met" boolean,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"stage" "congress_stage" DEFAULT 'draft'::"congress_stage" NOT NULL,
	"ballots_changeable" boolean DEFAULT false NOT NULL,
	"quorum_numerator" integer DEFAULT 2 NOT NULL,
	"quorum_denominator" integer DEFAULT 3 NOT NULL,
	"min_cosigners" integer DEFAULT 2 NOT NULL,
	"published_at" timestamp(3) with time zone,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "congress_sessions_quorum" CHECK ("quorum_numerator" > 0 and "quorum_numerator" <= "quorum_denominator"),
	CONSTRAINT "congress_sessions_cosigners" CHECK ("min_cosigners" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "congress_agenda_stage_unique" ON "congress_agenda_items" ("session_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_attendance_unique" ON "congress_attendance" ("delegate_id","stage");--> statement-breakpoint
CREATE INDEX "congress_attendance_session_idx" ON "congress_attendance" ("session_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_ballot_roster_unique" ON "congress_ballot_roster" ("resolution_id","delegate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_ballots_receipt_unique" ON "congress_ballots" ("resolution_id","receipt_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_delegates_member_unique" ON "congress_delegates" ("session_id","member_id");--> statement-breakpoint
CREATE INDEX "congress_delegates_member_idx" ON "congress_delegates" ("member_id");--> statement-breakpoint
CREATE INDEX "congress_documents_session_idx" ON "congress_documents" ("session_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_motion_cosigners_unique" ON "congress_motion_cosigners" ("motion_id","delegate_id");--> statement-breakpoint
CREATE INDEX "congress_motions_session_idx" ON "congress_motions" ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "congress_resolutions_session_idx" ON "congress_resolutions" ("session_id","created_at");--> statement-breakpoint
CREATE INDEX "congress_sessions_union_idx" ON "congress_sessions" ("union_id","created_at");--> statement-breakpoint
ALTER TABLE "congress_agenda_items" ADD CONSTRAINT "congress_agenda_items_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_attendance" ADD CONSTRAINT "congress_attendance_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_attendance" ADD CONSTRAINT "congress_attendance_delegate_id_congress_delegates_id_fkey" FOREIGN KEY ("delegate_id") REFERENCES "congress_delegates"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_ballot_roster" ADD CONSTRAINT "congress_ballot_roster_SZVLgRfkpzff_fkey" FOREIGN KEY ("resolution_id") REFERENCES "congress_resolutions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_ballot_roster" ADD CONSTRAINT "congress_ballot_roster_delegate_id_congress_delegates_id_fkey" FOREIGN KEY ("delegate_id") REFERENCES "congress_delegates"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_ballots" ADD CONSTRAINT "congress_ballots_resolution_id_congress_resolutions_id_fkey" FOREIGN KEY ("resolution_id") REFERENCES "congress_resolutions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_delegates" ADD CONSTRAINT "congress_delegates_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_delegates" ADD CONSTRAINT "congress_delegates_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "congress_documents" ADD CONSTRAINT "congress_documents_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_motion_cosigners" ADD CONSTRAINT "congress_motion_cosigners_motion_id_congress_motions_id_fkey" FOREIGN KEY ("motion_id") REFERENCES "congress_motions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_motion_cosigners" ADD CONSTRAINT "congress_motion_cosigners_b4z6OxcIabC5_fkey" FOREIGN KEY ("delegate_id") REFERENCES "congress_delegates"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_motions" ADD CONSTRAINT "congress_motions_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_motions" ADD CONSTRAINT "congress_motions_63ty4GZZj7xf_fkey" FOREIGN KEY ("proposer_delegate_id") REFERENCES "congress_delegates"("id");--> statement-breakpoint
ALTER TABLE "congress_motions" ADD CONSTRAINT "congress_motions_decided_by_user_id_users_id_fkey" FOREIGN KEY ("decided_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "congress_motions" ADD CONSTRAINT "congress_motions_answered_by_user_id_users_id_fkey" FOREIGN KEY ("answered_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "congress_resolutions" ADD CONSTRAINT "congress_resolutions_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_sessions" ADD CONSTRAINT "congress_sessions_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "congress_sessions" ADD CONSTRAINT "congress_sessions_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");