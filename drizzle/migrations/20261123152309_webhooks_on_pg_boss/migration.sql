DROP INDEX "webhook_deliveries_due_idx";--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "job_id" uuid;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" DROP COLUMN "locked_until";--> statement-breakpoint
CREATE INDEX "webhook_deliveries_parked_idx" ON "webhook_deliveries" ("subscription_id") WHERE "job_id" is null and "status" = 'pending';