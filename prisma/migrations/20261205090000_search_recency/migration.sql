-- The job board's search documents gain two kinds of lexemes, so the text
-- index narrows by them like by a rare word (lib/domain/search-lexemes.ts;
-- new rows get them from syncJobSearch):
-- - the posting's publication hour at ten granularities ("t<L>_<n>": the n-th
--   stretch of 2^L hours since 1970, UTC), so only the last hours' matches of
--   a common word are handed over;
-- - the disclosed salary's floor ("sal_<currency>_<F>", F the highest of
--   100, 200, 500, 1000 … 50,000,000 its top reaches);
-- - profession and work mode together ("fm_community_remote"), the two
--   broadest filters, so a search by both reads one short list.
-- The documents are also kept in the row (STORAGE MAIN) rather than in the
-- TOAST table: at about 2.3 kB most were moved out of line, and every search
-- that ranks or checks documents paid a TOAST lookup for each. PostgreSQL
-- still moves one out of line when a row could not fit a page otherwise.
-- The UPDATE rewrites every document, so the rows already indexed are stored
-- the new way too. The text index is built again after it rather than updated
-- row by row (much faster on a large board).
ALTER TABLE "PostingSearch" ALTER COLUMN "document" SET STORAGE MAIN;

DROP INDEX "PostingSearch_document_idx";

UPDATE "PostingSearch" SET "document" = "document" || array_to_tsvector(array_remove(
  ARRAY(SELECT 't' || l || '_' || (floor(extract(epoch FROM "publishedAt") / 3600)::bigint >> l) FROM generate_series(0, 9) AS l) ||
  ('fm_' || lower("family"::text) || '_' || lower(replace("workMode"::text, '_', ''))) ||
  ('sal_' || lower("currency"::text) || '_' || (
    SELECT max(f)
    FROM unnest(ARRAY[100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000, 200000, 500000,
                      1000000, 2000000, 5000000, 10000000, 20000000, 50000000]) AS f
    WHERE f <= COALESCE("salaryTo", "salaryFrom")
  )),
  NULL
));

CREATE INDEX "PostingSearch_document_idx" ON "PostingSearch" USING GIN ("document");
