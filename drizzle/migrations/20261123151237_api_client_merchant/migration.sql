-- write_applications and write_registrations were never honoured by any mutation: keys lose them.
ALTER TABLE "audit_events" ADD COLUMN "actor_api_client_id" uuid;--> statement-breakpoint
ALTER TABLE "api_clients" ADD COLUMN "merchant_id" uuid;--> statement-breakpoint
ALTER TABLE "api_keys" ALTER COLUMN "scopes" SET DATA TYPE text[];--> statement-breakpoint
DROP TYPE "api_scope";--> statement-breakpoint
CREATE TYPE "api_scope" AS ENUM('read_unions', 'read_offers', 'write_redemptions', 'read_jobs', 'read_competitions', 'read_grants', 'manage_webhooks');--> statement-breakpoint
ALTER TABLE "api_keys" ALTER COLUMN "scopes" SET DATA TYPE "api_scope"[] USING array_remove(array_remove("scopes", 'write_applications'), 'write_registrations')::"api_scope"[];--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_api_client_id_api_clients_id_fkey" FOREIGN KEY ("actor_api_client_id") REFERENCES "api_clients"("id");--> statement-breakpoint
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_merchant_id_merchants_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id");