// The candidate's background and career map (lib/server/career) against the
// real database: suggestions from pasted Russian and English text with the
// text-search dictionaries, the background readable and writable only by its
// candidate, a refused save that stores nothing, the map's fit and
// "you are here", and skill merges carrying candidates' skills along.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMySkill, getMyBackground, saveMyBackground, setMyTargetRole } from "@/lib/server/career/background";
import { getMyCareerMap } from "@/lib/server/career/map";
import { suggestBackground } from "@/lib/server/career/suggest";
import { seedTaxonomy } from "@/lib/server/seed";
import type { SessionUser } from "@/lib/server/sessions";
import { mergeSkills } from "@/lib/server/taxonomy/merge";
import { zBackgroundInput, type BackgroundValues } from "@/lib/validations/career";
import { makeAdmin, makeCandidate, makeEmployer, signInAs } from "./helpers";

let ids: { roles: Map<string, string>; skills: Map<string, string> };
let alice: SessionUser;
let bob: SessionUser;

beforeAll(async () => {
  await seedTaxonomy();
  const [roles, skills] = await Promise.all([db.role.findMany({ select: { id: true, slug: true } }), db.skill.findMany({ select: { id: true, slug: true } })]);
  ids = { roles: new Map(roles.map((r) => [r.slug, r.id])), skills: new Map(skills.map((s) => [s.slug, s.id])) };
  alice = await signInAs(await makeCandidate());
  bob = await signInAs(await makeCandidate());
});

const role = (slug: string) => ids.roles.get(slug)!;
const skill = (slug: string) => ids.skills.get(slug)!;
const slugOf = (id: string) => [...ids.skills].find(([, v]) => v === id)?.[0] ?? [...ids.roles].find(([, v]) => v === id)?.[0];

function background(values: Partial<BackgroundValues>) {
  return zBackgroundInput.parse({ roles: [], skills: [], workMode: null, languages: [], salaryFrom: null, currency: null, discoverable: false, ...values });
}

describe("suggestions from pasted text", () => {
  const suggested = async (text: string, mode: "text" | "title" = "text") => {
    const s = await suggestBackground({ text, mode }, "en");
    return { skills: s.skills.map((x) => slugOf(x.id)), roles: s.roles.map((x) => slugOf(x.id)) };
  };

  it("finds skills and roles in a Russian CV by their word forms", async () => {
    const s = await suggested(
      "Три года работала модератором сообществ в Telegram: разрешала конфликты, следила за правилами. " +
        "Организовывала офлайн-встречи и мероприятия для участников, вела публичные выступления.",
    );
    expect(s.roles).toEqual(["moderator"]);
    // "разрешала конфликты" is "разрешение конфликтов" (a verb and a noun of one family), "мероприятия" is "мероприятий".
    expect(s.skills).toEqual(expect.arrayContaining(["conflict-resolution", "event-organisation", "offline-meetups", "online-moderation-techniques"]));
    expect(s.skills).toHaveLength(4);
  });

  it("finds skills in an English CV", async () => {
    const s = await suggested("I moderated online forums, resolved conflicts between members and organised events and meetups. Public speaking at conferences.");
    expect(s.skills).toEqual(expect.arrayContaining(["conflict-resolution", "event-organisation", "offline-meetups"]));
    expect(s.skills).toHaveLength(3);
    expect(s.roles).toEqual([]);
  });

  it("suggests nothing from text without taxonomy words", async () => {
    expect(await suggested("Люблю кошек, готовлю борщ и катаюсь на велосипеде по выходным.")).toEqual({ skills: [], roles: [] });
  });

  it("maps a job title onto the closest role, in either language", async () => {
    expect((await suggested("Модератор чата", "title")).roles[0]).toBe("moderator");
    expect((await suggested("community manager", "title")).roles[0]).toBe("community-manager-middle");
    expect((await suggested("Старший SMM-менеджер", "title")).roles).toContain("smm-specialist-senior");
    expect((await suggested("водитель погрузчика", "title")).roles).toEqual([]);
  });
});

describe("the background", () => {
  it("is saved whole and read back by its candidate only", async () => {
    const saved = await saveMyBackground(
      alice,
      background({
        roles: [{ roleId: role("moderator"), title: "Модератор чата", years: 3, current: true }],
        skills: [
          { skillId: skill("conflict-resolution"), level: 4, evidence: "https://example.com/case" },
          { skillId: skill("event-organisation"), level: 3, evidence: "" },
        ],
        workMode: "REMOTE",
        languages: ["ru", "en"],
        salaryFrom: 120000,
        currency: "RUB",
      }),
    );
    expect(saved).toEqual({ ok: true, value: null });
    const mine = await getMyBackground(alice);
    expect(mine?.roles).toEqual([{ roleId: role("moderator"), title: "Модератор чата", years: 3, current: true }]);
    expect(mine?.skills.map((s) => [s.skillId, s.level, s.evidence])).toEqual([
      [skill("conflict-resolution"), 4, "https://example.com/case"],
      [skill("event-organisation"), 3, null],
    ]);
    expect(mine).toMatchObject({ workMode: "REMOTE", languages: ["ru", "en"], salaryFrom: 120000, currency: "RUB", discoverable: false });
    // Bob reads his own (empty) background, never Alice's, and his saves touch only his rows.
    expect((await getMyBackground(bob))?.skills).toEqual([]);
    await saveMyBackground(bob, background({ skills: [{ skillId: skill("copywriting"), level: 2, evidence: null }] }));
    expect((await getMyBackground(alice))?.skills).toHaveLength(2);
  });

  it("is not a thing employers or admins have", async () => {
    const employer = await signInAs(await makeEmployer());
    const admin = await signInAs(await makeAdmin());
    for (const actor of [employer, admin]) {
      expect(await getMyBackground(actor)).toBeNull();
      expect(await saveMyBackground(actor, background({}))).toEqual({ ok: false, error: "errors.notFound" });
      expect(await getMyCareerMap(actor, "en")).toBeNull();
    }
    expect(await db.candidateSkill.count({ where: { userId: { in: [employer.id, admin.id] } } })).toBe(0);
  });

  it("refuses an unknown or deprecated role or skill with a field error and stores nothing", async () => {
    const before = await getMyBackground(alice);
    const deprecated = await db.skill.create({
      data: { slug: "retired-skill-x", groupId: (await db.skillGroup.findFirstOrThrow()).id, type: "SKILL", labelEn: "Retired", labelRu: "Снят", descriptionEn: "", descriptionRu: "", status: "DEPRECATED" },
    });
    const result = await saveMyBackground(
      alice,
      background({
        roles: [{ roleId: "nonexistent-role", title: null, years: 1, current: false }],
        skills: [{ skillId: skill("copywriting"), level: 2, evidence: null }, { skillId: deprecated.id, level: 3, evidence: null }],
      }),
    );
    expect(result).toEqual({
      ok: false,
      error: "errors.invalidInput",
      fieldErrors: { "roles.0.roleId": "errors.career.unknownRole", "skills.1.skillId": "errors.career.unknownSkill" },
    });
    expect(await getMyBackground(alice)).toEqual(before);
  });

  it("refuses bad input in the schema: evidence links other than http(s), duplicates, a salary without currency, levels out of range", () => {
    const bad = (values: Partial<BackgroundValues>) => zBackgroundInput.safeParse({ roles: [], skills: [], workMode: null, languages: [], salaryFrom: null, currency: null, discoverable: false, ...values }).success;
    const s = (evidence: string | null, level: number = 3, id = "abc") => ({ skillId: id, level, evidence });
    expect(bad({ skills: [s("javascript:alert(1)")] })).toBe(false);
    expect(bad({ skills: [s("data:text/html,x")] })).toBe(false);
    expect(bad({ skills: [s("two\nlines")] })).toBe(false);
    expect(bad({ skills: [s("Ran a 5,000-member Telegram chat")] })).toBe(true);
    expect(bad({ skills: [s(null), s(null)] })).toBe(false);
    expect(bad({ skills: [s(null, 6)] })).toBe(false);
    expect(bad({ skills: [s(null, 0)] })).toBe(false);
    expect(bad({ salaryFrom: 100000 })).toBe(false);
    expect(bad({ roles: [{ roleId: "abc", title: null, years: 51, current: false }] })).toBe(false);
    expect(bad({ roles: [{ roleId: "abc", title: null, years: -1, current: false }] })).toBe(false);
  });
});

describe("the career map", () => {
  it("places a former moderator who organises events, and shows the step to community management", async () => {
    const map = (await getMyCareerMap(alice, "en"))!;
    expect(map.here).toMatchObject({ roleId: role("moderator"), reasons: ["current", "fit"] });
    const junior = map.roles.find((r) => r.slug === "community-manager-junior")!;
    expect(junior.step).toMatchObject({ distance: 1, kind: "HORIZONTAL" });
    expect(junior.fit).toBeGreaterThan(0);
    expect(junior.fit).toBeLessThan(100);
    expect(junior.matched.map((m) => m.skillId)).toContain(skill("conflict-resolution"));
    // The most important gap comes first: an essential one.
    expect(junior.gaps[0]?.importance).toBe("ESSENTIAL");
    const lead = map.roles.find((r) => r.slug === "community-lead")!;
    expect(lead.step).toMatchObject({ distance: 4, kind: "VERTICAL" });
    // A feeder profession is not reachable from the moderator: nothing leads back down.
    expect(map.roles.find((r) => r.slug === "teacher-trainer")!.step).toBeNull();
    // Russian labels for the same map.
    const ru = (await getMyCareerMap(alice, "ru"))!;
    expect(ru.here?.label).toBe("Модератор сообществ");
  });

  it("rises when a missing skill from the gap plan is added", async () => {
    const target = role("community-lead");
    expect(await setMyTargetRole(alice, { roleId: target })).toEqual({ ok: true, value: null });
    const before = (await getMyCareerMap(alice, "en"))!;
    expect(before.targetRoleId).toBe(target);
    const lead = before.roles.find((r) => r.id === target)!;
    const first = lead.gaps.find((g) => g.level === null)!;
    expect(await addMySkill(alice, { skillId: first.skillId, level: first.minLevel })).toEqual({ ok: true, value: null });
    const after = (await getMyCareerMap(alice, "en"))!.roles.find((r) => r.id === target)!;
    expect(after.fit!).toBeGreaterThan(lead.fit!);
    expect(after.matched.map((m) => m.skillId)).toContain(first.skillId);
    expect(await setMyTargetRole(alice, { roleId: "nonexistent-role" })).toEqual({ ok: false, error: "errors.career.unknownRole" });
  });

  it("has no placement for an empty background", async () => {
    const carol = await signInAs(await makeCandidate());
    const map = (await getMyCareerMap(carol, "en"))!;
    expect(map.here).toBeNull();
    expect(map.roles.every((r) => r.fit === 0 || r.fit === null)).toBe(true);
  });
});

describe("the taxonomy and candidates' backgrounds", () => {
  it("a merge moves candidates' skills to the kept one, keeping the higher level; a used skill or role cannot be deleted", async () => {
    const admin = await signInAs(await makeAdmin());
    const group = await db.skillGroup.findFirstOrThrow();
    const make = (slug: string) =>
      db.skill.create({ data: { slug, groupId: group.id, type: "SKILL", labelEn: slug, labelRu: slug, descriptionEn: "", descriptionRu: "" } });
    const [keep, merge] = [await make("merge-keep-x"), await make("merge-away-x")];
    const dave = await signInAs(await makeCandidate());
    await saveMyBackground(dave, background({ skills: [{ skillId: keep.id, level: 2, evidence: null }, { skillId: merge.id, level: 4, evidence: "проект" }] }));
    const result = await mergeSkills(admin, { keep: keep.slug, merge: merge.slug, keepVersion: keep.version, mergeVersion: merge.version });
    expect(result).toEqual({ ok: true, value: null });
    expect(await db.candidateSkill.findMany({ where: { userId: dave.id }, select: { skillId: true, level: true, evidence: true } })).toEqual([
      { skillId: keep.id, level: 4, evidence: "проект" },
    ]);
    const { deleteItem } = await import("@/lib/server/taxonomy/edit");
    const kept = await db.skill.findUniqueOrThrow({ where: { id: keep.id } });
    expect(await deleteItem(admin, { entity: "SKILL", key: keep.slug, version: kept.version })).toEqual({ ok: false, error: "errors.inUse" });
  });
});

describe("matching on the job board", () => {
  it("ranks open jobs by the candidate's fit and says x of y skills match, must-haves and what is missing", async () => {
    const { createDemoPostings } = await import("@/lib/server/demo-postings");
    const { searchJobs } = await import("@/lib/server/job-search");
    const { matchPosting, getMyStatedSkills, listRecommendedJobs } = await import("@/lib/server/career/job-match");
    const { parseJobSearch } = await import("@/lib/validations/job-search");
    const employer = await makeEmployer({ companyName: "Match Test Co" });
    await db.$transaction((tx) => createDemoPostings(tx, employer.companyId));
    const erin = await signInAs(await makeCandidate());
    await saveMyBackground(
      erin,
      background({
        skills: ["social-media-marketing", "content-creation", "copywriting", "smm-strategy", "targeted-advertising"].filter((s) => ids.skills.has(s)).map((s) => ({ skillId: skill(s), level: 4, evidence: null })),
      }),
    );
    const mine = (await getMyStatedSkills(erin))!;
    expect(mine.size).toBeGreaterThan(2);
    const byFit = await searchJobs(parseJobSearch({ sort: "fit" }), "en", new Date(), mine);
    const fits = byFit.cards.map((c) => c.match?.fit ?? 0);
    // Each card's match is the job page's for the same posting.
    for (const card of byFit.cards.slice(0, 5)) expect(card.match).toEqual(await matchPosting(card.id, mine, "en"));
    expect(fits.length).toBeGreaterThan(5);
    // Best fit first (the engine's SQL and the domain function agree), and an SMM role fits an SMM background best.
    expect([...fits].sort((a, b) => b - a)).toEqual(fits);
    expect(fits[0]).toBeGreaterThan(fits[fits.length - 1]!);
    const best = byFit.cards[0]!.match!;
    expect(best.matched).toBeGreaterThan(0);
    expect(best.matched).toBeLessThanOrEqual(best.total);
    expect(best.mustMet).toBeLessThanOrEqual(best.mustTotal);
    expect(best.missing.length).toBeLessThanOrEqual(3);
    // By date, the same jobs come in another order.
    const byDate = await searchJobs(parseJobSearch({}), "en", new Date(), mine);
    expect(byDate.cards.map((c) => c.id)).not.toEqual(byFit.cards.map((c) => c.id));
    // The candidate's home recommends the best ones, with their match; a candidate with no skills gets none.
    const recommended = await listRecommendedJobs(erin, "en", new Date());
    expect(recommended[0]?.id).toBe(byFit.cards[0]!.id);
    expect(recommended[0]?.match).toEqual(best);
    expect(await listRecommendedJobs(await signInAs(await makeCandidate()), "en", new Date())).toEqual([]);
    // Nobody but a candidate has stated skills.
    expect(await getMyStatedSkills(await signInAs(employer))).toBeNull();
    expect(await getMyStatedSkills(null)).toBeNull();
  });
});

describe("the board's fit sort, posting by posting", () => {
  it("weighs must-haves 3 to 1, counts a lower level in part and leaves retired skills out, as the cards' match says", async () => {
    const { createOpenPosting } = await import("./helpers");
    const { searchJobs, syncJobSearch } = await import("@/lib/server/job-search");
    const { parseJobSearch } = await import("@/lib/validations/job-search");
    const group = await db.skillGroup.findFirstOrThrow();
    const make = (slug: string) =>
      db.skill.create({ data: { slug, groupId: group.id, type: "SKILL", labelEn: slug, labelRu: slug, descriptionEn: "", descriptionRu: "" } });
    const [a, b, c, retired] = [await make("fitsort-a"), await make("fitsort-b"), await make("fitsort-c"), await make("fitsort-retired")];
    const employer = await makeEmployer({ companyName: "Fit Sort Co" });
    const posting = async (title: string, skills: { skillId: string; mustHave: boolean; level: number }[]) => {
      const id = await createOpenPosting(employer.companyId, { titleEn: `Quokkafit ${title}`, titleRu: `Квоккафит ${title}` });
      await db.postingSkill.createMany({ data: skills.map((s, position) => ({ postingId: id, ...s, position })) });
      return id;
    };
    // The candidate states A at level 3 and nothing else.
    const mustA = await posting("must A", [{ skillId: a.id, mustHave: true, level: 3 }, { skillId: b.id, mustHave: false, level: 3 }]); // 3 of 4: 75 %
    const mustB = await posting("must B", [{ skillId: b.id, mustHave: true, level: 3 }, { skillId: a.id, mustHave: false, level: 3 }]); // 1 of 4: 25 %
    const higher = await posting("higher A", [{ skillId: a.id, mustHave: true, level: 5 }, { skillId: c.id, mustHave: false, level: 2 }]); // 3 × 3/5 of 4: 45 %
    const withRetired = await posting("retired", [{ skillId: retired.id, mustHave: true, level: 2 }, { skillId: a.id, mustHave: false, level: 2 }]); // 1 of 1: 100 %
    const none = await posting("none", [{ skillId: c.id, mustHave: true, level: 1 }]); // nothing shared: 0 %, and not probed
    await db.skill.update({ where: { id: retired.id }, data: { status: "DEPRECATED" } });
    await syncJobSearch(db, [mustA, mustB, higher, withRetired, none]);
    const { bumpRevision } = await import("@/lib/server/taxonomy/cache");
    await bumpRevision(db);

    const found = await searchJobs(parseJobSearch({ q: "quokkafit", sort: "fit" }), "en", new Date(), new Map([[a.id, 3]]));
    expect(found.cards.map((card) => [card.id, card.match?.fit])).toEqual([
      [withRetired, 100],
      [mustA, 75],
      [higher, 45],
      [mustB, 25],
      [none, 0],
    ]);
    expect(found.cards[1]!.match).toMatchObject({ matched: 1, total: 2, mustMet: 1, mustTotal: 1, missing: ["fitsort-b"] });
  });
});
