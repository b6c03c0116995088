CREATE TYPE "consent_document" AS ENUM('user_agreement', 'privacy_policy');--> statement-breakpoint
CREATE TYPE "sms_code_purpose" AS ENUM('sign_in', 'sign_up', 'reset_password', 'change_phone');--> statement-breakpoint
CREATE TYPE "message_kind" AS ENUM('application_status_changed', 'seat_offered', 'registration_confirmed', 'claim_expiring', 'voucher_paid', 'grant_decided', 'tranche_paid');--> statement-breakpoint
CREATE TYPE "sms_delivery_status" AS ENUM('queued', 'sending', 'sent', 'skipped', 'failed');--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"document" "consent_document" NOT NULL,
	"version" text NOT NULL,
	"accepted_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_once" UNIQUE("user_id","document","version")
);
--> statement-breakpoint
CREATE TABLE "sms_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"phone" text NOT NULL,
	"purpose" "sms_code_purpose" NOT NULL,
	"user_id" uuid,
	"code_hash" text NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"consumed_at" timestamp(3) with time zone,
	"provider_message_id" text
);
--> statement-breakpoint
CREATE TABLE "message_settings" (
	"user_id" uuid PRIMARY KEY,
	"sms_enabled" boolean DEFAULT true NOT NULL,
	"quiet_start_hour" integer DEFAULT 22 NOT NULL,
	"quiet_end_hour" integer DEFAULT 8 NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "message_settings_hours" CHECK ("quiet_start_hour" between 0 and 23 and "quiet_end_hour" between 0 and 23)
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"kind" "message_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"audit_event_id" bigint,
	"dedup_key" text NOT NULL,
	"data" jsonb,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp(3) with time zone,
	CONSTRAINT "messages_once" UNIQUE("user_id","dedup_key")
);
--> statement-breakpoint
CREATE TABLE "sms_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"message_id" uuid NOT NULL UNIQUE,
	"phone" text NOT NULL,
	"status" "sms_delivery_status" DEFAULT 'queued'::"sms_delivery_status" NOT NULL,
	"out_id" text NOT NULL CONSTRAINT "sms_deliveries_out_id" UNIQUE,
	"not_before" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"provider_message_id" text,
	"last_error" text,
	"sent_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sms_codes_phone_idx" ON "sms_codes" ("phone","purpose","created_at");--> statement-breakpoint
CREATE INDEX "messages_inbox_idx" ON "messages" ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_unread_idx" ON "messages" ("user_id") WHERE "read_at" is null;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "sms_codes" ADD CONSTRAINT "sms_codes_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "message_settings" ADD CONSTRAINT "message_settings_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_audit_event_id_audit_events_id_fkey" FOREIGN KEY ("audit_event_id") REFERENCES "audit_events"("id");--> statement-breakpoint
ALTER TABLE "sms_deliveries" ADD CONSTRAINT "sms_deliveries_message_id_messages_id_fkey" FOREIGN KEY ("message_id") REFERENCES "messages"("id") ON DELETE CASCADE;