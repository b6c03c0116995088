CREATE TYPE "craftsman_title" AS ENUM('craftsman', 'master_craftsman');--> statement-breakpoint
CREATE TYPE "role_name" AS ENUM('platform_admin', 'union_staff', 'grant_reviewer', 'finance', 'merchant_staff', 'employer_staff');--> statement-breakpoint
CREATE TYPE "union_level" AS ENUM('national', 'province', 'city', 'district', 'grassroots');--> statement-breakpoint
CREATE TABLE "members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL UNIQUE,
	"card_number" text NOT NULL UNIQUE,
	"union_id" uuid NOT NULL,
	"real_name" text NOT NULL,
	"birth_date" date,
	"is_hardship" boolean DEFAULT false NOT NULL,
	"is_model_worker" boolean DEFAULT false NOT NULL,
	"craftsman_title" "craftsman_title",
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "role_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"role" "role_name" NOT NULL,
	"union_id" uuid,
	"organization_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_grants_unique" UNIQUE NULLS NOT DISTINCT("user_id","role","union_id","organization_id"),
	CONSTRAINT "role_grants_scope" CHECK (("role" in ('union_staff', 'finance') and "union_id" is not null)
        or ("role" in ('merchant_staff', 'employer_staff') and "organization_id" is not null)
        or "role" in ('platform_admin', 'grant_reviewer'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL UNIQUE,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"revoked_at" timestamp(3) with time zone,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "unions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"code" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"level" "union_level" NOT NULL,
	"parent_id" uuid,
	"path" text NOT NULL UNIQUE,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unions_path_shape" CHECK ("path" ~ '^(/[^/]+)+/$')
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"phone" text NOT NULL UNIQUE,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"from_state" text,
	"to_state" text,
	"reason" text,
	"data" jsonb,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "members_union_idx" ON "members" ("union_id","created_at");--> statement-breakpoint
CREATE INDEX "role_grants_user_idx" ON "role_grants" ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" ("user_id");--> statement-breakpoint
CREATE INDEX "unions_parent_idx" ON "unions" ("parent_id");--> statement-breakpoint
CREATE INDEX "unions_path_prefix_idx" ON "unions" ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "audit_events_subject_idx" ON "audit_events" ("subject_type","subject_id","id");--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "role_grants" ADD CONSTRAINT "role_grants_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "unions" ADD CONSTRAINT "unions_parent_id_unions_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id");