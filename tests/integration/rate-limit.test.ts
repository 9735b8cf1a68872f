// Fixed-window counters in the database (lib/server/rate-limit.ts).
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { database, db, setDatabase } from "@/lib/db";
import { startHousekeeping, stopHousekeeping } from "@/lib/server/housekeeping";
import { clearBucket, hitBucket, purgeStaleBuckets, unhitBucket } from "@/lib/server/rate-limit";
import { concurrencyTest, openMigratedDatabase } from "./databases";

const WINDOW = 15;
const key = () => `test:${randomUUID()}`;
/** The count stored under a key (0 when there is no row). */
const stored = async (k: string) => (await db.rateLimitBucket.findUnique({ where: { key: k } }))?.count ?? 0;

describe("rate-limit buckets", () => {
  it("counts hits within a window and says when it ends", async () => {
    const k = key();
    expect((await hitBucket(k, WINDOW)).count).toBe(1);
    expect((await hitBucket(k, WINDOW)).count).toBe(2);
    const third = await hitBucket(k, WINDOW);
    expect(third.count).toBe(3);
    expect(third.retryAfterSeconds).toBeGreaterThan(WINDOW * 60 - 30);
    expect(third.retryAfterSeconds).toBeLessThanOrEqual(WINDOW * 60);
  });

  it("keeps keys apart", async () => {
    const a = key();
    const b = key();
    await hitBucket(a, WINDOW);
    await hitBucket(a, WINDOW);
    expect((await hitBucket(b, WINDOW)).count).toBe(1);
    expect(await stored(a)).toBe(2);
  });

  it("unhitBucket takes one event back, never below zero", async () => {
    const k = key();
    await hitBucket(k, WINDOW);
    await hitBucket(k, WINDOW);
    await unhitBucket(k);
    expect(await stored(k)).toBe(1);
    await unhitBucket(k);
    await unhitBucket(k);
    expect(await stored(k)).toBe(0);
    expect((await hitBucket(k, WINDOW)).count).toBe(1);
  });

  it("starts again at 1 once the window has passed", async () => {
    const k = key();
    for (let i = 0; i < 4; i++) await hitBucket(k, WINDOW);
    // Far in the past whatever the server's time zone.
    await db.rateLimitBucket.update({ where: { key: k }, data: { windowStart: new Date("2000-01-01T00:00:00Z") } });
    const next = await hitBucket(k, WINDOW);
    expect(next.count).toBe(1);
    expect(next.retryAfterSeconds).toBeGreaterThan(WINDOW * 60 - 30);
    expect((await hitBucket(k, WINDOW)).count).toBe(2);
  });

  it("clearBucket resets the count", async () => {
    const k = key();
    await hitBucket(k, WINDOW);
    await hitBucket(k, WINDOW);
    await clearBucket(k);
    expect(await stored(k)).toBe(0);
    expect((await hitBucket(k, WINDOW)).count).toBe(1);
  });

  concurrencyTest("loses no hit when many arrive at once", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 12 }, () => hitBucket(k, WINDOW)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await stored(k)).toBe(12);
  });
});

describe("one time base, whatever the database's time zone", () => {
  it("windows and purging are right on a database set to UTC+14", async () => {
    const fresh = await openMigratedDatabase();
    const original = database();
    setDatabase(fresh.db);
    try {
      // New connections (PostgreSQL) and the one session (embedded) both run at UTC+14.
      await fresh.db.withConnection(async (sql) => {
        await sql.exec(
          `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'Pacific/Kiritimati'); END $$`,
        );
        await sql.exec(`SET TIME ZONE 'Pacific/Kiritimati'`);
      });
      expect((await db.$queryRaw<{ tz: string }[]>`SELECT current_setting('TimeZone') AS tz`)[0]!.tz).toBe("Pacific/Kiritimati");

      const k = key();
      const first = await hitBucket(k, WINDOW);
      expect(first.retryAfterSeconds).toBeGreaterThan(WINDOW * 60 - 30);
      expect(first.retryAfterSeconds).toBeLessThanOrEqual(WINDOW * 60);
      // Read back through Prisma (which reads timestamps as UTC): the window started just now, not 14 hours ahead.
      const row = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: k } });
      expect(Math.abs(row.windowStart.getTime() - Date.now())).toBeLessThan(60_000);

      // A window that started two days ago is purged; one from an hour ago is kept.
      const stale = key();
      const recent = key();
      const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
      await db.rateLimitBucket.createMany({
        data: [
          { key: stale, count: 1, windowStart: hoursAgo(48), lastHitAt: hoursAgo(48) },
          { key: recent, count: 1, windowStart: hoursAgo(1), lastHitAt: hoursAgo(1) },
        ],
      });
      await purgeStaleBuckets();
      expect(await stored(stale)).toBe(0);
      expect(await stored(recent)).toBe(1);
      expect(await stored(k)).toBe(1);
    } finally {
      setDatabase(original);
      await fresh.dispose();
    }
  });
});

describe("housekeeping while the server runs", () => {
  afterEach(() => stopHousekeeping());

  it("purges stale rate-limit windows on its timer, not only at start", async () => {
    const stale = key();
    const old = new Date(Date.now() - 3 * 86_400_000);
    await db.rateLimitBucket.create({ data: { key: stale, count: 3, windowStart: old, lastHitAt: old } });
    startHousekeeping(50);
    await vi.waitFor(async () => expect(await stored(stale)).toBe(0), { timeout: 5_000, interval: 50 });
  });
});
