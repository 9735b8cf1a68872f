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
//   every match of a common word costs over a second at a million rows. A
//   rare word's few matches come off the text (GIN) index; a common word's
//   newest off the same index within a recent window (the last hours'
//   postings, whose publication hour is a lexeme of the document at ten
//   granularities: lib/domain/search-lexemes.ts), so only about as many as the
//   bound are read.
// - Past the bound the count is PostgreSQL's own estimate (EXPLAIN), shown as
//   "about 40,000 jobs".
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { anyOf, recentLexemes, salaryFloorsQuery, windowStart } from "@/lib/domain/search-lexemes";
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
 * and a recent window keeps what it fetches near the bound for any word.
 * PostgreSQL's planner does not count what reading a document costs and takes
 * "date" far too early (130 ms instead of 15 at 100,000 postings), so the
 * choice is made here from its statistics (indexStats).
 */
type Path = "words" | "date";
/** Checking a posting on the "date" path against fetching a match on the "words" path (11 µs against 4 with words; filters alone, a quarter). */
const DATE_PATH_COST = { words: 3, filters: 0.25 };

// The filters also stand in the document as lexemes ("fam_smm", "lvl_senior",
// "mode_remote", "cty_kz", "role_<id>", "skill_<id>", the salary's floor
// "sal_rub_100000"), so the text index narrows by them too: a rare combination
// of filters is found as fast as a rare word.
const facet = (prefix: string, ...values: string[]) => `'${prefix}_${values.map((v) => v.toLowerCase().replace(/[^a-z0-9]/g, "")).join("_")}'`;

/** The filters that are lexemes, as tsquery text ('' when none is set). */
function facetQuery(search: JobSearch, ids: SearchIds): string {
  const salaryFloors = search.salary && salaryFloorsQuery(search.salary.currency, search.salary.amount);
  // Profession and work mode, the broadest filters (each holds a third to a half of the board), are also one lexeme
  // together ("fm_community_remote"): the index reads one list of a sixth of the board instead of two of most of it.
  const both = Boolean(search.family && search.workModes.length);
  const parts = [
    ...(both ? [anyOf(search.workModes.map((v) => facet("fm", search.family!, v)))] : []),
    ...(search.family && !both ? [facet("fam", search.family)] : []),
    ...(search.seniority.length ? [anyOf(search.seniority.map((v) => facet("lvl", v)))] : []),
    ...(search.workModes.length && !both ? [anyOf(search.workModes.map((v) => facet("mode", v)))] : []),
    ...(search.country ? [facet("cty", search.country)] : []),
    ...(ids.roleId ? [facet("role", ids.roleId)] : []),
    ...ids.skillIds.map((id) => facet("skill", id)),
    ...(salaryFloors ? [salaryFloors] : []),
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

/**
 * Where a candidate is ranked: "scan", as it is found, its row in hand (2–3 ms
 * less than looking 1,001 rows up again), where the matches are bounded (a
 * window, the date index's newest); "key", only the 1,001 kept, each looked up
 * by its key, where every match is read (ranking 5,000 costs 0.8 µs each,
 * a lookup 3.5). Either way the candidates are sorted without their documents
 * (some 2 kB): a common word's 5,000 matches with theirs spilled to disk.
 */
type RankAt = "scan" | "key";

/** The statement that finds one page: the bounded candidates, ranked or by date, with their count. */
function pageStatement(search: JobSearch, where: Prisma.Sql, query: string, path: Path, rankAt: RankAt, mine: SearchIds["mine"]): Prisma.Sql {
  const offset = (search.page - 1) * JOBS_PER_PAGE;
  const ranked = search.sort === "relevance" && Boolean(query);
  const rank = sql`ts_rank("document", ${query}::tsquery, 1)`;
  const order = !ranked
    ? sql`c."publishedAt" DESC, c."postingId" DESC`
    : rankAt === "scan"
      ? sql`c."rank" DESC, c."publishedAt" DESC, c."postingId" DESC`
      : sql`(SELECT ${rank} FROM "PostingSearch" p WHERE p."postingId" = c."postingId") DESC, c."publishedAt" DESC, c."postingId" DESC`;
  // On the "words" path the candidates are sorted by an expression the date index cannot give, so the text index is used.
  const newest = path === "words" ? sql`"publishedAt" + interval '0 seconds' DESC, "postingId" DESC` : sql`"publishedAt" DESC, "postingId" DESC`;
  const fit = search.sort === "fit" && mine;
  // The skills are carried only for the fit.
  const candidates = sql`"candidates" AS MATERIALIZED (
      SELECT "postingId", "publishedAt"${fit ? sql`, "skillIds"` : sql``}${ranked && rankAt === "scan" ? sql`, ${rank} AS "rank"` : sql``} FROM "PostingSearch"
      WHERE ${where}
      ORDER BY ${newest}
      LIMIT ${CANDIDATES}
    )`;
  return sql`
    WITH ${candidates}${fit ? sql`, ${mineOf(mine)}` : sql``}
    SELECT c."postingId" AS "id", (SELECT count(*)::int FROM "candidates") AS "total"
    FROM "candidates" c
    ORDER BY ${fit ? sql`COALESCE(${fitOf(mine)}, 0) DESC, c."publishedAt" DESC, c."postingId" DESC` : order}
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
  /** The statement to run first: over a recent window when the matches are many, else over every day. */
  first: SearchStatement;
  /**
   * After a statement that found fewer candidates than the bound: the next one
   * (a wider window once, then every day), or null when there is none or the
   * last one found enough.
   */
  next: (found: number) => SearchStatement | null;
  /** The conditions without a window: what the count past the bound estimates. */
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

/**
 * How many matches a recent window is sized to hold: enough for the bound with
 * a margin, since a word's share in the last hours is not its share overall.
 */
const WINDOW_MATCHES = 1.5 * CANDIDATES;
/**
 * What the text index's check of one posting in a window costs, against
 * fetching a match (measured: about 30 ns against 1.3 µs for a row in
 * PostgreSQL's buffers, 7.7 µs for one that is not: a million postings' rows,
 * 2.6 GB, do not stay in its default 128 MB). A window of a word in 0.5% of a
 * million postings spans 300,000, and its 1,500 matches beat reading all 5,000.
 */
const WINDOW_CHECK_COST = 1 / 100;
const DAY_MS = 86_400_000;

/** A search's statements, in turn: what findJobs runs (and the benchmark EXPLAIN ANALYZEs). */
export async function prepareSearch(search: JobSearch, ids: SearchIds, now = new Date()): Promise<PreparedSearch> {
  const asOf = search.asOf ? new Date(Math.min(search.asOf * 1000, now.getTime())) : now;
  const query = await tsqueryOf(search.words);
  const plain = (where: Prisma.Sql, path: Path, rankAt: RankAt = "scan"): SearchStatement => ({ sql: pageStatement(search, where, query, path, rankAt, ids.mine), onlyDateIndex: false });
  const only = (first: SearchStatement, where: Prisma.Sql): PreparedSearch => ({ first, next: () => null, where, asOf });
  // Words that are all stop words ("the", "и") search nothing rather than everything.
  if (search.words.length && !query) return only(plain(sql`FALSE`, "date"), sql`FALSE`);
  const facets = facetQuery(search, ids);
  const narrowing = [query && `( ${query} )`, facets].filter(Boolean).join(" & ");
  const where = conditions(search, ids, query, narrowing, "words", now, asOf);
  if (!narrowing) return only(plain(where, "date"), where);

  const stats = await indexStats();
  const share = Math.max(tsquerySelectivity(narrowing, stats), 1 / Math.max(stats.rows, 1));
  const matches = share * stats.rows;
  const checked = CANDIDATES / share; // what the date path reads
  const dateCost = query ? DATE_PATH_COST.words : DATE_PATH_COST.filters;
  const datePath: SearchStatement = {
    sql: pageStatement(search, conditions(search, ids, query, narrowing, "date", now, asOf), query, "date", "scan", ids.mine),
    onlyDateIndex: Boolean(query),
  };
  // Over every day: all matches off the text index, or down the date index when that reads less.
  const everyDay = matches > dateCost * checked ? datePath : plain(where, "words", "key");
  const postedSince = search.postedWithinDays ? new Date(now.getTime() - search.postedWithinDays * DAY_MS) : null;
  /**
   * The window of the newest `postings` postings (null: that is most of the
   * board, so every day), or of the days a "posted within" filter allows when
   * those are fewer: then it holds every match (`complete`).
   */
  const windowed = (postings: number): { statement: SearchStatement; complete: boolean } | null => {
    const start = windowStart(stats.published, stats.rows, postings, asOf, stats.changed);
    const complete = Boolean(postedSince && (!start || start <= postedSince));
    const since = complete ? postedSince : start;
    if (!since) return null;
    return { statement: plain(conditions(search, ids, query, `${narrowing} & ${recentLexemes(since, asOf)}`, "words", now, asOf), "words"), complete };
  };
  let postings = WINDOW_MATCHES / share;
  const windowCost = postings * WINDOW_CHECK_COST + WINDOW_MATCHES;
  let step = windowCost < Math.min(matches, dateCost * checked) ? windowed(postings) : null;
  if (!step) return only(everyDay, where);
  const first = step.statement;
  let widened = false;
  const next = (found: number): SearchStatement | null => {
    if (found >= CANDIDATES || step!.complete) return null;
    // The window held fewer than expected: once a window as much wider as it fell short, if it found a fair part; then every day.
    const wider = !widened && found >= CANDIDATES / 10 ? windowed((postings *= WINDOW_MATCHES / found)) : null;
    widened = true;
    step = wider ?? { statement: everyDay, complete: true };
    return step.statement;
  };
  return { first, next, where, asOf };
}

export async function findJobs(search: JobSearch, ids: SearchIds, now = new Date()): Promise<FoundJobs> {
  const prepared = await prepareSearch(search, ids, now);
  let rows: { id: string; total: number }[] = [];
  for (let statement: SearchStatement | null = prepared.first; statement; statement = prepared.next(rows[0]?.total ?? 0)) {
    rows = await runSearchStatement<{ id: string; total: number }>(statement);
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
