CREATE TYPE "file_storage_backend" AS ENUM('local', 's3');--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"uploaded_by_user_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_backend" "file_storage_backend" NOT NULL,
	"storage_key" text NOT NULL UNIQUE,
	"file_name" text NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"attached_at" timestamp(3) with time zone,
	"attachment_kind" text,
	"attachment_id" uuid,
	CONSTRAINT "stored_files_size" CHECK ("byte_size" > 0),
	CONSTRAINT "stored_files_sha256" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "stored_files_attachment" CHECK (("attached_at" is null and "attachment_kind" is null and "attachment_id" is null)
        or ("attached_at" is not null and "attachment_kind" is not null and "attachment_id" is not null))
);
--> statement-breakpoint
CREATE INDEX "stored_files_attachment_idx" ON "stored_files" ("attachment_kind","attachment_id");--> statement-breakpoint
CREATE INDEX "stored_files_uploader_idx" ON "stored_files" ("uploaded_by_user_id","created_at");--> statement-breakpoint
CREATE INDEX "stored_files_orphans_idx" ON "stored_files" ("created_at") WHERE "attached_at" is null;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_uploaded_by_user_id_users_id_fkey" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "users"("id");