// The job board's recent window against the real database: the newest matches
// of a word most postings hold are found through the text index among the last
// hours' postings alone (their publication hour is a lexeme of the search
// document: lib/domain/search-lexemes.ts), and what the window finds is
// what reading every match would: the newest, in order, on every page, as of
// any moment. In a file of its own: the engine reads the index's statistics
// once a minute, so they must be taken after the board below is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchJobs, syncJobSearch } from "@/lib/server/job-search";
import { prepareSearch, runSearchStatement } from "@/lib/server/job-search/engine";
import { seedTaxonomy } from "@/lib/server/seed";
import { JOB_RESULTS_MAX, parseJobSearch } from "@/lib/validations/job-search";
import { createOpenPostings, makeEmployer } from "./helpers";

const DAY = 86_400_000;
const POSTINGS = 4_000;
const STEP = 7 * 60_000; // one posting every 7 minutes: 19 days, across hours and days
const now = Date.now();

interface Made {
  id: string;
  otter: boolean;
  /** Every other posting is about herons too (the rest about cranes, so every title is as long). */
  heron: boolean;
  closed?: boolean;
  publishedAt: number;
  /** The top of the disclosed salary in dollars (1,500–2,500, or from 2,200 with no top), if any. */
  salaryTop: number | null;
}
let made: Made[] = [];

beforeAll(async () => {
  await seedTaxonomy();
  const { companyId } = await makeEmployer({ companyName: "Riverbank Works" });
  const role = await db.role.findUniqueOrThrow({ where: { slug: "smm-specialist-middle" }, select: { id: true } });
  // Four in five are about otters; one in five of those pays in dollars.
  made = Array.from({ length: POSTINGS }, (_, i) => ({
    id: `otter${String(i).padStart(6, "0")}`,
    otter: i % 5 !== 0,
    heron: i % 2 === 1,
    publishedAt: now - 30_000 - i * STEP,
    salaryTop: i % 10 === 3 ? 2_500 : i % 10 === 7 ? 2_200 : null,
  }));
  await createOpenPostings(
    companyId,
    made.map((p, i) => ({
      id: p.id,
      family: "SMM" as const,
      roleId: role.id,
      titleEn: `${p.otter ? "Otter" : "Beaver"} keeper ${i}${p.heron ? " and heron watcher" : " and crane watcher"}`,
      titleRu: p.otter ? `Смотритель выдр ${i}` : `Смотритель бобров ${i}`,
      workMode: "REMOTE" as const,
      country: "RU",
      ...(p.salaryTop === 2_500 ? { salaryFrom: 1_500, salaryTo: 2_500, currency: "USD" as const } : {}),
      ...(p.salaryTop === 2_200 ? { salaryFrom: 2_200, currency: "USD" as const } : {}),
      publishedAt: new Date(p.publishedAt),
      expiresAt: new Date(now + 20 * DAY),
    })),
  );
  await syncJobSearch(db, made.map((p) => p.id));
  await db.$executeRawUnsafe(`ANALYZE "PostingSearch"`);
}, 120_000);

/** What the board must show: the matching postings, newest first, published by `asOf`. */
const newest = (match: (p: Made) => boolean, asOf = now) =>
  made.filter((p) => !p.closed && match(p) && p.publishedAt <= asOf).sort((a, b) => b.publishedAt - a.publishedAt).map((p) => p.id);
const ids = async (query: string, locale: "en" | "ru" = "en") =>
  (await searchJobs(parseJobSearch(new URLSearchParams(query)), locale)).cards.map((c) => c.id);

describe("a recent window", () => {
  it("hands over the newest matches of a common word from the last hours' postings alone", async () => {
    const prepared = await prepareSearch(parseJobSearch(new URLSearchParams("q=otter")), { skillIds: [], roleId: undefined });
    // The word goes to the text index with the window's lexemes (and alone to the rank).
    const narrowing = prepared.first.sql.values.filter((v): v is string => typeof v === "string" && v.includes("'otter'"));
    expect(narrowing.some((v) => /'t\d_\d+'/.test(v))).toBe(true);
    // The window is sized from PostgreSQL's histogram of publication moments, so one statement finds the bound.
    const rows = await runSearchStatement<{ total: number }>(prepared.first);
    expect(rows[0]?.total).toBe(JOB_RESULTS_MAX + 1);
  });

  it("finds what reading every match would: the newest first, on every page, in English and Russian", async () => {
    const otters = newest((p) => p.otter);
    expect(await ids("q=otter&sort=date")).toEqual(otters.slice(0, 20));
    // Best match ranks the same newest matches (titles alike, so by small differences in length), as ranking them
    // afterwards would: the window ranks each match as it finds it.
    const best = await ids("q=otters");
    expect(best).toHaveLength(20);
    const words = Prisma.sql`(plainto_tsquery('english', 'otters') || plainto_tsquery('russian', 'otters'))`;
    const ranked = await db.$queryRaw<{ id: string }[]>`
      SELECT c."postingId" AS "id" FROM (
        SELECT "postingId", "publishedAt", "document" FROM "PostingSearch" WHERE "document" @@ ${words}
        ORDER BY "publishedAt" DESC, "postingId" DESC LIMIT ${JOB_RESULTS_MAX + 1}) c
      ORDER BY ts_rank(c."document", ${words}, 1) DESC, c."publishedAt" DESC, c."postingId" DESC LIMIT 20`;
    expect(best).toEqual(ranked.map((r) => r.id));
    expect(await ids("q=выдры&sort=date&page=2", "ru")).toEqual(otters.slice(20, 40));
    expect(await ids(`q=otter&sort=date&page=50&asof=${Math.floor(now / 1000)}`)).toEqual(otters.slice(980, 1000));
  });

  it("as of an earlier moment, starts from the postings published by then", async () => {
    const asOf = now - 2 * DAY - 17 * 60_000;
    const otters = newest((p) => p.otter, Math.floor(asOf / 1000) * 1000);
    expect(await ids(`q=otter&sort=date&page=2&asof=${Math.floor(asOf / 1000)}`)).toEqual(otters.slice(20, 40));
  });

  it("widens a window that comes up short (a word rarer lately than its statistics say), and still finds the newest", async () => {
    // The statistics (read once a minute) still count the newest 1,000 herons, which are closed since.
    const gone = made.filter((p, i) => p.heron && i < 2_000);
    await db.jobPosting.updateMany({ where: { id: { in: gone.map((p) => p.id) } }, data: { status: "CLOSED" } });
    await syncJobSearch(db, gone.map((p) => p.id));
    for (const p of gone) p.closed = true;
    const herons = newest((p) => p.heron);
    const prepared = await prepareSearch(parseJobSearch(new URLSearchParams("q=heron&sort=date")), { skillIds: [], roleId: undefined });
    const first = (await runSearchStatement<{ total: number }>(prepared.first))[0]?.total ?? 0;
    expect(first).toBeLessThan(JOB_RESULTS_MAX + 1);
    expect(prepared.next(first)).not.toBeNull();
    expect(await ids("q=heron&sort=date")).toEqual(herons.slice(0, 20));
    expect(await ids("q=heron&sort=date&page=20")).toEqual(herons.slice(380, 400));
  });

  it("narrows by salary floors without losing a posting at the edge, a top or only a lower bound", async () => {
    const paid = (from: number) => newest((p) => p.otter && (p.salaryTop ?? 0) >= from);
    expect(paid(2_200).length).toBeGreaterThan(300); // the newest herons among them are closed by now
    expect(await ids("q=otter&salary=2200&currency=usd&sort=date")).toEqual(paid(2_200).slice(0, 20));
    expect(await ids("q=otter&salary=2200&currency=usd&sort=date&page=15")).toEqual(paid(2_200).slice(280, 300));
    expect(await ids("q=otter&salary=2500&currency=usd&sort=date&page=2")).toEqual(paid(2_500).slice(20, 40));
    expect(await ids("q=otter&salary=2501&currency=usd")).toEqual([]);
    expect(await ids("q=otter&salary=2200&currency=eur")).toEqual([]);
  });

  it("keeps to the days a 'posted within' filter allows, in one statement when they are fewer than the window", async () => {
    const lastDay = newest((p) => p.otter && p.publishedAt >= now - DAY);
    expect(await ids("q=otter&posted=1&sort=date&page=2")).toEqual(lastDay.slice(20, 40));
    // Seven days hold fewer otters than a window would (about nine days): the window is those days, and nothing older can match.
    const week = newest((p) => p.otter && p.publishedAt >= now - 7 * DAY);
    const prepared = await prepareSearch(parseJobSearch(new URLSearchParams("q=otter&posted=7&sort=date")), { skillIds: [], roleId: undefined });
    expect(prepared.first.sql.values.some((v) => typeof v === "string" && /'t\d_\d+'/.test(v))).toBe(true);
    expect(prepared.next(0)).toBeNull();
    expect(await ids("q=otter&posted=7&sort=date&page=3")).toEqual(week.slice(40, 60));
  });
});
