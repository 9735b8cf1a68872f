import "server-only";
// The job board's search engine: PostgreSQL text search over "PostingSearch",
// one row per open posting (prisma/schema.prisma). Everything about how jobs
// are found lives here behind two calls, findJobs and syncJobSearch, so a
// dedicated engine could take this file's place without a page noticing.
//
// How it stays fast at a million postings (README, "Job board search"):
// - Words are matched in English and in Russian at once: each word becomes
//   plainto_tsquery('english', w) || plainto_tsquery('russian', w), and the
//   words are ANDed. The document holds each language's text under its own
//   dictionary, so "комьюнити-менеджера" finds "комьюнити-менеджер" and
//   "managing" finds "manager".
// - Results are bounded: the newest JOB_RESULTS_MAX + 1 matches are the
//   candidates, and only they are ranked and counted. Ranking or counting
//   every match of a common word costs over a second at a million rows; the
//   newest matches come off the date index in milliseconds, and a rare word's
//   few matches off the GIN index.
// - Past the bound the count is PostgreSQL's own estimate (EXPLAIN), shown as
//   "about 40,000 jobs".
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { JOB_RESULTS_MAX, JOBS_PER_PAGE, type JobSearch } from "@/lib/validations/job-search";
import type { Tx } from "@/lib/server/transaction";

export interface FoundJobs {
  ids: string[];
  /** How many postings match: exact up to JOB_RESULTS_MAX, estimated beyond. */
  total: number;
  exact: boolean;
  /** The moment the results are as of (pages after the first keep to it). */
  asOf: Date;
}

/** The ids a search refers to, resolved by the caller from the taxonomy (null: the role is unknown, so nothing matches). */
export interface SearchIds {
  skillIds: string[];
  roleId: string | null | undefined;
}

const sql = Prisma.sql;

/** The words as one tsquery in its text form ('' when every word is a stop word). */
async function tsqueryOf(words: string[]): Promise<string> {
  if (words.length === 0) return "";
  const parts = words.map((w) => sql`(plainto_tsquery('english', ${w}) || plainto_tsquery('russian', ${w}))`);
  const rows = await db.$queryRaw<{ query: string }[]>`SELECT (${Prisma.join(parts, " && ")})::text AS "query"`;
  return rows[0]?.query ?? "";
}

function conditions(search: JobSearch, ids: SearchIds, query: string, now: Date, asOf: Date): Prisma.Sql {
  const where: Prisma.Sql[] = [sql`"expiresAt" > ${now}`, sql`"publishedAt" <= ${asOf}`];
  if (query) where.push(sql`"document" @@ ${query}::tsquery`);
  if (search.family) where.push(sql`"family" = ${search.family}::"RoleFamily"`);
  if (search.seniority.length) where.push(sql`"seniority" = ANY(${search.seniority}::"Seniority"[])`);
  if (search.workModes.length) where.push(sql`"workMode" = ANY(${search.workModes}::"WorkMode"[])`);
  if (search.country) where.push(sql`"country" = ${search.country}`);
  if (search.salary) {
    where.push(sql`"currency" = ${search.salary.currency}::"Currency" AND COALESCE("salaryTo", "salaryFrom") >= ${search.salary.amount}`);
  }
  if (ids.skillIds.length) where.push(sql`"skillIds" @> ${ids.skillIds}::text[]`);
  if (ids.roleId !== undefined) where.push(ids.roleId === null ? sql`FALSE` : sql`"roleId" = ${ids.roleId}`);
  if (search.postedWithinDays) where.push(sql`"publishedAt" >= ${new Date(now.getTime() - search.postedWithinDays * 86_400_000)}`);
  return Prisma.join(where, " AND ");
}

/** The statement that finds one page: the bounded candidates, ranked or by date, with their count. */
function pageStatement(search: JobSearch, where: Prisma.Sql, query: string): Prisma.Sql {
  const offset = (search.page - 1) * JOBS_PER_PAGE;
  const order =
    search.sort === "relevance" && query
      ? sql`ts_rank("document", ${query}::tsquery, 1) DESC, "publishedAt" DESC, "postingId" DESC`
      : sql`"publishedAt" DESC, "postingId" DESC`;
  return sql`
    WITH "candidates" AS MATERIALIZED (
      SELECT "postingId", "publishedAt", "document" FROM "PostingSearch"
      WHERE ${where}
      ORDER BY "publishedAt" DESC, "postingId" DESC
      LIMIT ${JOB_RESULTS_MAX + 1}
    )
    SELECT "postingId" AS "id", (SELECT count(*)::int FROM "candidates") AS "total"
    FROM "candidates" ORDER BY ${order}
    LIMIT ${JOBS_PER_PAGE} OFFSET ${offset}`;
}

/** PostgreSQL's estimate of how many rows match (used only past the bound, where counting would cost seconds). */
async function estimate(where: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": unknown }[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM "PostingSearch" WHERE ${where}`;
  const plan = rows[0]?.["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: { "Plan Rows": number } }[];
  return Math.round(parsed[0]?.Plan["Plan Rows"] ?? 0);
}

export interface PreparedSearch {
  statement: Prisma.Sql;
  where: Prisma.Sql;
  asOf: Date;
}

/** The statement a search runs (the benchmark EXPLAIN ANALYZEs exactly this). */
export async function prepareSearch(search: JobSearch, ids: SearchIds, now = new Date()): Promise<PreparedSearch> {
  const asOf = search.asOf ? new Date(Math.min(search.asOf * 1000, now.getTime())) : now;
  const query = await tsqueryOf(search.words);
  // Words that are all stop words ("the", "и") search nothing rather than everything.
  const where = search.words.length && !query ? sql`FALSE` : conditions(search, ids, query, now, asOf);
  return { statement: pageStatement(search, where, query), where, asOf };
}

export async function findJobs(search: JobSearch, ids: SearchIds, now = new Date()): Promise<FoundJobs> {
  const prepared = await prepareSearch(search, ids, now);
  const rows = await db.$queryRaw<{ id: string; total: number }[]>(prepared.statement);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && search.page > 1) {
    // A page past the end: count from the start, so the reader is told how many there are.
    const counted = await db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "PostingSearch" WHERE ${prepared.where} LIMIT ${JOB_RESULTS_MAX + 1}) AS "c"`;
    total = counted[0]?.total ?? 0;
  }
  const exact = total <= JOB_RESULTS_MAX;
  if (!exact) total = Math.max(JOB_RESULTS_MAX + 1, await estimate(prepared.where));
  return { ids: rows.map((r) => r.id), total, exact, asOf: prepared.asOf };
}

/**
 * Makes the index agree with the postings `ids`: an open posting gets its row
 * (re)written, any other loses it. Called in the transaction that changes a
 * posting's status or expiry, so a closed posting is never found once the
 * change is committed.
 */
export async function syncJobSearch(tx: Tx | typeof db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
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
           setweight(to_tsvector('russian', p."descriptionRu"), 'D')
    FROM "JobPosting" p
    JOIN "Company" c ON c."id" = p."companyId"
    LEFT JOIN "Role" r ON r."id" = p."roleId"
    LEFT JOIN LATERAL (
      SELECT array_agg(ps."skillId") AS "ids", string_agg(k."labelEn", ' ') AS "en", string_agg(k."labelRu", ' ') AS "ru"
      FROM "PostingSkill" ps JOIN "Skill" k ON k."id" = ps."skillId" WHERE ps."postingId" = p."id"
    ) s ON TRUE
    WHERE p."id" = ANY(${ids}::text[]) AND p."status" = 'PUBLISHED' AND p."expiresAt" IS NOT NULL AND p."publishedAt" IS NOT NULL
      AND COALESCE(p."family", r."family") IN ('SMM', 'COMMUNITY')`;
}
