CREATE TYPE "hardship_loan_status" AS ENUM('applied', 'approved', 'disbursed', 'in_arrears', 'repaid', 'written_off', 'refused');--> statement-breakpoint
CREATE TYPE "hardship_visit_round" AS ENUM('spring', 'summer', 'autumn', 'winter', 'holiday');--> statement-breakpoint
CREATE TABLE "hardship_loan_instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"loan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"due_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"paid_at" timestamp(3) with time zone,
	CONSTRAINT "hardship_loan_instalments_paid" CHECK ("amount_fen" > 0 and "paid_fen" >= 0 and "paid_fen" <= "amount_fen")
);
--> statement-breakpoint
CREATE TABLE "hardship_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"file_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"term_months" integer NOT NULL,
	"purpose" text NOT NULL,
	"status" "hardship_loan_status" DEFAULT 'applied'::"hardship_loan_status" NOT NULL,
	"repaid_fen" bigint DEFAULT 0 NOT NULL,
	"applied_by_user_id" uuid NOT NULL,
	"approved_by_user_id" uuid,
	"approved_at" timestamp(3) with time zone,
	"disbursed_by_user_id" uuid,
	"disbursed_on" date,
	"disbursement_reference" text,
	"closed_at" timestamp(3) with time zone,
	"closing_reason" text,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hardship_loans_amount" CHECK ("amount_fen" between 5000000 and 10000000),
	CONSTRAINT "hardship_loans_term" CHECK ("term_months" between 6 and 36),
	CONSTRAINT "hardship_loans_repaid" CHECK ("repaid_fen" >= 0 and "repaid_fen" <= "amount_fen"),
	CONSTRAINT "hardship_loans_repaid_status" CHECK (("status" = 'repaid') = ("repaid_fen" = "amount_fen"))
);
--> statement-breakpoint
CREATE TABLE "hardship_pairings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"file_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"cadre_user_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"paired_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hardship_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"file_id" uuid NOT NULL,
	"union_path" text NOT NULL,
	"round" "hardship_visit_round" NOT NULL,
	"visited_on" date NOT NULL,
	"visitors" text NOT NULL,
	"brought" text NOT NULL,
	"value_fen" bigint DEFAULT 0 NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hardship_visits_value" CHECK ("value_fen" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "hardship_loan_instalments_position" ON "hardship_loan_instalments" ("loan_id","position");--> statement-breakpoint
CREATE INDEX "hardship_loan_instalments_due_idx" ON "hardship_loan_instalments" ("due_on");--> statement-breakpoint
CREATE INDEX "hardship_loans_path_idx" ON "hardship_loans" ("union_path" text_pattern_ops,"status");--> statement-breakpoint
CREATE INDEX "hardship_loans_member_idx" ON "hardship_loans" ("member_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hardship_pairings_one_active" ON "hardship_pairings" ("file_id") WHERE "ended_on" is null;--> statement-breakpoint
CREATE INDEX "hardship_pairings_cadre_idx" ON "hardship_pairings" ("cadre_user_id");--> statement-breakpoint
CREATE INDEX "hardship_visits_file_idx" ON "hardship_visits" ("file_id","visited_on");--> statement-breakpoint
CREATE INDEX "hardship_visits_path_idx" ON "hardship_visits" ("union_path" text_pattern_ops,"visited_on");--> statement-breakpoint
ALTER TABLE "hardship_loan_instalments" ADD CONSTRAINT "hardship_loan_instalments_loan_id_hardship_loans_id_fkey" FOREIGN KEY ("loan_id") REFERENCES "hardship_loans"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "hardship_loans" ADD CONSTRAINT "hardship_loans_file_id_hardship_files_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_files"("id");--> statement-breakpoint
ALTER TABLE "hardship_loans" ADD CONSTRAINT "hardship_loans_member_id_members_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id");--> statement-breakpoint
ALTER TABLE "hardship_loans" ADD CONSTRAINT "hardship_loans_union_id_unions_id_fkey" FOREIGN KEY ("union_id") REFERENCES "unions"("id");--> statement-breakpoint
ALTER TABLE "hardship_loans" ADD CONSTRAINT "hardship_loans_applied_by_user_id_users_id_fkey" FOREIGN KEY ("applied_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_loans" ADD CONSTRAINT "hardship_loans_approved_by_user_id_users_id_fkey" FOREIGN KEY ("approved_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_loans" ADD CONSTRAINT "hardship_loans_disbursed_by_user_id_users_id_fkey" FOREIGN KEY ("disbursed_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_pairings" ADD CONSTRAINT "hardship_pairings_file_id_hardship_files_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_files"("id");--> statement-breakpoint
ALTER TABLE "hardship_pairings" ADD CONSTRAINT "hardship_pairings_cadre_user_id_users_id_fkey" FOREIGN KEY ("cadre_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_pairings" ADD CONSTRAINT "hardship_pairings_paired_by_user_id_users_id_fkey" FOREIGN KEY ("paired_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "hardship_visits" ADD CONSTRAINT "hardship_visits_file_id_hardship_files_id_fkey" FOREIGN KEY ("file_id") REFERENCES "hardship_files"("id");--> statement-breakpoint
ALTER TABLE "hardship_visits" ADD CONSTRAINT "hardship_visits_recorded_by_user_id_users_id_fkey" FOREIGN KEY ("recorded_by_user_id") REFERENCES "users"("id");