// Applications and the applicant pipeline (lib/server/applications) against the
// real database: one application per candidate and posting (also two submits
// at once), the profile kept as it was, knock-out answers counted, ranking by
// fit, only allowed stage moves, withdrawal, private notes, the CSV export,
// and two tenants: neither another candidate nor another company reaches
// what is not theirs.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { applyToPosting, getApplyState } from "@/lib/server/applications/apply";
import { inviteToApply, searchCandidates } from "@/lib/server/applications/candidate-search";
import { applicantsCsv } from "@/lib/server/applications/export";
import { listMyApplications, withdrawMyApplication } from "@/lib/server/applications/mine";
import { addApplicantNote, getApplicant, listApplicants, moveApplicantStage } from "@/lib/server/applications/pipeline";
import { seedTaxonomy } from "@/lib/server/seed";
import type { SessionUser } from "@/lib/server/sessions";
import { zApplyInput, zMoveStageInput, type ApplicantFilter } from "@/lib/validations/application";
import { concurrencyTest } from "./databases";
import { createOpenPosting, makeCandidate, makeEmployer, signInAs } from "./helpers";

const ALL: ApplicantFilter = { stage: "all", knockoutsPassed: false, fitMin: 0 };

let companyA: SessionUser;
let recruiterA: SessionUser;
let companyB: SessionUser;
let skills: Map<string, string>;

beforeAll(async () => {
  await seedTaxonomy();
  skills = new Map((await db.skill.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
  const a = await makeEmployer({ companyName: "Alpha Clubs" });
  companyA = await signInAs(a);
  const recruiter = await makeEmployer({ companyName: "ignored" });
  await db.companyMember.create({ data: { companyId: a.companyId, userId: recruiter.userId, role: "RECRUITER" } });
  await db.companyMember.deleteMany({ where: { userId: recruiter.userId, companyId: { not: a.companyId } } });
  recruiterA = await signInAs(recruiter);
  companyB = await signInAs(await makeEmployer({ companyName: "Beta Clubs" }));
});

/** A published posting of the actor's company with two skills (one a must-have) and two questions (one a knock-out expecting "yes"). */
async function openPosting(owner: SessionUser, status: "PUBLISHED" | "CLOSED" = "PUBLISHED"): Promise<{ id: string; knockout: string; text: string }> {
  const member = await db.companyMember.findFirstOrThrow({ where: { userId: owner.id }, select: { companyId: true } });
  const role = await db.role.findUniqueOrThrow({ where: { slug: "community-manager-middle" }, select: { id: true } });
  const id = await createOpenPosting(member.companyId, {
    status,
    roleId: role.id,
    skills: {
      create: [
        { skillId: skills.get("conflict-resolution")!, mustHave: true, level: 3 },
        { skillId: skills.get("event-organisation")!, mustHave: false, level: 2 },
      ],
    },
    questions: {
      create: [
        { position: 0, kind: "YES_NO", textEn: "Can you work evenings?", textRu: "Можете работать вечером?", knockout: true, expectedYes: true },
        { position: 1, kind: "TEXT", textEn: "Your favourite community?", textRu: "Любимое сообщество?" },
      ],
    },
  });
  const posting = await db.jobPosting.findUniqueOrThrow({ where: { id }, select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true } } } });
  return { id: posting.id, knockout: posting.questions[0]!.id, text: posting.questions[1]!.id };
}

async function candidateWith(levels: Record<string, number>, name = "Анна Петрова"): Promise<SessionUser> {
  const user = await signInAs(await makeCandidate({ name }));
  await db.candidateProfile.upsert({ where: { userId: user.id }, create: { userId: user.id, headline: "Модератор" }, update: { headline: "Модератор" } });
  await db.candidateSkill.createMany({ data: Object.entries(levels).map(([slug, level], i) => ({ userId: user.id, skillId: skills.get(slug)!, level, position: i })) });
  return user;
}

const apply = (user: SessionUser, p: { id: string; knockout: string; text: string }, evenings: "yes" | "no" = "yes", coverNote = "") =>
  applyToPosting(user, zApplyInput.parse({ postingId: p.id, coverNote, answers: { [p.knockout]: evenings, [p.text]: "Клуб любителей кофе" } }));

const move = (actor: SessionUser, applicationId: string, version: number, to: string, reason: string | null = null, reasonShared = false) =>
  moveApplicantStage(actor, zMoveStageInput.parse({ applicationId, version, to, reason, reasonShared }));

describe("applying", () => {
  it("keeps the profile as it was, the note and the answers; a second submit is refused, not stored", async () => {
    const p = await openPosting(companyA);
    const anna = await candidateWith({ "conflict-resolution": 4 });
    const first = await apply(anna, p, "yes", "Люблю сообщества");
    expect(first.ok).toBe(true);
    expect(await apply(anna, p)).toEqual({ ok: false, error: "errors.application.already" });
    expect(await db.application.count({ where: { postingId: p.id } })).toBe(1);
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: p.id } })).applicationCount).toBe(1);

    // Later edits of the profile do not change what the company received.
    await db.candidateProfile.update({ where: { userId: anna.id }, data: { headline: "Changed later" } });
    const id = first.ok ? first.value.applicationId : "";
    const seen = await getApplicant(companyA, p.id, id, "ru");
    expect(seen?.snapshot?.headline).toBe("Модератор");
    expect(seen?.coverNote).toBe("Люблю сообщества");
    expect(seen?.answers.map((a) => [a.answer, a.failed])).toEqual([
      ["yes", false],
      ["Клуб любителей кофе", false],
    ]);
    // The must-have is met (4 ≥ 3), the optional one is missing: 3 of 4 weight points.
    expect(seen?.fit).toBe(75);
    expect(seen?.mustMet).toBe(1);
    expect(await getApplyState(anna, p.id, "en")).toMatchObject({ kind: "applied", stage: "NEW" });
    // Each member of the company (the owner and the recruiter) got a notice.
    expect(await db.notice.count({ where: { postingId: p.id, kind: "APPLICATION_RECEIVED" } })).toBe(2);
  });

  it("refuses missing answers, an answer that is not yes or no, and a question of another posting, storing nothing", async () => {
    const p = await openPosting(companyA);
    const other = await openPosting(companyB);
    const boris = await candidateWith({});
    const missing = await applyToPosting(boris, zApplyInput.parse({ postingId: p.id, answers: { [p.text]: "x" } }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { [`answers.${p.knockout}`]: "errors.required" } });
    const notYesNo = await applyToPosting(boris, zApplyInput.parse({ postingId: p.id, answers: { [p.knockout]: "maybe", [p.text]: "x" } }));
    expect(notYesNo).toMatchObject({ ok: false, fieldErrors: { [`answers.${p.knockout}`]: "errors.application.yesOrNo" } });
    const foreign = await applyToPosting(boris, zApplyInput.parse({ postingId: p.id, answers: { [p.knockout]: "yes", [p.text]: "x", [other.knockout]: "yes" } }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { [`answers.${other.knockout}`]: "errors.application.unknownQuestion" } });
    expect(await db.application.count({ where: { candidateId: boris.id } })).toBe(0);
  });

  it("refuses a posting that is not open, and accounts that are not candidates", async () => {
    const closed = await openPosting(companyA, "CLOSED");
    const vera = await candidateWith({});
    expect(await apply(vera, closed)).toEqual({ ok: false, error: "errors.application.postingClosed" });
    const p = await openPosting(companyA);
    expect(await apply(companyB, p)).toEqual({ ok: false, error: "errors.forbidden" });
    expect(await db.application.count({ where: { postingId: { in: [closed.id, p.id] } } })).toBe(0);
  });

  concurrencyTest("two submits at the same moment (two tabs): one application, the other gets a clear message", async () => {
    const p = await openPosting(companyA);
    const gleb = await candidateWith({ "conflict-resolution": 3 });
    const results = await Promise.all([apply(gleb, p), apply(gleb, p), apply(gleb, p)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: "errors.application.already" },
      { ok: false, error: "errors.application.already" },
    ]);
    expect(await db.application.count({ where: { postingId: p.id } })).toBe(1);
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id: p.id } })).applicationCount).toBe(1);
  });
});

describe("the company's pipeline", () => {
  let p: { id: string; knockout: string; text: string };
  const ids: Record<string, string> = {};
  let dmitry: SessionUser;

  beforeAll(async () => {
    p = await openPosting(companyA);
    const people = {
      weak: await candidateWith({ "event-organisation": 2 }, "Weak Fit"),
      strong: await candidateWith({ "conflict-resolution": 5, "event-organisation": 3 }, "Strong Fit"),
      knockedOut: await candidateWith({ "conflict-resolution": 5, "event-organisation": 3 }, "Strong But No Evenings"),
    };
    dmitry = people.weak;
    for (const [key, user] of Object.entries(people)) {
      const r = await apply(user, p, key === "knockedOut" ? "no" : "yes");
      if (r.ok) ids[key] = r.value.applicationId;
    }
  });

  it("ranks by fit, flags a failed knock-out, and filters by stage, knock-outs and fit", async () => {
    const page = await listApplicants(companyA, p.id, ALL, "en");
    expect(page?.rows.map((r) => [r.name, r.fit, r.knockoutsFailed])).toEqual([
      ["Strong Fit", 100, 0],
      ["Strong But No Evenings", 100, 1],
      ["Weak Fit", 25, 0],
    ]);
    expect(page?.rows[2]?.missing).toEqual(["Conflict resolution"]);
    const passed = await listApplicants(companyA, p.id, { ...ALL, knockoutsPassed: true }, "en");
    expect(passed?.rows.map((r) => r.name)).toEqual(["Strong Fit", "Weak Fit"]);
    const fit = await listApplicants(companyA, p.id, { ...ALL, fitMin: 50 }, "en");
    expect(fit?.rows.map((r) => r.name)).toEqual(["Strong Fit", "Strong But No Evenings"]);
  });

  it("moves only along allowed stages, refuses a stale version, and tells the candidate", async () => {
    const id = ids.strong!;
    expect(await move(companyA, id, 1, "HIRED")).toEqual({ ok: false, error: "errors.application.stageNotAllowed" });
    expect((await move(companyA, id, 1, "INTERVIEW")).ok).toBe(true);
    // A colleague who still saw version 1 is told, not obeyed.
    expect(await move(recruiterA, id, 1, "REJECTED")).toEqual({ ok: false, error: "errors.application.changedMeanwhile" });
    expect((await move(recruiterA, id, 2, "OFFER")).ok).toBe(true);
    expect((await move(companyA, id, 3, "HIRED")).ok).toBe(true);
    expect(await move(companyA, id, 4, "REJECTED")).toEqual({ ok: false, error: "errors.application.stageNotAllowed" });
    const row = await db.application.findUniqueOrThrow({ where: { id }, select: { stage: true, candidateId: true, events: { orderBy: { at: "asc" }, select: { to: true } } } });
    expect(row.stage).toBe("HIRED");
    expect(row.events.map((e) => e.to)).toEqual(["NEW", "INTERVIEW", "OFFER", "HIRED"]);
    expect(await db.notice.count({ where: { userId: row.candidateId!, kind: "APPLICATION_STAGE" } })).toBe(3);
  });

  it("shows a rejection's reason to the candidate only when the company shares it", async () => {
    await move(companyA, ids.weak!, 1, "REJECTED", "Нужен опыт модерации", false);
    const mine = await listMyApplications(dmitry, "ru");
    expect(mine.find((a) => a.id === ids.weak)).toMatchObject({ stage: "REJECTED", reason: null, canWithdraw: false });
    await move(companyA, ids.weak!, 2, "SCREENING");
    await move(companyA, ids.weak!, 3, "REJECTED", "Нужен опыт модерации", true);
    expect((await listMyApplications(dmitry, "ru")).find((a) => a.id === ids.weak)?.reason).toBe("Нужен опыт модерации");
  });

  it("keeps notes within the company: members read them, the candidate and another company never do", async () => {
    const id = ids.knockedOut!;
    expect((await addApplicantNote(recruiterA, { applicationId: id, body: "Позвонить во вторник" })).ok).toBe(true);
    expect((await getApplicant(companyA, p.id, id, "en"))?.notes.map((n) => n.body)).toEqual(["Позвонить во вторник"]);
    expect(await addApplicantNote(companyB, { applicationId: id, body: "spy" })).toEqual({ ok: false, error: "errors.notFound" });
    expect(await getApplicant(companyB, p.id, id, "en")).toBeNull();
    expect(await listApplicants(companyB, p.id, ALL, "en")).toBeNull();
    expect(await applicantsCsv(companyB, p.id, "en")).toBeNull();
    expect(await move(companyB, id, 1, "SCREENING")).toEqual({ ok: false, error: "errors.notFound" });
    // What the candidate's own pages read carries no note.
    const candidateId = (await db.application.findUniqueOrThrow({ where: { id } })).candidateId!;
    const mine = await listMyApplications({ ...companyA, id: candidateId, role: "CANDIDATE" }, "en");
    expect(JSON.stringify(mine)).not.toContain("Позвонить");
  });

  it("exports the applicants as CSV with formulas made text", async () => {
    const evil = await candidateWith({}, "=HYPERLINK(\"http://evil.example\",\"click\")");
    await apply(evil, p, "yes", "+7 999 123-45-67");
    const csv = (await applicantsCsv(companyA, p.id, "en"))!.body;
    const lines = csv.trim().split("\n");
    expect(lines[0]).toContain("Name,E-mail");
    expect(lines[0]).toContain("Can you work evenings?");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).toContain("'+7 999 123-45-67");
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(lines).toHaveLength(1 + 4);
  });
});

describe("the candidate's applications", () => {
  it("lists only the candidate's own, and withdraws only those", async () => {
    const p = await openPosting(companyA);
    const [eva, fedor] = [await candidateWith({}), await candidateWith({})];
    const a = await apply(eva, p);
    const b = await apply(fedor, p);
    const aId = a.ok ? a.value.applicationId : "";
    const bId = b.ok ? b.value.applicationId : "";
    expect((await listMyApplications(eva, "en")).map((x) => x.id)).toEqual([aId]);
    expect(await withdrawMyApplication(eva, bId)).toEqual({ ok: false, error: "errors.notFound" });
    expect((await db.application.findUniqueOrThrow({ where: { id: bId } })).stage).toBe("NEW");
    expect((await withdrawMyApplication(eva, aId)).ok).toBe(true);
    expect(await withdrawMyApplication(eva, aId)).toEqual({ ok: false, error: "errors.application.cannotWithdraw" });
    // The company sees it withdrawn; nothing is deleted.
    const page = await listApplicants(companyA, p.id, ALL, "en");
    expect(page?.rows.find((r) => r.id === aId)?.stage).toBe("WITHDRAWN");
    expect(await db.notice.count({ where: { postingId: p.id, kind: "APPLICATION_WITHDRAWN" } })).toBeGreaterThanOrEqual(1);
    // The default list ("in progress") leaves it out.
    const active = await listApplicants(companyA, p.id, { ...ALL, stage: "active" }, "en");
    expect(active?.rows.map((r) => r.id)).toEqual([bId]);
  });
});

describe("candidate search", () => {
  it("lists only candidates who let companies find them, by skills and target, without contact details", async () => {
    const target = await db.role.findUniqueOrThrow({ where: { slug: "community-lead" }, select: { id: true } });
    const shown = await candidateWith({ "conflict-resolution": 5, "event-organisation": 2 }, "Софья Видимая");
    const hidden = await candidateWith({ "conflict-resolution": 5, "event-organisation": 5 }, "Тимур Скрытый");
    await db.candidateProfile.update({ where: { userId: shown.id }, data: { discoverable: true, targetRoleId: target.id } });
    const bySkill = await searchCandidates(companyA, { skills: [skills.get("conflict-resolution")!], target: null }, "ru");
    expect(bySkill?.map((c) => c.id)).toContain(shown.id);
    expect(bySkill?.map((c) => c.id)).not.toContain(hidden.id);
    expect(bySkill?.find((c) => c.id === shown.id)?.firstName).toBe("Софья");
    expect(JSON.stringify(bySkill)).not.toMatch(/Видимая|Скрытый|@example/);
    expect((await searchCandidates(companyA, { skills: [], target: target.id }, "ru"))?.map((c) => c.id)).toEqual([shown.id]);
    // Candidates cannot search candidates.
    expect(await searchCandidates(shown, { skills: [], target: null }, "ru")).toBeNull();
  });

  it("invites a found candidate once per posting; a hidden one, another company's posting or an applicant cannot be invited", async () => {
    const p = await openPosting(companyA);
    const other = await openPosting(companyB);
    const found = await candidateWith({}, "Ульяна");
    const hidden = await candidateWith({}, "Фёдор");
    await db.candidateProfile.update({ where: { userId: found.id }, data: { discoverable: true } });
    expect(await inviteToApply(companyA, found.id, p.id)).toEqual({ ok: true, value: null });
    expect(await inviteToApply(recruiterA, found.id, p.id)).toEqual({ ok: false, error: "errors.application.alreadyInvited" });
    expect(await inviteToApply(companyA, hidden.id, p.id)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await inviteToApply(companyA, found.id, other.id)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await db.notice.count({ where: { userId: found.id, kind: "APPLY_INVITATION" } })).toBe(1);
    await apply(found, other);
    expect(await inviteToApply(companyB, found.id, other.id)).toEqual({ ok: false, error: "errors.application.invitedApplied" });
  });
});
