import "server-only";
// What PostgreSQL's own statistics say about the search index, for engine.ts:
// how many postings match past the results bound (the planner's estimate,
// shown as "about 40,000 jobs"), and how common each lexeme is (to choose a
// search's path). Both are kept a minute, so neither costs a round trip per
// search.
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
let statsMemo: { at: number; stats: Promise<LexemeShares & { rows: number }> } | undefined;

/**
 * How many postings the index holds and the share of the commonest lexemes,
 * from PostgreSQL's own statistics (ANALYZE's, kept by autovacuum): read once
 * a minute, so choosing a path costs no round trip.
 */
export function indexStats(): Promise<LexemeShares & { rows: number }> {
  if (statsMemo && Date.now() - statsMemo.at < STATS_TTL_MS) return statsMemo.stats;
  const stats = db.$queryRaw<{ rows: number; elems: string[] | null; freqs: number[] | null }[]>`
    SELECT GREATEST(c."reltuples", 0)::float8 AS "rows", s."most_common_elems"::text::text[] AS "elems", s."most_common_elem_freqs"::float8[] AS "freqs"
    FROM pg_class c LEFT JOIN pg_stats s ON s."tablename" = 'PostingSearch' AND s."attname" = 'document' AND s."schemaname" = current_schema()
    WHERE c."oid" = '"PostingSearch"'::regclass`.then(([row]) => {
    const elems = row?.elems ?? [];
    const freqs = (row?.freqs ?? []).map(Number);
    // The frequencies list ends with the smallest and largest of them and the share of empty documents.
    const least = freqs.length > elems.length ? freqs[elems.length]! : 0;
    // A lexeme ANALYZE did not keep is rarer than the rarest it kept: PostgreSQL guesses half of it; a tenth keeps
    // rare words (a company's name) from being taken for common ones and searched day by day.
    return { rows: Number(row?.rows ?? 0), shares: new Map(elems.map((e, i) => [e, freqs[i]!])), floor: elems.length ? least / 10 : 0.005 };
  });
  statsMemo = { at: Date.now(), stats };
  stats.catch(() => (statsMemo = undefined));
  return stats;
}
