import "server-only";
// The job board's "fit" sort for a signed-in candidate: the reader's fit with
// each of the search's bounded candidates ("candidates", made by engine.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchIds } from "@/lib/server/job-search/engine";

/**
 * The reader's fit with the candidate `c`, as lib/domain/career-fit.ts
 * computes it: must-haves weigh 3, other skills 1, a level below the posting's
 * counts in part, skills the taxonomy retired are left out. One probe of the
 * posting's skills (their primary key) per candidate, at most
 * JOB_RESULTS_MAX + 1 of them: a join of the candidates with every posting's
 * skills read the whole table (53 ms at 10,000 postings on PostgreSQL, against
 * 20 for the probes), and grows with the board. A candidate that shares no
 * skill with the reader fits 0 without a probe (its indexed "skillIds" say so).
 */
export function fitOf(mine: NonNullable<SearchIds["mine"]>): Prisma.Sql {
  return Prisma.sql`CASE WHEN c."skillIds" && ${mine.skillIds}::text[] THEN (
    SELECT sum((CASE WHEN ps."mustHave" THEN 3 ELSE 1 END) * LEAST(1, COALESCE(m."level", 0)::float8 / ps."level"))
             / NULLIF(sum(CASE WHEN ps."mustHave" THEN 3 ELSE 1 END), 0)
    FROM "PostingSkill" ps
    LEFT JOIN "mine" m ON m."skillId" = ps."skillId"
    WHERE ps."postingId" = c."postingId" AND ps."skillId" <> ALL(${mine.retiredSkillIds}::text[])
  ) END`;
}

/** The reader's stated skills as a table ("mine"). */
export function mineOf(mine: NonNullable<SearchIds["mine"]>): Prisma.Sql {
  return Prisma.sql`"mine" AS (SELECT * FROM unnest(${mine.skillIds}::text[], ${mine.levels.map(String)}::text[]::int[]) AS m("skillId", "level"))`;
}
