// The public job board's search (lib/server/job-search) against the real
// database: word forms in Russian and English, filters alone and combined,
// only open postings, pages that new postings do not shift, hostile text,
// and the bound past which the count is an estimate.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDemoPostings } from "@/lib/server/demo-postings";
import { searchJobs, syncJobSearch } from "@/lib/server/job-search";
import { runPostingLifecycle } from "@/lib/server/postings/lifecycle";
import { getPublicJob } from "@/lib/server/postings/public";
import { approvePosting, closePosting } from "@/lib/server/postings/status";
import { seedTaxonomy } from "@/lib/server/seed";
import type { SessionUser } from "@/lib/server/sessions";
import { parseJobSearch, JOB_RESULTS_MAX } from "@/lib/validations/job-search";
import { createOpenPosting, createOpenPostings, makeAdmin, makeCandidate, makeEmployer, signInAs } from "./helpers";

const DAY = 86_400_000;
let companyId: string;
let owner: SessionUser;
let admin: SessionUser;
let demoCount: number;

const search = (query: string) => searchJobs(parseJobSearch(new URLSearchParams(query)), "en");
const titles = async (query: string, locale: "en" | "ru" = "en") =>
  (await searchJobs(parseJobSearch(new URLSearchParams(query)), locale)).cards.map((c) => c.title);

beforeAll(async () => {
  await seedTaxonomy();
  const employer = await makeEmployer({ companyName: "Board Test Co" });
  companyId = employer.companyId;
  owner = await signInAs(employer);
  admin = await signInAs(await makeAdmin());
  demoCount = await db.$transaction((tx) => createDemoPostings(tx, companyId));
});

/** A posting written straight into the table, in any status, then handed to the index as every status change does. */
async function posting(data: { status: "DRAFT" | "SUBMITTED" | "REJECTED" | "PUBLISHED" | "CLOSED" | "EXPIRED"; titleEn: string; titleRu?: string; publishedAt?: Date; expiresAt?: Date; descriptionEn?: string }) {
  const role = await db.role.findUniqueOrThrow({ where: { slug: "community-manager-middle" }, select: { id: true } });
  const published = data.status !== "DRAFT" && data.status !== "SUBMITTED" && data.status !== "REJECTED";
  // The open posting's defaults, with the status and its dates overridden (none before publication).
  const id = await createOpenPosting(companyId, {
    status: data.status,
    roleId: role.id,
    titleEn: data.titleEn,
    titleRu: data.titleRu ?? "",
    descriptionEn: data.descriptionEn ?? "",
    workMode: "REMOTE",
    country: "RU",
    publishedAt: published ? (data.publishedAt ?? new Date()) : null,
    expiresAt: published ? (data.expiresAt ?? new Date(Date.now() + 10 * DAY)) : null,
  });
  await syncJobSearch(db, [id]);
  return id;
}

describe("the demo board", () => {
  it("has a few dozen open postings, SMM and community, some remote, some with salaries", async () => {
    expect(demoCount).toBeGreaterThanOrEqual(30);
    const all = await search("");
    expect(all.total).toBe(demoCount);
    expect(all.exact).toBe(true);
    expect((await search("family=smm")).total).toBeGreaterThan(5);
    expect((await search("family=community")).total).toBeGreaterThan(5);
    expect((await search("mode=remote")).total).toBeGreaterThan(3);
  });
});

describe("words in Russian and English", () => {
  it("finds a Russian word in another form: комьюнити-менеджера, сообществами", async () => {
    const found = await titles("q=комьюнити-менеджера", "ru");
    expect(found.length).toBeGreaterThan(3);
    expect(found).toContain("Комьюнити-менеджер амбассадорской программы");
    expect(await titles("q=сообществами", "ru")).toContain("Менеджер онлайн-сообщества фитнес-приложения");
    expect(await titles("q=стажёра", "ru")).toEqual(["Стажёр SMM"]);
  });

  it("finds an English word in another form: managing → manager, communities → community", async () => {
    expect(await titles("q=managing")).toContain("Head of community managers");
    expect(await titles("q=communities")).toContain("Senior community manager for brand clubs");
    expect(await titles("q=interns")).toEqual(["SMM intern"]);
  });

  it("needs every word, in either language, and ranks a title above a mention in the text", async () => {
    const both = await titles("q=SMM Telegram");
    expect(both[0]).toBe("SMM specialist: Telegram and VK");
    const mixed = await titles("q=Discord старший");
    expect(mixed).toContain("Senior SMM specialist, YouTube and Discord");
    expect(await titles("q=Discord nonexistentword")).toEqual([]);
  });

  it("searches hostile or odd text as plain words, never failing", async () => {
    const hostile = [
      "!", "!!", "&", "|", "(", ")", ":*", "'", "''", '"', "\\", "%", "%%", "_", "a & b | !c", "manager:*", "<->", "менеджер <-> smm",
      "'; DROP TABLE \"JobPosting\"; --", "\u0000", "smm\u0000менеджер", "x".repeat(10_000), "слово ".repeat(2_000), "🙂", "ｓｍｍ", "the", "и",
      "SMMменеджер", "C++", "-", "--", "a-b-c-d",
    ];
    for (const q of hostile) {
      const result = await searchJobs(parseJobSearch({ q }), "ru");
      expect(result.total, JSON.stringify(q.slice(0, 30))).toBeGreaterThanOrEqual(0);
    }
    expect((await titles("q=ｓｍｍ intern"))).toEqual(["SMM intern"]);
    expect((await search("q=the")).total).toBe(0);
  });
});

describe("filters", () => {
  it("combine: family, level, work mode, country, salary, skill, role, posted within", async () => {
    const cards = async (query: string) => (await searchJobs(parseJobSearch(new URLSearchParams(query)), "en")).cards;
    const ids = async (query: string) => new Set((await cards(query)).map((c) => c.id));
    const remoteCommunity = await db.jobPosting.findMany({
      where: { status: "PUBLISHED", family: "COMMUNITY", workMode: "REMOTE" },
      select: { id: true },
    });
    expect(await ids("family=community&mode=remote")).toEqual(new Set(remoteCommunity.map((r) => r.id)));

    const rub = await cards("salary=150000&currency=rub");
    expect(rub.length).toBeGreaterThan(0);
    for (const c of rub) expect(c.salary?.currency === "RUB" && Math.max(c.salary.from ?? 0, c.salary.to ?? 0) >= 150_000).toBe(true);

    const seniorOrLead = await cards("level=senior&level=lead&family=community");
    expect(seniorOrLead.map((c) => c.roleLabel).sort()).toEqual(
      expect.arrayContaining(["Senior community manager", "Community team lead"]),
    );
    for (const c of seniorOrLead) expect(["Senior community manager", "Community team lead"]).toContain(c.roleLabel);

    const kz = await cards("country=kz");
    expect(kz.length).toBeGreaterThan(0);
    for (const c of kz) expect(c.country).toBe("KZ");

    const lead = await cards("role=community-lead");
    expect(lead.length).toBe(3);
    expect(await cards("role=no-such-role")).toEqual([]);

    const withSkill = await db.postingSkill.findFirstOrThrow({ where: { posting: { companyId } }, select: { skill: { select: { slug: true, id: true } } } });
    const skilled = await ids(`skill=${withSkill.skill.slug}`);
    const expected = await db.jobPosting.findMany({ where: { status: "PUBLISHED", skills: { some: { skillId: withSkill.skill.id } } }, select: { id: true } });
    expect(skilled).toEqual(new Set(expected.map((r) => r.id)));

    const today = await cards("posted=1");
    for (const c of today) expect(Date.now() - new Date(c.publishedAt).getTime()).toBeLessThanOrEqual(DAY);
    expect(today.length).toBeLessThan(demoCount);

    const narrowed = await cards("q=менеджер&family=community&mode=remote&currency=usd&salary=2000");
    expect(narrowed.map((c) => c.title)).toEqual(expect.arrayContaining(["Community manager for a multiplayer game"]));
    for (const c of narrowed) expect(c.salary?.currency).toBe("USD");
  });
});

describe("only open postings are public", () => {
  it("never finds a draft, submitted, rejected, closed or expired posting, nor one past its end", async () => {
    for (const status of ["DRAFT", "SUBMITTED", "REJECTED", "CLOSED", "EXPIRED"] as const) {
      await posting({ status, titleEn: `Zanzibarian ${status.toLowerCase()} steward` });
    }
    await posting({ status: "PUBLISHED", titleEn: "Zanzibarian lapsed steward", publishedAt: new Date(Date.now() - 40 * DAY), expiresAt: new Date(Date.now() - DAY) });
    await posting({ status: "PUBLISHED", titleEn: "Zanzibarian open steward" });
    expect(await titles("q=zanzibarian")).toEqual(["Zanzibarian open steward"]);
  });

  it("follows moderation and the lifecycle: approved appears, closed and expired disappear", async () => {
    const id = await posting({ status: "SUBMITTED", titleEn: "Quokka wrangler" });
    expect(await titles("q=quokka")).toEqual([]);
    expect((await approvePosting(admin, id)).ok).toBe(true);
    expect(await titles("q=quokka")).toEqual(["Quokka wrangler"]);
    expect((await closePosting(owner, id)).ok).toBe(true);
    expect(await titles("q=quokka")).toEqual([]);

    const later = await posting({ status: "SUBMITTED", titleEn: "Quokka keeper" });
    expect((await approvePosting(admin, later)).ok).toBe(true);
    expect(await titles("q=quokka")).toEqual(["Quokka keeper"]);
    // Its end comes (the demo postings' does not): the lifecycle expires it and takes it off the board.
    await db.jobPosting.update({ where: { id: later }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const run = await runPostingLifecycle();
    expect(run.expired).toContain(later);
    expect(await titles("q=quokka")).toEqual([]);
    // The expired posting keeps its page, marked so, for links already shared; the closed one has none for the public.
    expect(await getPublicJob(null, later, "en")).toMatchObject({ status: "EXPIRED", isOpen: false, isPublic: true });
    expect(await getPublicJob(null, id, "en")).toBeNull();
    expect(await getPublicJob(owner, id, "en")).toMatchObject({ status: "CLOSED", isPublic: false });
    expect(await getPublicJob(admin, id, "en")).toMatchObject({ status: "CLOSED", isPublic: false });
  });

  it("shows a posting that is not public to its own company and admins only (another company, a candidate: not found)", async () => {
    const draft = await posting({ status: "DRAFT", titleEn: "Unfinished draft" });
    const rejected = await posting({ status: "REJECTED", titleEn: "Sent back" });
    const other = await signInAs(await makeEmployer({ companyName: "Another Co" }));
    const candidate = await signInAs(await makeCandidate());
    for (const id of [draft, rejected]) {
      expect(await getPublicJob(null, id, "en"), "anonymous").toBeNull();
      expect(await getPublicJob(other, id, "en"), "another company").toBeNull();
      expect(await getPublicJob(candidate, id, "en"), "a candidate").toBeNull();
      expect(await getPublicJob(owner, id, "en"), "its company").not.toBeNull();
    }
    // Admins see what was submitted (moderation), never a company's draft.
    expect(await getPublicJob(admin, rejected, "en")).not.toBeNull();
    expect(await getPublicJob(admin, draft, "en")).toBeNull();
  });
});

describe("pages", () => {
  it("keep their content when new postings arrive (pages after the first are as of the first)", async () => {
    const first = await search("sort=date");
    expect(first.pageCount).toBeGreaterThan(1);
    const second = await search(`sort=date&page=2&asof=${first.asOf}`);
    await new Promise((r) => setTimeout(r, 1100));
    for (let i = 0; i < 3; i++) await posting({ status: "PUBLISHED", titleEn: `Fresh arrival ${i}` });
    const secondAgain = await search(`sort=date&page=2&asof=${first.asOf}`);
    expect(secondAgain.cards.map((c) => c.id)).toEqual(second.cards.map((c) => c.id));
    const seen = [...first.cards, ...second.cards].map((c) => c.id);
    expect(new Set(seen).size).toBe(seen.length);
    // A fresh first page shows the new ones on top.
    expect((await search("")).cards.slice(0, 3).map((c) => c.title).sort()).toEqual(["Fresh arrival 0", "Fresh arrival 1", "Fresh arrival 2"]);
  });

  it("past the bound, the count is an estimate and only the first results can be paged", async () => {
    const role = await db.role.findUniqueOrThrow({ where: { slug: "smm-specialist-middle" }, select: { id: true } });
    const now = Date.now();
    const ids = await createOpenPostings(
      companyId,
      Array.from({ length: JOB_RESULTS_MAX + 50 }, (_, i) => ({
        id: `bulkpost${String(i).padStart(6, "0")}`,
        family: "SMM" as const,
        roleId: role.id,
        titleEn: `Walrus herder ${i}`,
        titleRu: `Пастух моржей ${i}`,
        workMode: "REMOTE" as const,
        country: "RU",
        publishedAt: new Date(now - i * 1000),
        expiresAt: new Date(now + 20 * DAY),
      })),
    );
    await syncJobSearch(db, ids);
    await db.$executeRawUnsafe(`ANALYZE "PostingSearch"`);
    const result = await search("q=моржей");
    expect(result.exact).toBe(false);
    expect(result.total).toBeGreaterThan(JOB_RESULTS_MAX);
    expect(result.pageCount).toBe(JOB_RESULTS_MAX / 20);
    const last = await search(`q=моржей&page=50&asof=${result.asOf}`);
    expect(last.cards).toHaveLength(20);
    expect((await search("q=моржей&page=51")).cards).toHaveLength(20); // read as the last page
  });
});
