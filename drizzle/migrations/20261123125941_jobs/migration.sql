CREATE TYPE "education_level" AS ENUM('none', 'junior_high', 'high_school', 'vocational', 'associate', 'bachelor', 'master', 'doctorate');--> statement-breakpoint
CREATE TYPE "employer_status" AS ENUM('pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "employment_type" AS ENUM('FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER');--> statement-breakpoint
CREATE TYPE "job_application_status" AS ENUM('submitted', 'viewed', 'interviewing', 'offered', 'hired', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "job_posting_status" AS ENUM('draft', 'pending_review', 'published', 'closed', 'filled');--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"credit_code" text NOT NULL UNIQUE,
	"industry" text NOT NULL,
	"union_id" uuid NOT NULL,
	"address" text,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"status" "employer_status" DEFAULT 'pending'::"employer_status" NOT NULL,
	"review_note" text,
	"reviewed_at" timestamp(3) with time zone,
	"reviewed_by_user_id" uuid,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"posting_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"applicant_user_id" uuid NOT NULL,
	"fair_id" uuid,
	"status" "job_application_status" DEFAULT 'submitted'::"job_application_status" NOT NULL,
	"note" text,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"experience" text,
	"status_changed_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_applications_once_per_member" UNIQUE("posting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "job_fair_employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"fair_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_fair_employers_once" UNIQUE("fair_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "job_fair_postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"fair_id" uuid NOT NULL,
	"posting_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_fair_postings_once" UNIQUE("fair_id","posting_id")
);
--> statement-breakpoint
CREATE TABLE "job_fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"fair_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_fair_registrations_once" UNIQUE("fair_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "job_fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"description" text,
	"organizer_union_id" uuid NOT NULL,
	"organizer_path" text NOT NULL,
	"fair_date" date NOT NULL,
	"is_online" boolean DEFAULT false NOT NULL,
	"venue" text,
	"capacity" integer,
	"registered_count" integer DEFAULT 0 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_fairs_venue" CHECK ("is_online" or "venue" is not null),
	CONSTRAINT "job_fairs_capacity" CHECK ("capacity" is null or ("capacity" > 0 and "registered_count" <= "capacity")),
	CONSTRAINT "job_fairs_registered_nonnegative" CHECK ("registered_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "job_postings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"employer_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status" "job_posting_status" DEFAULT 'draft'::"job_posting_status" NOT NULL,
	"date_posted" timestamp(3) with time zone,
	"valid_through" timestamp(3) with time zone NOT NULL,
	"employment_type" "employment_type" NOT NULL,
	"location_union_id" uuid NOT NULL,
	"location_path" text NOT NULL,
	"address" text,
	"latitude" double precision,
	"longitude" double precision,
	"is_remote" boolean DEFAULT false NOT NULL,
	"salary_min_fen" integer NOT NULL,
	"salary_max_fen" integer NOT NULL,
	"openings" integer DEFAULT 1 NOT NULL,
	"category" text NOT NULL,
	"education" "education_level",
	"experience_years" integer,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"benefits" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_public_benefit" boolean DEFAULT false NOT NULL,
	"suitable_for_hardship" boolean DEFAULT false NOT NULL,
	"review_note" text,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_postings_salary_range" CHECK ("salary_min_fen" >= 0 and "salary_min_fen" <= "salary_max_fen"),
	CONSTRAINT "job_postings_openings_positive" CHECK ("openings" > 0),
	CONSTRAINT "job_postings_coordinates" CHECK (("latitude" is null) = ("longitude" is null)
        and ("latitude" is null or ("latitude" between -90 and 90 and "longitude" between -180 and 180)))
);
--> statement-breakpoint
CREATE TABLE "job_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"posting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"recommended_by_user_id" uuid NOT NULL,
	"note" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_recommendations_once" UNIQUE("posting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "job_review_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL UNIQUE,
	"re_review_published_edits" boolean DEFAULT false NOT NULL,
	"updated_by_user_id" uuid NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_seeker_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"member_id" uuid NOT NULL UNIQUE,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"experience" text,
	"desired_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "employers_union_status_idx" ON "employers" ("union_id","status","created_at");--> statement-breakpoint
CREATE INDEX "job_applications_employer_idx" ON "job_applications" ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "job_applications_posting_idx" ON "job_applications" ("posting_id","created_at");--> statement-breakpoint
CREATE INDEX "job_applications_applicant_idx" ON "job_applications" ("applicant_user_id","created_at");--> statement-breakpoint
CREATE INDEX "job_applications_fair_idx" ON "job_applications" ("fair_id","status");--> statement-breakpoint
CREATE INDEX "job_fair_employers_employer_idx" ON "job_fair_employers" ("employer_id");--> statement-breakpoint
CREATE INDEX "job_fair_postings_posting_idx" ON "job_fair_postings" ("posting_id");--> statement-breakpoint
CREATE INDEX "job_fair_registrations_member_idx" ON "job_fair_registrations" ("member_id");--> statement-breakpoint
CREATE INDEX "job_fairs_date_idx" ON "job_fairs" ("fair_date");--> statement-breakpoint
CREATE INDEX "job_fairs_organizer_idx" ON "job_fairs" ("organizer_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "job_postings_employer_idx" ON "job_postings" ("employer_id","created_at");--> statement-breakpoint
CREATE INDEX "job_postings_search_newest_idx" ON "job_postings" ("status","valid_through","date_posted");--> statement-breakpoint
CREATE INDEX "job_postings_search_salary_idx" ON "job_postings" ("status","salary_max_fen");--> statement-breakpoint
CREATE INDEX "job_postings_location_idx" ON "job_postings" ("location_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "job_postings_review_idx" ON "job_postings" ("location_union_id","status");--> statement-breakpoint
CREATE INDEX "job_postings_open_category_idx" ON "job_postings" ("category","date_posted") WHERE "status" = 'published';--> statement-breakpoint
CREATE INDEX "job_postings_open_type_idx" ON "job_postings" ("employment_type","date_posted") WHERE "status" = 'published';--> statement-breakpoint
CREATE INDEX "job_postings_open_flags_idx" ON "job_postings" ("suitable_for_hardship","is_public_benefit","date_posted") WHERE "status" = 'published';--> statement-breakpoint
CREATE INDEX "job_recommendations_member_idx" ON "job_recommendations" ("member_id","created_at");--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_reviewed_by_user_id_users_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_posting_id_job_postings_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "job_postings"("id");--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_employer_id_employers_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id");--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_applicant_user_id_users_id_fkey" FOREIGN KEY ("applicant_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "job_applications" ADD CONSTRAINT "job_applications_fair_id_job_fairs_id_fkey" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id");--> statement-breakpoint
ALTER TABLE "job_fair_employers" ADD CONSTRAINT "job_fair_employers_fair_id_job_fairs_id_fkey" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id");--> statement-breakpoint
ALTER TABLE "job_fair_employers" ADD CONSTRAINT "job_fair_employers_employer_id_employers_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id");--> statement-breakpoint
ALTER TABLE "job_fair_postings" ADD CONSTRAINT "job_fair_postings_fair_id_job_fairs_id_fkey" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id");--> statement-breakpoint
ALTER TABLE "job_fair_postings" ADD CONSTRAINT "job_fair_postings_posting_id_job_postings_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "job_postings"("id");--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_fair_id_job_fairs_id_fkey" FOREIGN KEY ("fair_id") REFERENCES "job_fairs"("id");--> statement-breakpoint
ALTER TABLE "job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_organizer_union_id_unions_id_fkey" FOREIGN KEY ("organizer_union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "job_fairs" ADD CONSTRAINT "job_fairs_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_employer_id_employers_id_fkey" FOREIGN KEY ("employer_id") REFERENCES "employers"("id");--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_location_union_id_unions_id_fkey" FOREIGN KEY ("location_union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "job_postings" ADD CONSTRAINT "job_postings_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "job_recommendations" ADD CONSTRAINT "job_recommendations_posting_id_job_postings_id_fkey" FOREIGN KEY ("posting_id") REFERENCES "job_postings"("id");--> statement-breakpoint
ALTER TABLE "job_recommendations" ADD CONSTRAINT "job_recommendations_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "job_recommendations" ADD CONSTRAINT "job_recommendations_recommended_by_user_id_users_id_fkey" FOREIGN KEY ("recommended_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "job_review_policies" ADD CONSTRAINT "job_review_policies_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "job_review_policies" ADD CONSTRAINT "job_review_policies_updated_by_user_id_users_id_fkey" FOREIGN KEY ("updated_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "job_seeker_profiles" ADD CONSTRAINT "job_seeker_profiles_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE;