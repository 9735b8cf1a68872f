import "server-only";
// The job board's search engine: PostgreSQL text search over "PostingSearch",
// one row per open posting (prisma/schema.prisma). Everything about how jobs
// are found lives here (findJobs, with its parts fit-order.ts and
// statistics.ts) and in sync.ts, which writes the index (syncJobSearch): a
// dedicated engine would take these files' place without a page noticing.
//
// How it stays fast at a million postings (README, "How search stays fast at a
// million postings"):
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
import { tsquerySelectivity } from "@/lib/domain/tsquery-selectivity";
import { fitOf, mineOf } from "@/lib/server/job-search/fit-order";
import { estimate, indexStats } from "@/lib/server/job-search/statistics";
import { JOB_RESULTS_MAX, JOBS_PER_PAGE, type JobSearch } from "@/lib/validations/job-search";

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
  /** The reader's stated skills and levels, for the "fit" sort (none: that sort is by date), and the skills the taxonomy retired. */
  mine?: { skillIds: string[]; levels: number[]; retiredSkillIds: string[] };
}

const sql = Prisma.sql;
const CANDIDATES = JOB_RESULTS_MAX + 1;

// A word's lexemes depend only on the dictionaries: the tsquery of a search is
// kept (most searches repeat), which spares a round trip.
const TSQUERY_MEMO_MAX = 5_000;
const tsqueryMemo = new Map<string, string>();

/** The words as one tsquery in its text form ('' when every word is a stop word). */
async function tsqueryOf(words: string[]): Promise<string> {
  if (words.length === 0) return "";
  const key = words.join(" ");
  const known = tsqueryMemo.get(key);
  if (known !== undefined) return known;
  const parts = words.map((w) => sql`(plainto_tsquery('english', ${w}) || plainto_tsquery('russian', ${w}))`);
  const rows = await db.$queryRaw<{ query: string }[]>`SELECT (${Prisma.join(parts, " && ")})::text AS "query"`;
  const query = rows[0]?.query ?? "";
  if (tsqueryMemo.size >= TSQUERY_MEMO_MAX) tsqueryMemo.clear();
  tsqueryMemo.set(key, query);
  return query;
}

/**
 * How the newest candidates are reached:
 * - "words": the text-search (GIN) index finds every match, the newest are kept;
 *   costs in proportion to the matches;
 * - "date": newest postings first off the date index, each checked, until there
 *   are enough; costs in proportion to CANDIDATES ÷ the share that matches.
 * "words" is cheaper while what it fetches costs less than what "date" reads,
 * and it fetches less when only the last days' matches are enough (lastDays).
 * PostgreSQL's planner makes this choice itself, but it does not
 * count what reading each posting's document costs and takes "date" far too
 * early (130 ms instead of 15 at 100,000 postings), so the choice is made here
 * from its statistics (indexStats) and written into the statement.
 */
type Path = "words" | "date";
/**
 * What checking a posting costs on the "date" path, against fetching a match on
 * the "words" path (measured: about 11 µs against 4 when the words are read from
 * the document, a quarter of it when only the filters' columns are).
 */
const DATE_PATH_COST = { words: 3, filters: 0.25 };

// The filters also stand in the document as lexemes ("fam_smm", "lvl_senior",
// "mode_remote", "cty_kz", "role_<id>", "skill_<id>"), so the text index narrows
// by them too: a rare combination of filters is found as fast as a rare word.
const facet = (prefix: string, value: string) => `'${prefix}_${value.toLowerCase().replace(/[^a-z0-9]/g, "")}'`;

/** The filters that are lexemes, as tsquery text ('' when none is set). */
function facetQuery(search: JobSearch, ids: SearchIds): string {
  const any = (values: string[]) => (values.length === 1 ? values[0]! : `( ${values.join(" | ")} )`);
  const parts = [
    ...(search.family ? [facet("fam", search.family)] : []),
    ...(search.seniority.length ? [any(search.seniority.map((v) => facet("lvl", v)))] : []),
    ...(search.workModes.length ? [any(search.workModes.map((v) => facet("mode", v)))] : []),
    ...(search.country ? [facet("cty", search.country)] : []),
    ...(ids.roleId ? [facet("role", ids.roleId)] : []),
    ...ids.skillIds.map((id) => facet("skill", id)),
  ];
  return parts.join(" & ");
}

/**
 * The search's conditions. On the "words" path the words and the filters go
 * to the text index as one tsquery (`narrowing`); on the "date" path the
 * filters are read from their columns (cheap) and only the words from the
 * document, through ts_match_vq (what @@ calls: written as a call, no index can
 * serve it, so the date index does).
 */
function conditions(search: JobSearch, ids: SearchIds, query: string, narrowing: string, path: Path, now: Date, asOf: Date): Prisma.Sql {
  const where: Prisma.Sql[] = [sql`"expiresAt" > ${now}`, sql`"publishedAt" <= ${asOf}`];
  if (path === "words" && narrowing) where.push(sql`"document" @@ ${narrowing}::tsquery`);
  if (search.family) where.push(sql`"family" = ${search.family}::"RoleFamily"`);
  // Lists go as text[] and are cast in SQL: PGlite cannot send an array of an enum created after it opened (the migrations').
  if (search.seniority.length) where.push(sql`"seniority" = ANY(${search.seniority}::text[]::"Seniority"[])`);
  if (search.workModes.length) where.push(sql`"workMode" = ANY(${search.workModes}::text[]::"WorkMode"[])`);
  if (search.country) where.push(sql`"country" = ${search.country}`);
  if (search.salary) {
    where.push(sql`"currency" = ${search.salary.currency}::"Currency" AND COALESCE("salaryTo", "salaryFrom") >= ${search.salary.amount}`);
  }
  if (ids.skillIds.length) where.push(sql`"skillIds" @> ${ids.skillIds}::text[]`);
  if (ids.roleId !== undefined) where.push(ids.roleId === null ? sql`FALSE` : sql`"roleId" = ${ids.roleId}`);
  if (search.postedWithinDays) where.push(sql`"publishedAt" >= ${new Date(now.getTime() - search.postedWithinDays * 86_400_000)}`);
  // Last: PostgreSQL checks conditions of equal cost in the order written, and reading the document is the dear one.
  if (path === "date" && query) where.push(sql`ts_match_vq("document", ${query}::tsquery)`);
  return Prisma.join(where, " AND ");
}

/** The statement that finds one page: the bounded candidates, ranked or by date, with their count. */
function pageStatement(search: JobSearch, where: Prisma.Sql, query: string, path: Path, mine?: SearchIds["mine"]): Prisma.Sql {
  const offset = (search.page - 1) * JOBS_PER_PAGE;
  const ranked = search.sort === "relevance" && query;
  const order = ranked
    ? sql`ts_rank("document", ${query}::tsquery, 1) DESC, "publishedAt" DESC, "postingId" DESC`
    : sql`"publishedAt" DESC, "postingId" DESC`;
  // On the "words" path the candidates are sorted by an expression the date index cannot give, so the text index is used.
  const newest = path === "words" ? sql`"publishedAt" + interval '0 seconds' DESC, "postingId" DESC` : sql`"publishedAt" DESC, "postingId" DESC`;
  const fit = search.sort === "fit" && mine;
  // The document (some 700 bytes a posting) is carried only when the ranking reads it, the skills only for the fit.
  const candidates = sql`"candidates" AS MATERIALIZED (
      SELECT "postingId", "publishedAt"${ranked ? sql`, "document"` : fit ? sql`, "skillIds"` : sql``} FROM "PostingSearch"
      WHERE ${where}
      ORDER BY ${newest}
      LIMIT ${CANDIDATES}
    )`;
  if (fit) {
    return sql`
      WITH ${candidates}, ${mineOf(mine)}
      SELECT c."postingId" AS "id", (SELECT count(*)::int FROM "candidates") AS "total"
      FROM "candidates" c
      ORDER BY COALESCE(${fitOf(mine)}, 0) DESC, c."publishedAt" DESC, c."postingId" DESC
      LIMIT ${JOBS_PER_PAGE} OFFSET ${offset}`;
  }
  return sql`
    WITH ${candidates}
    SELECT "postingId" AS "id", (SELECT count(*)::int FROM "candidates") AS "total"
    FROM "candidates" ORDER BY ${order}
    LIMIT ${JOBS_PER_PAGE} OFFSET ${offset}`;
}

/** One statement of a search, and whether it must go down the date index alone. */
export interface SearchStatement {
  sql: Prisma.Sql;
  /**
   * Words on the "date" path: the planner, not knowing what reading documents
   * costs, may prefer reading the whole table when other filters look
   * selective (150 ms at 100,000 postings); the date index is the only way in.
   */
  onlyDateIndex: boolean;
}

export interface PreparedSearch {
  /**
   * The statements to try in turn, each over a longer stretch of recent days,
   * until one finds enough candidates; the last one over every day.
   */
  statements: SearchStatement[];
  /** The conditions without a stretch of days: what the count past the bound estimates. */
  where: Prisma.Sql;
  asOf: Date;
}

/** Runs one statement of a search (`sql` in its place: the benchmark's EXPLAIN of it); SET LOCAL lasts for its transaction only. */
export async function runSearchStatement<T>(statement: SearchStatement, sql: Prisma.Sql = statement.sql): Promise<T[]> {
  if (!statement.onlyDateIndex) return db.$queryRaw<T[]>(sql);
  const [, , rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$executeRaw`SET LOCAL enable_bitmapscan = off`,
    db.$queryRaw<T[]>(sql),
  ]);
  return rows;
}

const DAY_MS = 86_400_000;
/**
 * Stretches of recent days the "words" path tries first (postings stay open 30
 * days unless extended). Not longer: the index ORs a day's list per day, and a
 * month of them costs as much as the word's own list.
 */
const DAY_WINDOWS = [1, 3, 7];
const TYPICAL_SPAN_DAYS = 30;

/**
 * Each posting's document holds its publication day as a lexeme ("day_20422"),
 * so the text index can hand over only the matches of the last few days: the
 * newest CANDIDATES matches of a word in 3% of a million postings come from
 * two days' 2,000 matches, not from all 30,000.
 */
function lastDays(asOf: Date, days: number): string {
  const today = Math.floor(asOf.getTime() / DAY_MS);
  return `( ${Array.from({ length: days }, (_, i) => `'day_${today - i}'`).join(" | ")} )`;
}

/** The statements a search runs, in turn (the benchmark EXPLAIN ANALYZEs them as findJobs runs them). */
export async function prepareSearch(search: JobSearch, ids: SearchIds, now = new Date()): Promise<PreparedSearch> {
  const asOf = search.asOf ? new Date(Math.min(search.asOf * 1000, now.getTime())) : now;
  const query = await tsqueryOf(search.words);
  const plain = (where: Prisma.Sql, path: Path): SearchStatement => ({ sql: pageStatement(search, where, query, path, ids.mine), onlyDateIndex: false });
  // Words that are all stop words ("the", "и") search nothing rather than everything.
  if (search.words.length && !query) return { statements: [plain(sql`FALSE`, "date")], where: sql`FALSE`, asOf };
  const facets = facetQuery(search, ids);
  const narrowing = [query && `( ${query} )`, facets].filter(Boolean).join(" & ");
  const countWhere = conditions(search, ids, query, narrowing, "words", now, asOf);
  if (!narrowing) return { statements: [plain(countWhere, "date")], where: countWhere, asOf };

  const stats = await indexStats();
  const matches = tsquerySelectivity(narrowing, stats) * stats.rows;
  // The stretches of days expected to hold enough matches (the shortest first), and what the text index hands over for the first.
  const windows = DAY_WINDOWS.filter((days) => (matches * days) / TYPICAL_SPAN_DAYS >= 1.5 * CANDIDATES);
  const fetched = windows.length ? (matches * windows[0]!) / TYPICAL_SPAN_DAYS : matches;
  const checked = (CANDIDATES * Math.max(stats.rows, CANDIDATES)) / Math.max(matches, 1); // what the date path reads
  const datePath: SearchStatement = {
    sql: pageStatement(search, conditions(search, ids, query, narrowing, "date", now, asOf), query, "date", ids.mine),
    onlyDateIndex: Boolean(query),
  };
  if (fetched > (query ? DATE_PATH_COST.words : DATE_PATH_COST.filters) * checked) return { statements: [datePath], where: countWhere, asOf };
  const windowed = windows.map((days) => plain(conditions(search, ids, query, `${narrowing} & ${lastDays(asOf, days)}`, "words", now, asOf), "words"));
  // After the stretches of days, a word that common is cheaper down the date index than with all its matches.
  const last = matches > checked * (query ? DATE_PATH_COST.words : DATE_PATH_COST.filters) ? datePath : plain(countWhere, "words");
  return { statements: [...windowed, last], where: countWhere, asOf };
}

export async function findJobs(search: JobSearch, ids: SearchIds, now = new Date()): Promise<FoundJobs> {
  const prepared = await prepareSearch(search, ids, now);
  let rows: { id: string; total: number }[] = [];
  for (let i = 0; i < prepared.statements.length; i++) {
    rows = await runSearchStatement<{ id: string; total: number }>(prepared.statements[i]!);
    const found = rows[0]?.total ?? 0;
    if (found >= CANDIDATES) break;
    // Far fewer than expected in the last days: a longer stretch would not be enough either, so every day at once.
    if (found < CANDIDATES / 10) i = Math.max(i, prepared.statements.length - 2);
  }
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && search.page > 1) {
    // A page past the end: count from the start, so the reader is told how many there are.
    const counted = await db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "PostingSearch" WHERE ${prepared.where} LIMIT ${CANDIDATES}) AS "c"`;
    total = counted[0]?.total ?? 0;
  }
  const exact = total <= JOB_RESULTS_MAX;
  if (!exact) total = Math.max(CANDIDATES, await estimate(prepared.where));
  return { ids: rows.map((r) => r.id), total, exact, asOf: prepared.asOf };
}
