import "server-only";
// The job board's "fit" sort for a signed-in candidate: the CTEs that score
// the search's bounded candidates ("candidates", made by engine.ts) against
// the reader's stated skills.
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchIds } from "@/lib/server/job-search/engine";

/**
 * The reader's fit with each bounded candidate, as lib/domain/career-fit.ts
 * computes it: must-haves weigh 3, other skills 1, a level below the posting's
 * counts in part, skills the taxonomy retired are left out. Only the
 * candidates (at most JOB_RESULTS_MAX + 1) are scored, in one pass over their
 * skill rows (hash joins, not a subquery per posting).
 */
export function fitsOf(mine: NonNullable<SearchIds["mine"]>): Prisma.Sql {
  return Prisma.sql`
    "mine" AS (SELECT * FROM unnest(${mine.skillIds}::text[], ${mine.levels.map(String)}::text[]::int[]) AS m("skillId", "level")),
    "fits" AS (
      SELECT ps."postingId",
             sum((CASE WHEN ps."mustHave" THEN 3 ELSE 1 END) * LEAST(1, COALESCE(m."level", 0)::float8 / ps."level"))
               / NULLIF(sum(CASE WHEN ps."mustHave" THEN 3 ELSE 1 END), 0) AS "fit"
      FROM "candidates" c
      JOIN "PostingSkill" ps ON ps."postingId" = c."postingId"
      JOIN "Skill" k ON k."id" = ps."skillId" AND k."status" = 'ACTIVE'
      LEFT JOIN "mine" m ON m."skillId" = ps."skillId"
      GROUP BY ps."postingId"
    )`;
}
