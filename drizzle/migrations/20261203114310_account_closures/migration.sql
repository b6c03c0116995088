CREATE TYPE "account_closure_status" AS ENUM('pending', 'cancelled', 'completed');--> statement-breakpoint
CREATE TABLE "account_closures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"user_id" uuid NOT NULL,
	"status" "account_closure_status" DEFAULT 'pending'::"account_closure_status" NOT NULL,
	"requested_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"effective_at" timestamp(3) with time zone NOT NULL,
	"cancelled_at" timestamp(3) with time zone,
	"completed_at" timestamp(3) with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "closed_at" timestamp(3) with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "account_closures_one_pending" ON "account_closures" ("user_id") WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "account_closures_due_idx" ON "account_closures" ("effective_at") WHERE "status" = 'pending';--> statement-breakpoint
ALTER TABLE "account_closures" ADD CONSTRAINT "account_closures_user_id_users_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;