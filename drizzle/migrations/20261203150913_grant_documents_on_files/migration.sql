ALTER TABLE "grant_documents" ADD COLUMN "stored_file_id" uuid;--> statement-breakpoint
ALTER TABLE "grant_documents" ALTER COLUMN "content" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "grant_documents" ADD CONSTRAINT "grant_documents_stored_file_id_key" UNIQUE("stored_file_id");--> statement-breakpoint
ALTER TABLE "grant_documents" ADD CONSTRAINT "grant_documents_stored_file_id_stored_files_id_fkey" FOREIGN KEY ("stored_file_id") REFERENCES "stored_files"("id");--> statement-breakpoint
ALTER TABLE "grant_documents" ADD CONSTRAINT "grant_documents_stored" CHECK ("stored_file_id" is not null or "content" is not null);--> statement-breakpoint
ALTER TABLE "grant_documents" DROP CONSTRAINT "grant_documents_size", ADD CONSTRAINT "grant_documents_size" CHECK ("size_bytes" > 0 and ("content" is null or octet_length("content") = "size_bytes"));