import "server-only";
// Fixed-window counters in the database, so that a limit holds across instances.
//
// One time base: every timestamp here is the database's clock in UTC
// (timezone('UTC', now())), the same base Prisma uses for DateTime columns, so
// windows are right whatever the server's or the database's time zone is.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface Bucket {
  count: number;
  retryAfterSeconds: number;
}

// To the millisecond, as the columns store it: a window that starts at a rounded-up
// now() would otherwise end a fraction after now() + window, and Retry-After
// would say one second too many.
const NOW = Prisma.sql`date_trunc('milliseconds', timezone('UTC', now()))`;

/** The longest window any limit uses; rows older than this are never read again. */
export const LONGEST_WINDOW_MINUTES = 24 * 60;

/** Counts one event under `key` and returns the window's count and when the window ends. */
export async function hitBucket(key: string, windowMinutes: number): Promise<Bucket> {
  const window = Prisma.sql`make_interval(mins => ${windowMinutes}::int)`;
  const rows = await db.$queryRaw<{ count: number; retry: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "lastHitAt") VALUES (${key}, 1, ${NOW}, ${NOW})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${NOW} - ${window} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${NOW} - ${window} THEN ${NOW} ELSE "RateLimitBucket"."windowStart" END,
      "lastHitAt" = ${NOW}
    RETURNING "count",
      GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("windowStart" + ${window} - ${NOW}))))::int AS retry`;
  const row = rows[0]!;
  return { count: Number(row.count), retryAfterSeconds: Number(row.retry) };
}

/**
 * Counts one event under `key` unless it comes too soon: the first `free`
 * events of a window pass at once; after them each must wait a growing delay
 * (1 s, 2 s, 4 s … at most `maxDelaySeconds`) since the previous one. Atomic:
 * of several events at the same moment, one takes the slot.
 */
export async function claimSlot(
  key: string,
  windowMinutes: number,
  free: number,
  maxDelaySeconds: number,
): Promise<{ ok: true; count: number } | { ok: false; retryAfterSeconds: number }> {
  const window = Prisma.sql`make_interval(mins => ${windowMinutes}::int)`;
  const delay = Prisma.sql`make_interval(secs => LEAST(power(2, GREATEST("RateLimitBucket"."count" - ${free}::int, 0)), ${maxDelaySeconds}::int))`;
  const claimed = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "lastHitAt") VALUES (${key}, 1, ${NOW}, ${NOW})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${NOW} - ${window} THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${NOW} - ${window} THEN ${NOW} ELSE "RateLimitBucket"."windowStart" END,
      "lastHitAt" = ${NOW}
    WHERE "RateLimitBucket"."windowStart" <= ${NOW} - ${window}
       OR "RateLimitBucket"."count" < ${free}::int
       OR "RateLimitBucket"."lastHitAt" <= ${NOW} - ${delay}
    RETURNING "count"`;
  if (claimed[0]) return { ok: true, count: Number(claimed[0].count) };
  const waiting = await db.$queryRaw<{ retry: number }[]>`
    SELECT GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("lastHitAt" + ${delay} - ${NOW}))))::int AS retry
    FROM "RateLimitBucket" WHERE "key" = ${key}`;
  return { ok: false, retryAfterSeconds: Number(waiting[0]?.retry ?? 1) };
}

export async function clearBucket(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Takes back one event counted under `key` (never below zero). */
export async function unhitBucket(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Deletes windows that ended long ago (every e-mail ever tried leaves one); returns how many. */
export async function purgeStaleBuckets(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateLimitBucket"
    WHERE "windowStart" < ${NOW} - make_interval(mins => ${LONGEST_WINDOW_MINUTES}::int)`;
}
