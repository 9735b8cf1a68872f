// Saved jobs, saved searches and their alerts against the real database: a
// search kept in one canonical form, the candidate's own rows only, and each
// new matching posting alerted once, also with two workers at the same moment.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { syncJobSearch } from "@/lib/server/job-search/sync";
import { runSearchAlerts } from "@/lib/server/search-alerts";
import { deleteSavedSearch, listSavedJobs, listSavedSearches, saveSearch, setJobSaved, setSearchNotify } from "@/lib/server/saved";
import { seedTaxonomy } from "@/lib/server/seed";
import type { SessionUser } from "@/lib/server/sessions";
import { concurrencyTest } from "./databases";
import { createOpenPosting, makeCandidate, makeEmployer, signInAs } from "./helpers";

const DAY = 86_400_000;
let companyId: string;
let anna: SessionUser;
let boris: SessionUser;

beforeAll(async () => {
  await seedTaxonomy();
  companyId = (await makeEmployer({ companyName: "Alerts Co" })).companyId;
  anna = await signInAs(await makeCandidate({ name: "Анна" }));
  boris = await signInAs(await makeCandidate({ name: "Борис" }));
});

/** An open posting, indexed for the board as publishing does. */
async function publish(titleEn: string, titleRu: string, publishedAt = new Date()): Promise<string> {
  const role = await db.role.findUniqueOrThrow({ where: { slug: "community-manager-middle" }, select: { id: true } });
  const id = await createOpenPosting(companyId, { roleId: role.id, titleEn, titleRu, workMode: "REMOTE", country: "RU", publishedAt });
  await syncJobSearch(db, [id]);
  return id;
}

describe("saved jobs", () => {
  it("saves an open job once, lists it, and takes it off; a closed one cannot be saved", async () => {
    const id = await publish("Moderator of a book club", "Модератор книжного клуба");
    expect(await setJobSaved(anna, id, true)).toEqual({ ok: true, value: null });
    expect(await setJobSaved(anna, id, true)).toEqual({ ok: true, value: null });
    expect((await listSavedJobs(anna, "ru")).map((j) => j.title)).toEqual(["Модератор книжного клуба"]);
    expect(await listSavedJobs(boris, "ru")).toEqual([]);
    expect(await setJobSaved(anna, id, false)).toEqual({ ok: true, value: null });
    expect(await listSavedJobs(anna, "ru")).toEqual([]);
    await db.jobPosting.update({ where: { id }, data: { status: "CLOSED" } });
    expect(await setJobSaved(anna, id, true)).toEqual({ ok: false, error: "errors.application.postingClosed" });
  });
});

describe("saved searches", () => {
  it("keeps a search in its canonical form (page, sort and window left out), once", async () => {
    const a = await saveSearch(anna, "q=%D0%BA%D0%BE%D1%84%D0%B5&mode=remote&page=3&asof=1&posted=7&sort=date");
    const b = await saveSearch(anna, "mode=remote&q=кофе");
    expect(a).toEqual(b);
    const mine = await listSavedSearches(anna);
    expect(mine.map((s) => s.query)).toContain("q=%D0%BA%D0%BE%D1%84%D0%B5&mode=remote");
    expect(mine.find((s) => s.query.includes("mode=remote"))?.search.workModes).toEqual(["REMOTE"]);
  });

  it("lets only its owner switch or delete it", async () => {
    const saved = await saveSearch(anna, "family=smm");
    const id = saved.ok ? saved.value.searchId : "";
    expect(await setSearchNotify(boris, id, false)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await deleteSavedSearch(boris, id)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await setSearchNotify(anna, id, false)).toEqual({ ok: true, value: null });
    expect(await deleteSavedSearch(anna, id)).toEqual({ ok: true, value: null });
    expect((await listSavedSearches(anna)).some((s) => s.id === id)).toBe(false);
  });
});

describe("alerts", () => {
  const noticesOf = (user: SessionUser) => db.notice.findMany({ where: { userId: user.id, kind: "SEARCH_ALERT" }, select: { data: true } });

  it("announce postings published after the search was saved, each once", async () => {
    const viktor = await signInAs(await makeCandidate({ name: "Виктор" }));
    await publish("Barista community host (old)", "Ведущий сообщества бариста (старая)", new Date(Date.now() - 2 * DAY));
    const saved = await saveSearch(viktor, "q=barista");
    expect(saved.ok).toBe(true);
    // Saved after the old posting: nothing to announce yet.
    await runSearchAlerts();
    expect(await noticesOf(viktor)).toEqual([]);

    await publish("Barista community host", "Ведущий сообщества бариста");
    await publish("Moderator for gardeners", "Модератор для садоводов");
    await runSearchAlerts();
    const notices = await noticesOf(viktor);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.data).toMatchObject({ count: "1", query: "q=barista" });
    // Viktor's language is English (the account's default): the list names the English title.
    expect(String((notices[0]!.data as { list: string }).list)).toContain("Barista community host");

    // Run again: nothing new, nothing sent.
    await runSearchAlerts();
    expect(await noticesOf(viktor)).toHaveLength(1);

    // Alerts off: a new match is not announced.
    await setSearchNotify(viktor, saved.ok ? saved.value.searchId : "", false);
    await publish("Barista meetup organiser", "Организатор встреч бариста");
    await runSearchAlerts();
    expect(await noticesOf(viktor)).toHaveLength(1);
  });

  concurrencyTest("two workers at the same moment send each alert once", async () => {
    const galina = await signInAs(await makeCandidate({ name: "Галина" }));
    await saveSearch(galina, "q=florist");
    await publish("Florist community lead", "Лидер сообщества флористов");
    await Promise.all([runSearchAlerts(), runSearchAlerts(), runSearchAlerts()]);
    expect(await noticesOf(galina)).toHaveLength(1);
    const search = await db.savedSearch.findFirstOrThrow({ where: { userId: galina.id }, select: { _count: { select: { alerts: true } } } });
    expect(search._count.alerts).toBe(1);
  });
});
