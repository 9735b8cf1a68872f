import "server-only";
// What PostgreSQL's own statistics say about the search index, for engine.ts:
// how many postings match past the results bound (the planner's estimate,
// shown as "about 40,000 jobs"), how common each lexeme is and when the
// postings were published (to choose a search's path and window). Both are
// kept a minute, so neither costs a round trip per search.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { LexemeShares } from "@/lib/domain/tsquery-selectivity";

const ESTIMATE_TTL_MS = 60_000;
const ESTIMATES_MAX = 1_000;
const estimates = new Map<string, { at: number; rows: Promise<number> }>();

/**
 * PostgreSQL's estimate of how many rows match (used only past the bound,
 * where counting would cost seconds). An estimate is kept a minute per search
 * (its conditions without their moments, which move with the clock): it is
 * shown as "about 40,000 jobs", and a round trip per page view bought nothing.
 */
export function estimate(where: Prisma.Sql): Promise<number> {
  const key = JSON.stringify([where.sql, where.values.filter((v) => !(v instanceof Date))]);
  const kept = estimates.get(key);
  if (kept && Date.now() - kept.at < ESTIMATE_TTL_MS) return kept.rows;
  const rows = db.$queryRaw<{ "QUERY PLAN": unknown }[]>`EXPLAIN (FORMAT JSON) SELECT 1 FROM "PostingSearch" WHERE ${where}`.then((plan) => {
    const raw = plan[0]?.["QUERY PLAN"];
    const parsed = (typeof raw === "string" ? JSON.parse(raw) : raw) as { Plan: { "Plan Rows": number } }[];
    return Math.round(parsed[0]?.Plan["Plan Rows"] ?? 0);
  });
  if (estimates.size >= ESTIMATES_MAX) estimates.clear();
  estimates.set(key, { at: Date.now(), rows });
  rows.catch(() => estimates.delete(key));
  return rows;
}

const STATS_TTL_MS = 60_000;

/** What choosing a search's path reads: the rows, the commonest lexemes' shares, and the histogram of publication moments. */
export interface IndexStats extends LexemeShares {
  rows: number;
  /** Ascending bounds of buckets holding equal shares of the postings (empty before the first ANALYZE). */
  published: Date[];
  /** Rows written since (PostgreSQL's count of changes since the last ANALYZE: new postings, mostly). */
  changed: number;
}
let statsMemo: { at: number; stats: Promise<IndexStats> } | undefined;
let refreshing = false;

/**
 * How many postings the index holds, the share of the commonest lexemes and
 * when the postings were published, from PostgreSQL's own statistics
 * (ANALYZE's, kept by autovacuum): read once a minute, so choosing a path
 * costs no round trip. Reading them takes 13 ms at a million postings (a
 * thousand lexemes parsed out of pg_stats), and up to 70 ms on a cold
 * connection, so only the first search waits for them: past the minute,
 * searches go on with the last ones while the next are read.
 */
export function indexStats(): Promise<IndexStats> {
  if (!statsMemo) {
    const stats = readIndexStats();
    statsMemo = { at: Date.now(), stats };
    stats.catch(() => statsMemo?.stats === stats && (statsMemo = undefined));
  } else if (Date.now() - statsMemo.at >= STATS_TTL_MS && !refreshing) {
    refreshing = true;
    readIndexStats()
      .then((stats) => (statsMemo = { at: Date.now(), stats: Promise.resolve(stats) }))
      // Still unreadable: the last statistics serve, and a later search tries again.
      .catch(() => undefined)
      .finally(() => (refreshing = false));
  }
  return statsMemo.stats;
}

function readIndexStats(): Promise<IndexStats> {
  return db.$queryRaw<{ rows: number; elems: string[] | null; freqs: number[] | null; published: number[] | null; changed: number | null }[]>`
    SELECT GREATEST(c."reltuples", 0)::float8 AS "rows", s."most_common_elems"::text::text[] AS "elems", s."most_common_elem_freqs"::float8[] AS "freqs",
           (SELECT array_agg(extract(epoch FROM b)::float8 * 1000 ORDER BY b)
            FROM pg_stats h, unnest(h."histogram_bounds"::text::timestamp(3)[]) AS b
            WHERE h."tablename" = 'PostingSearch' AND h."attname" = 'publishedAt' AND h."schemaname" = current_schema()) AS "published",
           (SELECT t."n_mod_since_analyze"::float8 FROM pg_stat_user_tables t WHERE t."relid" = c."oid") AS "changed"
    FROM pg_class c LEFT JOIN pg_stats s ON s."tablename" = 'PostingSearch' AND s."attname" = 'document' AND s."schemaname" = current_schema()
    WHERE c."oid" = '"PostingSearch"'::regclass`.then(([row]) => {
    const elems = row?.elems ?? [];
    const freqs = (row?.freqs ?? []).map(Number);
    // The frequencies list ends with the smallest and largest of them and the share of empty documents.
    const least = freqs.length > elems.length ? freqs[elems.length]! : 0;
    return {
      rows: Number(row?.rows ?? 0),
      shares: new Map(elems.map((e, i) => [e, freqs[i]!])),
      // A lexeme ANALYZE did not keep is rarer than the rarest it kept: PostgreSQL guesses half of it; a tenth keeps
      // rare words (a company's name) from being taken for common ones and searched in a window.
      floor: elems.length ? least / 10 : 0.005,
      published: (row?.published ?? []).map((ms) => new Date(Number(ms))),
      changed: Number(row?.changed ?? 0),
    };
  });
}
