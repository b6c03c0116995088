CREATE TABLE "congress_group_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"group_name" text NOT NULL,
	"leader_delegate_id" uuid NOT NULL,
	"body" text NOT NULL,
	"answer" text,
	"answered_at" timestamp(3) with time zone,
	"answered_by_user_id" uuid,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_opinions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"paragraph_id" uuid NOT NULL,
	"delegate_id" uuid NOT NULL,
	"group_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "congress_paragraphs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"session_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"body" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "congress_group_summaries_group_unique" ON "congress_group_summaries" ("document_id","group_name");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_opinions_delegate_unique" ON "congress_opinions" ("paragraph_id","delegate_id");--> statement-breakpoint
CREATE INDEX "congress_opinions_group_idx" ON "congress_opinions" ("document_id","group_name");--> statement-breakpoint
CREATE UNIQUE INDEX "congress_paragraphs_number_unique" ON "congress_paragraphs" ("document_id","number");--> statement-breakpoint
ALTER TABLE "congress_group_summaries" ADD CONSTRAINT "congress_group_summaries_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_group_summaries" ADD CONSTRAINT "congress_group_summaries_document_id_congress_documents_id_fkey" FOREIGN KEY ("document_id") REFERENCES "congress_documents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_group_summaries" ADD CONSTRAINT "congress_group_summaries_I7HNFpEjwpSx_fkey" FOREIGN KEY ("leader_delegate_id") REFERENCES "congress_delegates"("id");--> statement-breakpoint
ALTER TABLE "congress_group_summaries" ADD CONSTRAINT "congress_group_summaries_answered_by_user_id_users_id_fkey" FOREIGN KEY ("answered_by_user_id") REFERENCES "users"("id");--> statement-breakpoint
ALTER TABLE "congress_opinions" ADD CONSTRAINT "congress_opinions_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_opinions" ADD CONSTRAINT "congress_opinions_document_id_congress_documents_id_fkey" FOREIGN KEY ("document_id") REFERENCES "congress_documents"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_opinions" ADD CONSTRAINT "congress_opinions_paragraph_id_congress_paragraphs_id_fkey" FOREIGN KEY ("paragraph_id") REFERENCES "congress_paragraphs"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_opinions" ADD CONSTRAINT "congress_opinions_delegate_id_congress_delegates_id_fkey" FOREIGN KEY ("delegate_id") REFERENCES "congress_delegates"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_paragraphs" ADD CONSTRAINT "congress_paragraphs_session_id_congress_sessions_id_fkey" FOREIGN KEY ("session_id") REFERENCES "congress_sessions"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "congress_paragraphs" ADD CONSTRAINT "congress_paragraphs_document_id_congress_documents_id_fkey" FOREIGN KEY ("document_id") REFERENCES "congress_documents"("id") ON DELETE CASCADE;--> statement-breakpoint
-- Hand-written: the documents added before paragraphs existed get theirs, split as the service
-- splits a new document's text (one paragraph a line, blank lines skipped, ends trimmed).
INSERT INTO "congress_paragraphs" ("session_id", "document_id", "number", "body")
SELECT d."session_id", d."id", row_number() OVER (PARTITION BY d."id" ORDER BY p.n), regexp_replace(p.line, '^[[:space:]　]+|[[:space:]　]+$', '', 'g')
FROM "congress_documents" d
CROSS JOIN LATERAL regexp_split_to_table(d."body", E'\r?\n') WITH ORDINALITY AS p(line, n)
WHERE regexp_replace(p.line, '^[[:space:]　]+|[[:space:]　]+$', '', 'g') <> '';
