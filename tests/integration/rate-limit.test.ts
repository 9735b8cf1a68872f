// Fixed-window counters in the database (lib/server/rate-limit.ts).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearBucket, hitBucket, unhitBucket } from "@/lib/server/rate-limit";

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

  it("loses no hit when many arrive at once", async () => {
    const k = key();
    const results = await Promise.all(Array.from({ length: 12 }, () => hitBucket(k, WINDOW)));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(await stored(k)).toBe(12);
  });
});
