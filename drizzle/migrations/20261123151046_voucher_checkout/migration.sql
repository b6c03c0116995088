ALTER TABLE "voucher_purchases" ADD COLUMN "checkout_session_id" text;--> statement-breakpoint
ALTER TABLE "voucher_purchases" ADD COLUMN "checkout_url" text;--> statement-breakpoint
ALTER TABLE "voucher_purchases" ADD CONSTRAINT "voucher_purchases_checkout_session_id_key" UNIQUE("checkout_session_id");