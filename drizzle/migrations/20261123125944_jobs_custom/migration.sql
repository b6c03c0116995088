-- Chinese full-text search over postings is a substring match (ILIKE '%词%'): Chinese has no
-- word boundaries for to_tsvector's default parsers, and pg_trgm's GIN index serves ILIKE.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX job_postings_text_trgm_idx ON job_postings
  USING gin ((title || ' ' || category || ' ' || description) gin_trgm_ops);
