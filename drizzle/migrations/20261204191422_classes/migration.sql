CREATE TYPE "class_audience" AS ENUM('members', 'children');--> statement-breakpoint
CREATE TYPE "class_course_status" AS ENUM('scheduled', 'started', 'finished');--> statement-breakpoint
CREATE TYPE "class_enrolment_status" AS ENUM('confirmed', 'waiting', 'offered', 'cancelled', 'lapsed');--> statement-breakpoint
CREATE TYPE "class_incident_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "class_kind" AS ENUM('training', 'summer');--> statement-breakpoint
CREATE TYPE "class_priority_group" AS ENUM('migrant_worker', 'single_parent', 'left_behind');--> statement-breakpoint
CREATE TYPE "class_staff_role" AS ENUM('teacher', 'volunteer');--> statement-breakpoint
CREATE TABLE "class_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"picked_up_by" text,
	"picked_up_at" timestamp(3) with time zone,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_attendance_one_per_session" UNIQUE("session_id","enrolment_id"),
	CONSTRAINT "class_attendance_pickup" CHECK ("picked_up_by" is null or "present")
);
--> statement-breakpoint
CREATE TABLE "class_courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"kind" "class_kind" NOT NULL,
	"audience" "class_audience" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"venue" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"capacity" integer NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"enrolment_opens_at" timestamp(3) with time zone NOT NULL,
	"enrolment_closes_at" timestamp(3) with time zone NOT NULL,
	"priority_until" timestamp(3) with time zone,
	"priority_seated_at" timestamp(3) with time zone,
	"fee_fen" bigint DEFAULT 0 NOT NULL,
	"offer_hold_hours" integer DEFAULT 24 NOT NULL,
	"min_teachers" integer DEFAULT 0 NOT NULL,
	"min_volunteers" integer DEFAULT 0 NOT NULL,
	"insurance_policy" text,
	"subsidy_fen" bigint DEFAULT 0 NOT NULL,
	"status" "class_course_status" DEFAULT 'scheduled'::"class_course_status" NOT NULL,
	"started_at" timestamp(3) with time zone,
	"filled_at" timestamp(3) with time zone,
	"created_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_courses_capacity" CHECK ("capacity" between 1 and 10000),
	CONSTRAINT "class_courses_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "class_courses_window" CHECK ("enrolment_closes_at" > "enrolment_opens_at"),
	CONSTRAINT "class_courses_priority_window" CHECK ("priority_until" is null or ("priority_until" > "enrolment_opens_at" and "priority_until" <= "enrolment_closes_at")),
	CONSTRAINT "class_courses_ages" CHECK ("min_age" is null or "max_age" is null or "max_age" >= "min_age"),
	CONSTRAINT "class_courses_fee" CHECK ("fee_fen" >= 0 and "subsidy_fen" >= 0),
	CONSTRAINT "class_courses_offer_hold" CHECK ("offer_hold_hours" between 1 and 720),
	CONSTRAINT "class_courses_staffing" CHECK ("min_teachers" >= 0 and "min_volunteers" >= 0)
);
--> statement-breakpoint
CREATE TABLE "class_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"course_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"attendee_key" text NOT NULL,
	"child_name" text,
	"child_birth_date" date,
	"school" text,
	"guardians" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_group" "class_priority_group",
	"status" "class_enrolment_status" NOT NULL,
	"arrival_seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "class_enrolments_arrival_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"queue_order" integer,
	"offer_expires_at" timestamp(3) with time zone,
	"confirmed_at" timestamp(3) with time zone,
	"fee_fen" bigint DEFAULT 0 NOT NULL,
	"hardship_waiver" boolean DEFAULT false NOT NULL,
	"agreement_accepted_at" timestamp(3) with time zone,
	"agreement_version" text,
	"ended_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_enrolments_waiting_has_order" CHECK (("status" = 'waiting') = ("queue_order" is not null)),
	CONSTRAINT "class_enrolments_offer_has_deadline" CHECK ("status" <> 'offered' or "offer_expires_at" is not null),
	CONSTRAINT "class_enrolments_child" CHECK (("child_name" is null) = ("child_birth_date" is null))
);
--> statement-breakpoint
CREATE TABLE "class_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"course_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"description" text NOT NULL,
	"occurred_at" timestamp(3) with time zone NOT NULL,
	"status" "class_incident_status" DEFAULT 'open'::"class_incident_status" NOT NULL,
	"resolution" text,
	"recorded_by_user_id" uuid NOT NULL,
	"closed_by_user_id" uuid,
	"closed_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "class_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"course_id" uuid NOT NULL,
	"starts_at" timestamp(3) with time zone NOT NULL,
	"ends_at" timestamp(3) with time zone NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"roll_called_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_sessions_times" CHECK ("ends_at" > "starts_at")
);
--> statement-breakpoint
CREATE TABLE "class_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"course_id" uuid NOT NULL,
	"role" "class_staff_role" NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"user_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_staff_one_per_phone" UNIQUE("course_id","phone")
);
--> statement-breakpoint
CREATE TABLE "class_subsidy_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"course_id" uuid NOT NULL CONSTRAINT "class_subsidy_claims_one_per_course" UNIQUE,
	"union_path" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"attendance_basis_points" integer NOT NULL,
	"claimed_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "class_subsidy_claims_rate" CHECK ("attendance_basis_points" >= 7000),
	CONSTRAINT "class_subsidy_claims_amount" CHECK ("amount_fen" > 0)
);
--> statement-breakpoint
CREATE INDEX "class_attendance_course_idx" ON "class_attendance" ("course_id");--> statement-breakpoint
CREATE INDEX "class_courses_union_idx" ON "class_courses" ("union_path" text_pattern_ops,"starts_on");--> statement-breakpoint
CREATE INDEX "class_courses_starts_idx" ON "class_courses" ("starts_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "class_enrolments_one_live_per_attendee" ON "class_enrolments" ("course_id","attendee_key") WHERE "status" in ('confirmed', 'waiting', 'offered');--> statement-breakpoint
CREATE INDEX "class_enrolments_course_status_idx" ON "class_enrolments" ("course_id","status","queue_order","arrival_seq");--> statement-breakpoint
CREATE INDEX "class_enrolments_member_idx" ON "class_enrolments" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "class_enrolments_offer_due_idx" ON "class_enrolments" ("offer_expires_at") WHERE "status" = 'offered';--> statement-breakpoint
CREATE INDEX "class_incidents_course_idx" ON "class_incidents" ("course_id","status");--> statement-breakpoint
CREATE INDEX "class_sessions_course_idx" ON "class_sessions" ("course_id","starts_at");--> statement-breakpoint
CREATE INDEX "class_staff_user_idx" ON "class_staff" ("user_id");--> statement-breakpoint
ALTER TABLE "class_attendance" ADD CONSTRAINT "class_attendance_session_id_class_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "class_sessions"("id");--> statement-breakpoint
ALTER TABLE "class_attendance" ADD CONSTRAINT "class_attendance_enrolment_id_class_enrolments_id_fkey" FOREIGN KEY ("enrolment_id") REFERENCES "class_enrolments"("id");--> statement-breakpoint
ALTER TABLE "class_attendance" ADD CONSTRAINT "class_attendance_course_id_class_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "class_courses"("id");--> statement-breakpoint
ALTER TABLE "class_attendance" ADD CONSTRAINT "class_attendance_recorded_by_user_id_users_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "class_courses" ADD CONSTRAINT "class_courses_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "class_courses" ADD CONSTRAINT "class_courses_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "class_enrolments" ADD CONSTRAINT "class_enrolments_course_id_class_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "class_courses"("id");--> statement-breakpoint
ALTER TABLE "class_enrolments" ADD CONSTRAINT "class_enrolments_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "class_enrolments" ADD CONSTRAINT "class_enrolments_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "class_incidents" ADD CONSTRAINT "class_incidents_course_id_class_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "class_courses"("id");--> statement-breakpoint
ALTER TABLE "class_incidents" ADD CONSTRAINT "class_incidents_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "class_incidents" ADD CONSTRAINT "class_incidents_recorded_by_user_id_users_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "class_incidents" ADD CONSTRAINT "class_incidents_closed_by_user_id_users_id_fkey" FOREIGN KEY ("closed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "class_sessions" ADD CONSTRAINT "class_sessions_course_id_class_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "class_courses"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "class_staff" ADD CONSTRAINT "class_staff_course_id_class_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "class_courses"("id");--> statement-breakpoint
ALTER TABLE "class_staff" ADD CONSTRAINT "class_staff_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "class_staff" ADD CONSTRAINT "class_staff_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "class_subsidy_claims" ADD CONSTRAINT "class_subsidy_claims_course_id_class_courses_id_fkey" FOREIGN KEY ("course_id") REFERENCES "class_courses"("id");--> statement-breakpoint
ALTER TABLE "class_subsidy_claims" ADD CONSTRAINT "class_subsidy_claims_claimed_by_user_id_users_id_fkey" FOREIGN KEY ("claimed_by_user_id") REFERENCES "users"("id");