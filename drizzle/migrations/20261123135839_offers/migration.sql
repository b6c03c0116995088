CREATE TYPE "benefit_category" AS ENUM('daily_life', 'dining', 'leisure', 'tourism', 'culture_sports', 'medical_checkup', 'education_training');--> statement-breakpoint
CREATE TYPE "claim_status" AS ENUM('active', 'redeemed', 'cancelled', 'expired');--> statement-breakpoint
CREATE TYPE "merchant_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "offer_audience" AS ENUM('all_members', 'hardship', 'model_workers', 'region');--> statement-breakpoint
CREATE TYPE "offer_kind" AS ENUM('percentage_off', 'amount_off', 'member_price', 'prepaid_voucher');--> statement-breakpoint
CREATE TYPE "offer_status" AS ENUM('draft', 'pending_review', 'published', 'paused', 'ended');--> statement-breakpoint
CREATE TYPE "voucher_purchase_status" AS ENUM('pending_payment', 'paid', 'failed', 'cancelled', 'expired', 'refunding', 'refunded');--> statement-breakpoint
CREATE TABLE "merchant_stores" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"merchant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"union_id" uuid NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"phone" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "merchant_stores_latitude" CHECK ("latitude" between -90 and 90),
	CONSTRAINT "merchant_stores_longitude" CHECK ("longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "merchants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"name" text NOT NULL,
	"credit_code" text NOT NULL UNIQUE,
	"category" "benefit_category" NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"description" text,
	"union_id" uuid NOT NULL,
	"status" "merchant_status" DEFAULT 'pending'::"merchant_status" NOT NULL,
	"applicant_user_id" uuid NOT NULL,
	"reviewed_by_user_id" uuid,
	"reviewed_at" timestamp(3) with time zone,
	"review_reason" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offer_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"offer_id" uuid NOT NULL,
	"merchant_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"code" text NOT NULL CONSTRAINT "offer_claims_code_unique" UNIQUE,
	"status" "claim_status" DEFAULT 'active'::"claim_status" NOT NULL,
	"claim_date" date NOT NULL,
	"expires_at" timestamp(3) with time zone NOT NULL,
	"redeemed_at" timestamp(3) with time zone,
	"redeemed_store_id" uuid,
	"redeemed_by_user_id" uuid,
	"cancelled_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offer_claims_redeemed_shape" CHECK (("status" = 'redeemed') = ("redeemed_at" is not null and "redeemed_store_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "offer_stores" (
	"offer_id" uuid,
	"store_id" uuid,
	CONSTRAINT "offer_stores_pkey" PRIMARY KEY("offer_id","store_id")
);
--> statement-breakpoint
CREATE TABLE "offer_stripe_events" (
	"id" text PRIMARY KEY,
	"type" text NOT NULL,
	"received_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"merchant_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"terms" text,
	"category" "benefit_category" NOT NULL,
	"kind" "offer_kind" NOT NULL,
	"percent_paid" integer,
	"min_spend_fen" integer,
	"reduction_fen" integer,
	"regular_price_fen" integer,
	"member_price_fen" integer,
	"valid_from" timestamp(3) with time zone NOT NULL,
	"valid_until" timestamp(3) with time zone NOT NULL,
	"stock_total" integer,
	"stock_remaining" integer,
	"per_member_limit" integer,
	"per_member_daily_limit" integer,
	"code_valid_hours" integer DEFAULT 72 NOT NULL,
	"audience" "offer_audience" DEFAULT 'all_members'::"offer_audience" NOT NULL,
	"audience_union_id" uuid,
	"status" "offer_status" DEFAULT 'draft'::"offer_status" NOT NULL,
	"review_note" text,
	"search_text" text NOT NULL,
	"search_grams" text[] DEFAULT '{}'::text[] NOT NULL,
	"claim_count" integer DEFAULT 0 NOT NULL,
	"redemption_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_window" CHECK ("valid_until" > "valid_from"),
	CONSTRAINT "offers_stock" CHECK (("stock_total" is null and "stock_remaining" is null)
        or ("stock_total" >= 0 and "stock_remaining" between 0 and "stock_total")),
	CONSTRAINT "offers_limits" CHECK (coalesce("per_member_limit", 1) >= 1 and coalesce("per_member_daily_limit", 1) >= 1 and "code_valid_hours" >= 1),
	CONSTRAINT "offers_audience_union" CHECK (("audience" = 'region') = ("audience_union_id" is not null)),
	CONSTRAINT "offers_kind_terms" CHECK (case "kind"
        when 'percentage_off' then "percent_paid" between 1 and 99
        when 'amount_off' then "min_spend_fen" > 0 and "reduction_fen" > 0 and "reduction_fen" < "min_spend_fen"
        else "regular_price_fen" > 0 and "member_price_fen" > 0 and "member_price_fen" < "regular_price_fen"
      end)
);
--> statement-breakpoint
CREATE TABLE "voucher_purchases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"offer_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"face_value_fen" integer NOT NULL,
	"status" "voucher_purchase_status" DEFAULT 'pending_payment'::"voucher_purchase_status" NOT NULL,
	"payment_intent_id" text UNIQUE,
	"claim_id" uuid UNIQUE,
	"reserved_until" timestamp(3) with time zone NOT NULL,
	"paid_at" timestamp(3) with time zone,
	"refund_id" text,
	"refunded_at" timestamp(3) with time zone,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "voucher_purchases_amounts" CHECK ("amount_fen" > 0 and "face_value_fen" > "amount_fen")
);
--> statement-breakpoint
CREATE INDEX "merchant_stores_merchant_idx" ON "merchant_stores" ("merchant_id");--> statement-breakpoint
CREATE INDEX "merchant_stores_union_idx" ON "merchant_stores" ("union_id");--> statement-breakpoint
CREATE INDEX "merchant_stores_location_idx" ON "merchant_stores" ("latitude","longitude");--> statement-breakpoint
CREATE INDEX "merchants_union_status_idx" ON "merchants" ("union_id","status","created_at");--> statement-breakpoint
CREATE INDEX "merchants_applicant_idx" ON "merchants" ("applicant_user_id");--> statement-breakpoint
CREATE INDEX "offer_claims_member_offer_idx" ON "offer_claims" ("member_id","offer_id","status");--> statement-breakpoint
CREATE INDEX "offer_claims_member_created_idx" ON "offer_claims" ("member_id","created_at");--> statement-breakpoint
CREATE INDEX "offer_claims_active_expiry_idx" ON "offer_claims" ("expires_at") WHERE "status" = 'active';--> statement-breakpoint
CREATE INDEX "offer_claims_merchant_redeemed_idx" ON "offer_claims" ("merchant_id","redeemed_at");--> statement-breakpoint
CREATE INDEX "offer_claims_merchant_claim_date_idx" ON "offer_claims" ("merchant_id","claim_date");--> statement-breakpoint
CREATE INDEX "offer_stores_store_idx" ON "offer_stores" ("store_id");--> statement-breakpoint
CREATE INDEX "offers_merchant_idx" ON "offers" ("merchant_id","created_at");--> statement-breakpoint
CREATE INDEX "offers_union_status_idx" ON "offers" ("union_id","status");--> statement-breakpoint
CREATE INDEX "offers_public_newest_idx" ON "offers" ("status","published_at");--> statement-breakpoint
CREATE INDEX "offers_public_popular_idx" ON "offers" ("status","claim_count");--> statement-breakpoint
CREATE INDEX "offers_category_idx" ON "offers" ("category","status");--> statement-breakpoint
CREATE INDEX "offers_search_trgm_idx" ON "offers" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "offers_search_grams_idx" ON "offers" USING gin ("search_grams");--> statement-breakpoint
CREATE INDEX "voucher_purchases_member_offer_idx" ON "voucher_purchases" ("member_id","offer_id","status");--> statement-breakpoint
CREATE INDEX "voucher_purchases_pending_idx" ON "voucher_purchases" ("reserved_until") WHERE "status" = 'pending_payment';--> statement-breakpoint
ALTER TABLE "merchant_stores" ADD CONSTRAINT "merchant_stores_merchant_id_merchants_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "merchant_stores" ADD CONSTRAINT "merchant_stores_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "merchants" ADD CONSTRAINT "merchants_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "merchants" ADD CONSTRAINT "merchants_applicant_user_id_users_id_fkey" FOREIGN KEY ("applicant_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "merchants" ADD CONSTRAINT "merchants_reviewed_by_user_id_users_id_fkey" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "offer_claims" ADD CONSTRAINT "offer_claims_offer_id_offers_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id");--> statement-breakpoint
ALTER TABLE "offer_claims" ADD CONSTRAINT "offer_claims_merchant_id_merchants_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id");--> statement-breakpoint
ALTER TABLE "offer_claims" ADD CONSTRAINT "offer_claims_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "offer_claims" ADD CONSTRAINT "offer_claims_redeemed_store_id_merchant_stores_id_fkey" FOREIGN KEY ("redeemed_store_id") REFERENCES "merchant_stores"("id");--> statement-breakpoint
ALTER TABLE "offer_claims" ADD CONSTRAINT "offer_claims_redeemed_by_user_id_users_id_fkey" FOREIGN KEY ("redeemed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "offer_stores" ADD CONSTRAINT "offer_stores_offer_id_offers_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "offer_stores" ADD CONSTRAINT "offer_stores_store_id_merchant_stores_id_fkey" FOREIGN KEY ("store_id") REFERENCES "merchant_stores"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_merchant_id_merchants_id_fkey" FOREIGN KEY ("merchant_id") REFERENCES "merchants"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_audience_union_id_unions_id_fkey" FOREIGN KEY ("audience_union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "voucher_purchases" ADD CONSTRAINT "voucher_purchases_offer_id_offers_id_fkey" FOREIGN KEY ("offer_id") REFERENCES "offers"("id");--> statement-breakpoint
ALTER TABLE "voucher_purchases" ADD CONSTRAINT "voucher_purchases_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "voucher_purchases" ADD CONSTRAINT "voucher_purchases_claim_id_offer_claims_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "offer_claims"("id");