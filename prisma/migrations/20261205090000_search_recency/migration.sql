-- The job board's search documents gain their posting's publication hour as
-- lexemes at ten granularities ("t<L>_<n>": the n-th stretch of 2^L hours
-- since 1970, UTC), so the text index can hand over only the last hours'
-- matches of a common word (lib/domain/search-window.ts). New rows get them
-- from syncJobSearch.
UPDATE "PostingSearch" SET "document" = "document" || array_to_tsvector(ARRAY(
  SELECT 't' || l || '_' || (floor(extract(epoch FROM "publishedAt") / 3600)::bigint >> l) FROM generate_series(0, 9) AS l
));
