-- Trigram search over Chinese offer text (offers_search_trgm_idx); the extension ships with Postgres and PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
