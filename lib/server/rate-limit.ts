import "server-only";
// Fixed-window counters in the database, so that a limit holds across instances.
import { db } from "@/lib/db";

export interface Bucket {
  count: number;
  retryAfterSeconds: number;
}

/** Counts one event under `key` and returns the window's count. */
export async function hitBucket(key: string, windowMinutes: number): Promise<Bucket> {
  const rows = await db.$queryRaw<{ count: number; retry: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(mins => ${windowMinutes}::int)
                THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= now() - make_interval(mins => ${windowMinutes}::int)
                THEN now() ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count",
      GREATEST(0, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(mins => ${windowMinutes}::int) - now()::timestamp))))::int AS retry`;
  const row = rows[0]!;
  return { count: Number(row.count), retryAfterSeconds: Number(row.retry) };
}

export async function clearBucket(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

/** Takes back one event counted under `key` (never below zero). */
export async function unhitBucket(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}
