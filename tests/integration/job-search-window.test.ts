// The job board's recent window against the real database: the newest matches
// of a word most postings hold are found through the text index among the last
// hours' postings alone (their publication hour is a lexeme of the search
// document: lib/domain/search-window.ts), and what the window finds is
// what reading every match would: the newest, in order, on every page, as of
// any moment. In a file of its own: the engine reads the index's statistics
// once a minute, so they must be taken after the board below is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { searchJobs, syncJobSearch } from "@/lib/server/job-search";
import { prepareSearch, runSearchStatement } from "@/lib/server/job-search/engine";
import { seedTaxonomy } from "@/lib/server/seed";
import { JOB_RESULTS_MAX, parseJobSearch } from "@/lib/validations/job-search";
import { makeEmployer } from "./helpers";

const DAY = 86_400_000;
const POSTINGS = 4_000;
const STEP = 7 * 60_000; // one posting every 7 minutes: 19 days, across hours and days
const now = Date.now();

interface Made {
  id: string;
  otter: boolean;
  publishedAt: number;
  salary: boolean;
}
let made: Made[] = [];

beforeAll(async () => {
  await seedTaxonomy();
  const { companyId } = await makeEmployer({ companyName: "Riverbank Works" });
  const role = await db.role.findUniqueOrThrow({ where: { slug: "smm-specialist-middle" }, select: { id: true } });
  // Four in five are about otters; one in ten of those pays in dollars.
  made = Array.from({ length: POSTINGS }, (_, i) => ({ id: `otter${String(i).padStart(6, "0")}`, otter: i % 5 !== 0, publishedAt: now - 30_000 - i * STEP, salary: i % 10 === 3 }));
  await db.jobPosting.createMany({
    data: made.map((p, i) => ({
      id: p.id,
      companyId,
      status: "PUBLISHED" as const,
      family: "SMM" as const,
      roleId: role.id,
      titleEn: p.otter ? `Otter keeper ${i}` : `Beaver keeper ${i}`,
      titleRu: p.otter ? `Смотритель выдр ${i}` : `Смотритель бобров ${i}`,
      responsibilitiesEn: [],
      responsibilitiesRu: [],
      kpisEn: [],
      kpisRu: [],
      channelsEn: [],
      channelsRu: [],
      workMode: "REMOTE" as const,
      country: "RU",
      ...(p.salary ? { salaryFrom: 1500, salaryTo: 2500, currency: "USD" as const } : {}),
      publishedAt: new Date(p.publishedAt),
      expiresAt: new Date(now + 20 * DAY),
    })),
  });
  await syncJobSearch(db, made.map((p) => p.id));
  await db.$executeRawUnsafe(`ANALYZE "PostingSearch"`);
}, 120_000);

/** What the board must show: the matching postings, newest first, published by `asOf`. */
const newest = (match: (p: Made) => boolean, asOf = now) =>
  made.filter((p) => match(p) && p.publishedAt <= asOf).sort((a, b) => b.publishedAt - a.publishedAt).map((p) => p.id);
const ids = async (query: string, locale: "en" | "ru" = "en") =>
  (await searchJobs(parseJobSearch(new URLSearchParams(query)), locale)).cards.map((c) => c.id);

describe("a recent window", () => {
  it("hands over the newest matches of a common word from the last hours' postings alone", async () => {
    const prepared = await prepareSearch(parseJobSearch(new URLSearchParams("q=otter")), { skillIds: [], roleId: undefined });
    const narrowing = prepared.first.sql.values.find((v): v is string => typeof v === "string" && v.includes("'otter'"));
    expect(narrowing).toMatch(/'t\d_\d+'/);
    // The window is sized from PostgreSQL's histogram of publication moments, so one statement finds the bound.
    const rows = await runSearchStatement<{ total: number }>(prepared.first);
    expect(rows[0]?.total).toBe(JOB_RESULTS_MAX + 1);
  });

  it("finds what reading every match would: the newest first, on every page, in English and Russian", async () => {
    const otters = newest((p) => p.otter);
    expect(await ids("q=otter&sort=date")).toEqual(otters.slice(0, 20));
    expect(await ids("q=otters")).toEqual(otters.slice(0, 20)); // best match: every title ranks alike, so newest first
    expect(await ids("q=выдры&sort=date&page=2", "ru")).toEqual(otters.slice(20, 40));
    expect(await ids(`q=otter&sort=date&page=50&asof=${Math.floor(now / 1000)}`)).toEqual(otters.slice(980, 1000));
  });

  it("as of an earlier moment, starts from the postings published by then", async () => {
    const asOf = now - 2 * DAY - 17 * 60_000;
    const otters = newest((p) => p.otter, Math.floor(asOf / 1000) * 1000);
    expect(await ids(`q=otter&sort=date&page=2&asof=${Math.floor(asOf / 1000)}`)).toEqual(otters.slice(20, 40));
  });

  it("widens when a filter the index does not hold leaves the window short, and still finds the newest", async () => {
    const paid = newest((p) => p.otter && p.salary);
    const prepared = await prepareSearch(parseJobSearch(new URLSearchParams("q=otter&salary=2000&currency=usd")), { skillIds: [], roleId: undefined });
    const first = (await runSearchStatement<{ total: number }>(prepared.first))[0]?.total ?? 0;
    expect(first).toBeLessThan(JOB_RESULTS_MAX + 1);
    expect(prepared.next(first)).not.toBeNull();
    expect(await ids("q=otter&salary=2000&currency=usd&sort=date")).toEqual(paid.slice(0, 20));
    expect(await ids("q=otter&salary=2000&currency=usd&sort=date&page=20")).toEqual(paid.slice(380, 400));
  });
});
