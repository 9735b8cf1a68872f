// The job board's statistics (lib/server/job-search/statistics.ts): read once,
// then again in the background once a minute, so that no search but the first
// waits for the read (13 ms at a million postings, up to 70 ms on a cold
// connection: it was the benchmark's 60–110 ms outliers).
import { afterEach, expect, it, vi } from "vitest";
import { indexStats } from "@/lib/server/job-search/statistics";

afterEach(() => {
  vi.useRealTimers();
});

it("the index's statistics are read once; past a minute a search gets the last ones at once while the next are read", async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  const first = indexStats();
  expect(indexStats()).toBe(first);
  const read = await first;
  expect(read.rows).toBeGreaterThanOrEqual(0);

  vi.setSystemTime(Date.now() + 61_000);
  // The search that finds them a minute old does not wait: it gets the last ones, and the next read starts.
  expect(indexStats()).toBe(first);
  await vi.waitFor(() => expect(indexStats()).not.toBe(first));
  const next = indexStats();
  expect((await next).rows).toBe(read.rows);
  // Read again, they are kept another minute.
  expect(indexStats()).toBe(next);
});
