-- Joins the migrations of five changes made in parallel (rights, congress, mutual_aid, stations,
-- grant documents on files): each applied its own statements, so nothing is left to do here. The
-- snapshot beside it is the schema with all five, so the next `drizzle-kit generate` diffs from it.
SELECT 1;
