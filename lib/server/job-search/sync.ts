import "server-only";
// Writes the job board's search index ("PostingSearch"), which engine.ts
// reads: one row per open posting, with its filters as columns and its text,
// filters, publication hour and salary floor (lib/domain/search-lexemes.ts) as
// one English + Russian tsvector.
import { db } from "@/lib/db";
import { LEVELS_MAX, SALARY_FLOORS } from "@/lib/domain/search-lexemes";
import { BOARD_REVISION_KEY } from "@/lib/server/taxonomy/revision";
import type { Tx } from "@/lib/server/transaction";

/**
 * Makes the index agree with the postings `ids`: an open posting gets its row
 * (re)written, any other loses it. Called in the transaction that changes a
 * posting's status or expiry, so a closed posting is never found once the
 * change is committed.
 */
export async function syncJobSearch(tx: Tx | typeof db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  // Pages kept from before (lib/server/page-cache.ts) are stale from the moment this commits.
  await tx.$executeRaw`
    INSERT INTO "AppSetting" ("key", "value", "updatedAt") VALUES (${BOARD_REVISION_KEY}, '1', now())
    ON CONFLICT ("key") DO UPDATE SET "value" = (("AppSetting"."value")::bigint + 1)::text, "updatedAt" = now()`;
  await tx.$executeRaw`DELETE FROM "PostingSearch" WHERE "postingId" = ANY(${ids}::text[])`;
  await tx.$executeRaw`
    INSERT INTO "PostingSearch" ("postingId", "publishedAt", "expiresAt", "family", "seniority", "roleId", "workMode", "country",
                                 "salaryFrom", "salaryTo", "currency", "skillIds", "document")
    SELECT p."id", p."publishedAt", p."expiresAt", COALESCE(p."family", r."family"), r."seniority", p."roleId", p."workMode", p."country",
           CASE WHEN p."salaryHidden" THEN NULL ELSE p."salaryFrom" END,
           CASE WHEN p."salaryHidden" THEN NULL ELSE p."salaryTo" END,
           CASE WHEN p."salaryHidden" THEN NULL ELSE p."currency" END,
           COALESCE(s."ids", '{}'),
           setweight(to_tsvector('english', concat_ws(' ', p."titleEn", r."labelEn")), 'A') ||
           setweight(to_tsvector('russian', concat_ws(' ', p."titleRu", r."labelRu")), 'A') ||
           setweight(to_tsvector('english', concat_ws(' ', s."en", array_to_string(p."channelsEn", ' '))), 'B') ||
           setweight(to_tsvector('russian', concat_ws(' ', s."ru", array_to_string(p."channelsRu", ' '))), 'B') ||
           setweight(to_tsvector('english', concat_ws(' ', c."name", p."city", array_to_string(p."responsibilitiesEn", ' '), array_to_string(p."kpisEn", ' '))), 'C') ||
           setweight(to_tsvector('russian', concat_ws(' ', p."city", array_to_string(p."responsibilitiesRu", ' '), array_to_string(p."kpisRu", ' '))), 'C') ||
           setweight(to_tsvector('english', p."descriptionEn"), 'D') ||
           setweight(to_tsvector('russian', p."descriptionRu"), 'D') ||
           array_to_tsvector(array_remove(ARRAY[
             'fam_' || lower(COALESCE(p."family", r."family")::text),
             'lvl_' || lower(r."seniority"::text),
             'mode_' || lower(replace(p."workMode"::text, '_', '')),
             'fm_' || lower(COALESCE(p."family", r."family")::text) || '_' || lower(replace(p."workMode"::text, '_', '')),
             'cty_' || lower(p."country"),
             'role_' || p."roleId",
             CASE WHEN NOT p."salaryHidden" THEN 'sal_' || lower(p."currency"::text) || '_' ||
               (SELECT max(f) FROM unnest(${SALARY_FLOORS}::int[]) AS f WHERE f <= COALESCE(p."salaryTo", p."salaryFrom")) END
           ] || COALESCE(s."facets", '{}') || ARRAY(
             SELECT 't' || l || '_' || (floor(extract(epoch FROM p."publishedAt") / 3600)::bigint >> l) FROM generate_series(0, ${LEVELS_MAX}::int) AS l
           ), NULL))
    FROM "JobPosting" p
    JOIN "Company" c ON c."id" = p."companyId"
    LEFT JOIN "Role" r ON r."id" = p."roleId"
    LEFT JOIN LATERAL (
      SELECT array_agg(ps."skillId") AS "ids", array_agg('skill_' || ps."skillId") AS "facets",
             string_agg(k."labelEn", ' ') AS "en", string_agg(k."labelRu", ' ') AS "ru"
      FROM "PostingSkill" ps JOIN "Skill" k ON k."id" = ps."skillId" WHERE ps."postingId" = p."id"
    ) s ON TRUE
    WHERE p."id" = ANY(${ids}::text[]) AND p."status" = 'PUBLISHED' AND p."expiresAt" IS NOT NULL AND p."publishedAt" IS NOT NULL
      AND COALESCE(p."family", r."family") IN ('SMM', 'COMMUNITY')`;
}
