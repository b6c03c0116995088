CREATE TYPE "competition_entry_status" AS ENUM('forming', 'confirmed', 'waiting', 'offered', 'cancelled', 'withdrawn', 'lapsed', 'expired');--> statement-breakpoint
CREATE TYPE "competition_event_kind" AS ENUM('individual', 'team');--> statement-breakpoint
CREATE TYPE "competition_level" AS ENUM('enterprise', 'district', 'city', 'province', 'national');--> statement-breakpoint
CREATE TYPE "competition_participant_role" AS ENUM('individual', 'captain', 'member');--> statement-breakpoint
CREATE TYPE "competition_participant_status" AS ENUM('invited', 'accepted', 'declined', 'left');--> statement-breakpoint
CREATE TYPE "skill_level" AS ENUM('junior', 'intermediate', 'senior', 'technician', 'senior_technician');--> statement-breakpoint
CREATE TABLE "competition_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"number" text NOT NULL UNIQUE,
	"entry_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"prize_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"issued_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_certificates_entry_member" UNIQUE("entry_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "competition_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_id" uuid NOT NULL,
	"competition_id" uuid NOT NULL,
	"kind" "competition_event_kind" NOT NULL,
	"registrant_member_id" uuid NOT NULL,
	"team_name" text,
	"status" "competition_entry_status" NOT NULL,
	"arrival_seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "competition_entries_arrival_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"queue_order" integer,
	"offer_expires_at" timestamp(3) with time zone,
	"confirmed_at" timestamp(3) with time zone,
	"check_in_code" text UNIQUE,
	"checked_in_at" timestamp(3) with time zone,
	"checked_in_by_user_id" uuid,
	"score" numeric(7,2),
	"duration_seconds" integer,
	"scored_at" timestamp(3) with time zone,
	"rank" integer,
	"prize_id" uuid,
	"ended_at" timestamp(3) with time zone,
	"end_reason" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_entries_waiting_has_order" CHECK (("status" = 'waiting') = ("queue_order" is not null)),
	CONSTRAINT "competition_entries_offer_has_deadline" CHECK ("status" <> 'offered' or "offer_expires_at" is not null),
	CONSTRAINT "competition_entries_team_name" CHECK (("kind" = 'team') = ("team_name" is not null))
);
--> statement-breakpoint
CREATE TABLE "competition_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"competition_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "competition_event_kind" NOT NULL,
	"capacity" integer NOT NULL,
	"min_team_size" integer,
	"max_team_size" integer,
	"team_formation_deadline" timestamp(3) with time zone,
	"results_published_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_events_capacity" CHECK ("capacity" > 0),
	CONSTRAINT "competition_events_team_shape" CHECK (("kind" = 'individual' and "min_team_size" is null and "max_team_size" is null and "team_formation_deadline" is null)
        or ("kind" = 'team' and "min_team_size" >= 2 and "max_team_size" >= "min_team_size" and "team_formation_deadline" is not null))
);
--> statement-breakpoint
CREATE TABLE "competition_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"entry_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"role" "competition_participant_role" NOT NULL,
	"status" "competition_participant_status" NOT NULL,
	"active" boolean NOT NULL,
	"invited_by_user_id" uuid,
	"responded_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_participants_entry_member" UNIQUE("entry_id","member_id"),
	CONSTRAINT "competition_participants_active_accepted" CHECK (not "active" or "status" = 'accepted')
);
--> statement-breakpoint
CREATE TABLE "competition_prizes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"event_id" uuid NOT NULL,
	"tier" integer NOT NULL,
	"name" text NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "competition_prizes_event_tier" UNIQUE("event_id","tier"),
	CONSTRAINT "competition_prizes_tier" CHECK ("tier" >= 1),
	CONSTRAINT "competition_prizes_quantity" CHECK ("quantity" >= 1)
);
--> statement-breakpoint
CREATE TABLE "competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"title" text NOT NULL,
	"trade" text NOT NULL,
	"level" "competition_level" NOT NULL,
	"organizer_union_id" uuid NOT NULL,
	"registration_opens_on" date NOT NULL,
	"registration_closes_on" date NOT NULL,
	"cancellation_deadline" timestamp(3) with time zone NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"venue" text,
	"is_online" boolean DEFAULT false NOT NULL,
	"min_age" integer,
	"max_age" integer,
	"required_skill_level" "skill_level",
	"offer_hold_hours" integer DEFAULT 48 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competitions_registration_window" CHECK ("registration_closes_on" >= "registration_opens_on"),
	CONSTRAINT "competitions_dates" CHECK ("ends_on" >= "starts_on"),
	CONSTRAINT "competitions_venue_or_online" CHECK ("is_online" or "venue" is not null),
	CONSTRAINT "competitions_age_range" CHECK ("min_age" is null or "max_age" is null or "max_age" >= "min_age"),
	CONSTRAINT "competitions_offer_hold" CHECK ("offer_hold_hours" between 1 and 720)
);
--> statement-breakpoint
CREATE TABLE "member_skill_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"member_id" uuid NOT NULL,
	"trade" text NOT NULL,
	"level" "skill_level" NOT NULL,
	"certificate_number" text NOT NULL UNIQUE,
	"issued_on" date,
	"recorded_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "competition_certificates_member_idx" ON "competition_certificates" ("member_id","issued_at");--> statement-breakpoint
CREATE INDEX "competition_entries_event_status_idx" ON "competition_entries" ("event_id","status","queue_order","arrival_seq");--> statement-breakpoint
CREATE INDEX "competition_entries_event_arrival_idx" ON "competition_entries" ("event_id","arrival_seq");--> statement-breakpoint
CREATE INDEX "competition_entries_event_rank_idx" ON "competition_entries" ("event_id","rank");--> statement-breakpoint
CREATE INDEX "competition_entries_registrant_idx" ON "competition_entries" ("registrant_member_id","created_at");--> statement-breakpoint
CREATE INDEX "competition_entries_offer_due_idx" ON "competition_entries" ("offer_expires_at") WHERE "status" = 'offered';--> statement-breakpoint
CREATE INDEX "competition_events_competition_idx" ON "competition_events" ("competition_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_participants_one_per_event" ON "competition_participants" ("event_id","member_id") WHERE "active";--> statement-breakpoint
CREATE INDEX "competition_participants_member_idx" ON "competition_participants" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "competitions_starts_on_idx" ON "competitions" ("starts_on","id");--> statement-breakpoint
CREATE INDEX "competitions_organizer_idx" ON "competitions" ("organizer_union_id","starts_on");--> statement-breakpoint
CREATE INDEX "competitions_trade_idx" ON "competitions" ("trade","starts_on");--> statement-breakpoint
CREATE INDEX "competitions_registration_idx" ON "competitions" ("registration_closes_on","registration_opens_on");--> statement-breakpoint
CREATE INDEX "member_skill_certificates_member_idx" ON "member_skill_certificates" ("member_id","trade","level");--> statement-breakpoint
ALTER TABLE "competition_certificates" ADD CONSTRAINT "competition_certificates_entry_id_competition_entries_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entries"("id");--> statement-breakpoint
ALTER TABLE "competition_certificates" ADD CONSTRAINT "competition_certificates_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "competition_certificates" ADD CONSTRAINT "competition_certificates_prize_id_competition_prizes_id_fkey" FOREIGN KEY ("prize_id") REFERENCES "competition_prizes"("id");--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_event_id_competition_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "competition_events"("id");--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id");--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_registrant_member_id_members_id_fkey" FOREIGN KEY ("registrant_member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_checked_in_by_user_id_users_id_fkey" FOREIGN KEY ("checked_in_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "competition_entries" ADD CONSTRAINT "competition_entries_prize_id_competition_prizes_id_fkey" FOREIGN KEY ("prize_id") REFERENCES "competition_prizes"("id");--> statement-breakpoint
ALTER TABLE "competition_events" ADD CONSTRAINT "competition_events_competition_id_competitions_id_fkey" FOREIGN KEY ("competition_id") REFERENCES "competitions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "competition_participants" ADD CONSTRAINT "competition_participants_entry_id_competition_entries_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "competition_entries"("id");--> statement-breakpoint
ALTER TABLE "competition_participants" ADD CONSTRAINT "competition_participants_event_id_competition_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "competition_events"("id");--> statement-breakpoint
ALTER TABLE "competition_participants" ADD CONSTRAINT "competition_participants_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "competition_participants" ADD CONSTRAINT "competition_participants_invited_by_user_id_users_id_fkey" FOREIGN KEY ("invited_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "competition_prizes" ADD CONSTRAINT "competition_prizes_event_id_competition_events_id_fkey" FOREIGN KEY ("event_id") REFERENCES "competition_events"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_organizer_union_id_unions_id_fkey" FOREIGN KEY ("organizer_union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "competitions" ADD CONSTRAINT "competitions_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "member_skill_certificates" ADD CONSTRAINT "member_skill_certificates_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "member_skill_certificates" ADD CONSTRAINT "member_skill_certificates_recorded_by_user_id_users_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id");