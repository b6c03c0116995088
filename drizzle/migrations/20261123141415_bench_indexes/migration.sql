-- Indexes the benchmark (bench/, issue 9) showed missing. Figures: README "Benchmark".
--
-- 1. Job search by region, newest first: the prefix match on location_path combined with the
--    status index in a BitmapAnd, then fetched thousands of heap rows to sort them and to count
--    them. A partial index on open postings that carries the sort and expiry columns answers both
--    the page and its totalCount from the index alone (47 ms -> 1.3 ms and 19 ms -> 0.9 ms for a
--    city of 5,000 open postings out of 100,000).
CREATE INDEX job_postings_open_location_idx ON job_postings (location_path text_pattern_ops)
  INCLUDE (date_posted, valid_through, id) WHERE status = 'published';
--> statement-breakpoint
-- 2. Chinese keyword search: most Chinese search words are two characters (焊工, 护理, 会计), and
--    pg_trgm extracts no trigram from a two-character pattern, so '%焊工%' fell back to a
--    sequential scan of every posting. Character bigrams in a GIN index serve words of two
--    characters or more; ILIKE stays in the condition as the exact check.
CREATE FUNCTION text_bigrams(input text) RETURNS text[]
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT coalesce(array_agg(DISTINCT substr(lower(input), i, 2)), '{}') FROM generate_series(1, length(input) - 1) AS i $$;
--> statement-breakpoint
CREATE INDEX job_postings_open_text_bigrams_idx ON job_postings
  USING gin (text_bigrams(title || ' ' || category || ' ' || description)) WHERE status = 'published';
