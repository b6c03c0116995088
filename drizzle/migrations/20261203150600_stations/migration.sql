CREATE TYPE "station_amenity" AS ENUM('rest', 'water', 'heating', 'cooling', 'microwave', 'fridge', 'medicine', 'toilet', 'charging', 'reading');--> statement-breakpoint
CREATE TYPE "station_inspection_result" AS ENUM('pass', 'fail');--> statement-breakpoint
CREATE TYPE "station_kind" AS ENUM('outdoor_rest', 'warm_heart', 'nursing_room', 'legal_aid', 'service_centre');--> statement-breakpoint
CREATE TYPE "station_report_kind" AS ENUM('closed_when_open', 'amenity_missing', 'other');--> statement-breakpoint
CREATE TYPE "station_report_status" AS ENUM('open', 'in_progress', 'resolved', 'dismissed');--> statement-breakpoint
CREATE TYPE "station_status" AS ENUM('active', 'closed');--> statement-breakpoint
CREATE TABLE "station_hour_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"station_id" uuid NOT NULL,
	"on" date NOT NULL,
	"closed" boolean NOT NULL,
	"opens_minute" integer,
	"closes_minute" integer,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "station_hour_exceptions_span" CHECK (("closed" and "opens_minute" is null and "closes_minute" is null)
        or (not "closed" and "opens_minute" >= 0 and "opens_minute" < "closes_minute" and "closes_minute" <= 1440))
);
--> statement-breakpoint
CREATE TABLE "station_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"station_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens_minute" integer NOT NULL,
	"closes_minute" integer NOT NULL,
	CONSTRAINT "station_hours_weekday" CHECK ("weekday" between 1 and 7),
	CONSTRAINT "station_hours_span" CHECK ("opens_minute" >= 0 and "opens_minute" < "closes_minute" and "closes_minute" <= 1440)
);
--> statement-breakpoint
CREATE TABLE "station_inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"station_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"inspected_on" date NOT NULL,
	"present" "station_amenity"[] NOT NULL,
	"missing" "station_amenity"[] NOT NULL,
	"result" "station_inspection_result" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"inspected_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_inspections_result" CHECK (("result" = 'pass') = (cardinality("missing") = 0))
);
--> statement-breakpoint
CREATE TABLE "station_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"station_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" "station_report_kind" NOT NULL,
	"amenity" "station_amenity",
	"note" text DEFAULT '' NOT NULL,
	"status" "station_report_status" DEFAULT 'open'::"station_report_status" NOT NULL,
	"resolution" text,
	"handled_by_user_id" uuid,
	"handled_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "station_reports_amenity" CHECK (("kind" = 'amenity_missing') = ("amenity" is not null))
);
--> statement-breakpoint
CREATE TABLE "stations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"kind" "station_kind" NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"amenities" "station_amenity"[] DEFAULT '{}'::"station_amenity"[] NOT NULL,
	"step_free" boolean DEFAULT false NOT NULL,
	"accessible_toilet" boolean DEFAULT false NOT NULL,
	"accessibility_note" text DEFAULT '' NOT NULL,
	"contact_phone" text NOT NULL,
	"duty_lawyers" jsonb DEFAULT '[]' NOT NULL,
	"status" "station_status" DEFAULT 'active'::"station_status" NOT NULL,
	"closed_reason" text,
	"last_inspection_result" "station_inspection_result",
	"last_inspected_on" date,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stations_latitude" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "stations_longitude" CHECK ("longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "station_hour_exceptions_one_per_day" ON "station_hour_exceptions" ("station_id","on");--> statement-breakpoint
CREATE INDEX "station_hours_station_idx" ON "station_hours" ("station_id","weekday");--> statement-breakpoint
CREATE INDEX "station_inspections_station_idx" ON "station_inspections" ("station_id","inspected_on");--> statement-breakpoint
CREATE UNIQUE INDEX "station_reports_one_open" ON "station_reports" ("station_id","member_id","kind") WHERE "status" in ('open', 'in_progress');--> statement-breakpoint
CREATE INDEX "station_reports_path_idx" ON "station_reports" ("union_path" text_pattern_ops,"status","created_at");--> statement-breakpoint
CREATE INDEX "station_reports_member_idx" ON "station_reports" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "stations_location_idx" ON "stations" ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "stations_path_idx" ON "stations" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
ALTER TABLE "station_hour_exceptions" ADD CONSTRAINT "station_hour_exceptions_station_id_stations_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "station_hours" ADD CONSTRAINT "station_hours_station_id_stations_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "station_inspections" ADD CONSTRAINT "station_inspections_station_id_stations_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id");--> statement-breakpoint
ALTER TABLE "station_inspections" ADD CONSTRAINT "station_inspections_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "station_inspections" ADD CONSTRAINT "station_inspections_inspected_by_user_id_users_id_fkey" FOREIGN KEY ("inspected_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "station_reports" ADD CONSTRAINT "station_reports_station_id_stations_id_fkey" FOREIGN KEY ("station_id") REFERENCES "stations"("id");--> statement-breakpoint
ALTER TABLE "station_reports" ADD CONSTRAINT "station_reports_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "station_reports" ADD CONSTRAINT "station_reports_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "station_reports" ADD CONSTRAINT "station_reports_handled_by_user_id_users_id_fkey" FOREIGN KEY ("handled_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "stations" ADD CONSTRAINT "stations_created_by_user_id_users_id_fkey" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id");