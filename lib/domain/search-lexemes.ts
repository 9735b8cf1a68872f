// Lexemes the job board's search index adds to each posting's document beyond
// its words (lib/server/job-search/sync.ts writes them, engine.ts queries
// them), so that the text index narrows by them like by a rare word:
// publication time and salary floors. Pure, so they can be tested without a
// database.
//
// The recent window: the newest matches of a common word are all among the
// last hours' postings, so the text index needs to hand over only those. Each posting's search document holds its publication hour at ten
// granularities as lexemes: "t<L>_<n>" is the n-th stretch of 2^L hours since
// 1970 (UTC), from t0 (the hour) to t9 (21 days); written by
// lib/server/job-search/sync.ts. A window is the OR of a few stretches that
// cover it: the index checks each match against every lexeme of the query, so
// five lexemes cost a twentieth of a hundred (measured: ten days as 240 hours
// took 32 ms at 100,000 postings, as 10 days 1.3 ms).

const HOUR_MS = 3_600_000;

/** Any of some tsquery terms, as tsquery text. */
export const anyOf = (terms: string[]): string => (terms.length === 1 ? terms[0]! : `( ${terms.join(" | ")} )`);
/** The coarsest stretch is 2^LEVELS_MAX hours. */
export const LEVELS_MAX = 9;
/** How much further back than asked a window may reach, as a share of it: fewer lexemes for a few more matches. */
const SLACK = 1 / 8;

/** The publication lexemes of a moment, t0 to t9 (what sync.ts writes in SQL). */
export function recencyLexemes(at: Date): string[] {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  return Array.from({ length: LEVELS_MAX + 1 }, (_, level) => `t${level}_${Math.floor(hour / 2 ** level)}`);
}

/**
 * The lexemes whose postings cover every hour from `since`'s to `asOf`'s, as
 * tsquery text: from the newest hour back, each time the coarsest stretch
 * holding it that starts no earlier than the window (less an eighth). At most
 * five, whatever the window. The cover may reach past either end; it never
 * leaves a gap, so the newest matches inside it are the newest overall.
 */
export function recentLexemes(since: Date, asOf: Date): string {
  const first = Math.floor(since.getTime() / HOUR_MS);
  let hour = Math.floor(asOf.getTime() / HOUR_MS);
  const reach = first - Math.floor((hour - first + 1) * SLACK);
  const startOf = (level: number) => Math.floor(hour / 2 ** level) * 2 ** level;
  const out: string[] = [];
  while (hour >= first) {
    let level = 0;
    while (level < LEVELS_MAX && startOf(level + 1) >= reach) level++;
    out.push(`'t${level}_${Math.floor(hour / 2 ** level)}'`);
    hour = startOf(level) - 1;
  }
  return anyOf(out);
}

/**
 * The moment after which about `n` of `rows` postings were published by
 * `asOf`, read from PostgreSQL's histogram of publication moments (ascending
 * bounds of buckets holding equal shares of the rows; ANALYZE's): null when
 * that is most of them, or when there is no histogram yet. `since` postings
 * were written after the histogram was taken (autovacuum takes it again only
 * after a tenth of the table has changed: at a million postings, days of
 * them); they are taken as published evenly between its newest bound and
 * `asOf`.
 */
export function windowStart(bounds: Date[], rows: number, n: number, asOf: Date, since = 0): Date | null {
  const buckets = bounds.length - 1;
  if (buckets < 1 || rows <= 0) return null;
  const at = bounds.map((b) => b.getTime());
  const t = asOf.getTime();
  const newest = at[buckets]!;
  if (t > newest) {
    if (n <= since) return new Date(t - (n / since) * (t - newest));
    return windowStart(bounds, rows, n - since, new Date(newest));
  }
  // Where asOf falls among the buckets (0 to buckets), and n postings further down.
  const i = Math.min(at.findLastIndex((b) => b <= t), buckets - 1);
  if (i < 0) return null;
  const top = i + (at[i + 1]! > at[i]! ? (t - at[i]!) / (at[i + 1]! - at[i]!) : 1);
  const bottom = top - n / (rows / buckets);
  if (bottom < buckets / 10) return null;
  const j = Math.floor(bottom);
  return new Date(at[j]! + (bottom - j) * (at[j + 1]! - at[j]!));
}

/**
 * Salary floors: a posting with a disclosed salary holds "sal_<currency>_<F>",
 * F the highest floor its top reaches (one lexeme, so a posting's rank does not
 * depend on its salary: every lexeme counts in the document's length). "From
 * A" narrows to the floors from A's up, a few more postings than match (the
 * salary columns decide). Without them the index could not narrow by salary,
 * and a window sized for a word came up short by the salary's share.
 */
export const SALARY_FLOORS = [2, 3, 4, 5, 6, 7].flatMap((power) => [1, 2, 5].map((m) => m * 10 ** power));

/** The floors a "salary from `amount`" search narrows to, as tsquery text (null: below every floor, no narrowing). */
export function salaryFloorsQuery(currency: string, amount: number): string | null {
  const from = SALARY_FLOORS.findLastIndex((f) => f <= amount);
  if (from < 0) return null;
  return anyOf(SALARY_FLOORS.slice(from).map((f) => `'sal_${currency.toLowerCase()}_${f}'`));
}
