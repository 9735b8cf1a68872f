// Job postings (issue 8) against the real database: the wizard's drafts,
// submitting, moderation, extending, the lifecycle, near-duplicates, the
// company's team, the taxonomy's hold on skills in use, and two tenants
// (STYLE rule 12: company B cannot see or change company A's postings).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import {
  acceptInvite,
  getInvite,
  inviteRecruiter,
  listPendingInvites,
  removeMember,
  revokeInvite,
  signUpWithInvite,
  type InviteMail,
} from "@/lib/server/company-invites";
import { createPostingDraft, deletePostingDraft, getPostingWizard, savePostingStep } from "@/lib/server/postings/drafts";
import { runPostingLifecycle } from "@/lib/server/postings/lifecycle";
import { getPostingDisplay, getPostingManage, listCompanyPostings, listModerationQueue } from "@/lib/server/postings/read";
import { approvePosting, closePosting, extendPosting, rejectPosting, submitPosting, withdrawPosting } from "@/lib/server/postings/status";
import { seedTaxonomy } from "@/lib/server/seed";
import type { SessionUser } from "@/lib/server/sessions";
import type { Actor } from "@/lib/server/taxonomy/audit";
import { deleteItem, saveSkill } from "@/lib/server/taxonomy/edit";
import { mergeSkills } from "@/lib/server/taxonomy/merge";
import { zSavePostingStepInput, type EditableStep } from "@/lib/validations/posting";
import type { Result } from "@/lib/validations/result";
import { zSaveSkillInput } from "@/lib/validations/taxonomy-editor";
import { concurrencyTest } from "./databases";
import { makeAdmin, makeCandidate, makeEmployer, PASSWORD, signInAs, uniqueEmail } from "./helpers";

const DAY = 86_400_000;
const STEPS: EditableStep[] = ["role", "template", "details", "questions", "description"];
const BASE_URL = "https://rolemap.test";
const INVITE_MAIL: InviteMail = { subject: "Join the team", body: (link, company) => `${company} invites you: ${link}` };
const ANNA: Actor = { id: "admin-anna", name: "Anna Admin" };

// The invitation e-mails go to stdout without SMTP: kept here, out of the test output.
const outbox: { to: string; text: string }[] = [];
beforeAll(() => {
  const write = process.stdout.write.bind(process.stdout);
  vi.spyOn(process.stdout, "write").mockImplementation(((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const line = String(chunk);
    if (!line.includes('"mail.outbox"')) return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    outbox.push(JSON.parse(line) as { to: string; text: string });
    return true;
  }) as typeof process.stdout.write);
});
afterAll(() => {
  vi.restoreAllMocks();
});

// ---------- the taxonomy the postings use ----------

let smmRoleId: string;
let communityRoleId: string;
let skillIds: string[];

beforeAll(async () => {
  await seedTaxonomy();
  smmRoleId = (await db.role.findUniqueOrThrow({ where: { slug: "smm-specialist-junior" } })).id;
  communityRoleId = (await db.role.findUniqueOrThrow({ where: { slug: "community-manager-junior" } })).id;
  const skills = await db.skill.findMany({
    where: { status: "ACTIVE", slug: { in: ["social-media-marketing", "content-creation", "copywriting"] } },
    orderBy: { slug: "asc" },
  });
  expect(skills).toHaveLength(3);
  skillIds = skills.map((s) => s.id);
});

// ---------- a complete posting, step by step ----------

const DESCRIPTION_EN =
  "We roast coffee and run three coffee shops. You will plan and publish our posts in VK and Telegram, answer comments " +
  "and messages, run giveaways with partner cafés and report every month on reach and engagement. Hybrid schedule, " +
  "training and an advertising budget.";
const DESCRIPTION_RU =
  "Мы обжариваем кофе и держим три кофейни. Вы будете планировать и публиковать посты во ВКонтакте и Telegram, " +
  "отвечать на комментарии и сообщения, проводить розыгрыши с кафе-партнёрами и каждый месяц готовить отчёт об охвате " +
  "и вовлечённости. Гибридный график, обучение и рекламный бюджет.";

interface PostingOptions {
  titleEn?: string;
  city?: string;
  validDays?: number;
  descriptionRu?: string;
  roleId?: string;
  family?: "SMM" | "COMMUNITY";
  skills?: { skillId: string; mustHave: boolean; level: number }[];
}

let cities = 0;

/** Each step's values as the wizard's form sends them, valid for moving on. A fresh city each time: no near-duplicates by accident. */
function stepValues(o: PostingOptions = {}): Record<EditableStep, unknown> {
  return {
    role: { advisor: { channels: ["SOCIAL"], audience: "NEW_LARGE", metric: "CLICKS_SALES", ownCommunity: "NO" }, family: o.family ?? "SMM" },
    template: {
      roleId: o.roleId ?? smmRoleId,
      skills: o.skills ?? [
        { skillId: skillIds[0], mustHave: true, level: 3 },
        { skillId: skillIds[1], mustHave: false, level: 2 },
      ],
      responsibilitiesEn: ["Plan and publish posts", ""],
      responsibilitiesRu: ["Планировать и публиковать посты"],
      kpisEn: ["Reach"],
      kpisRu: ["Охват"],
      channelsEn: ["VK", "Telegram"],
      channelsRu: ["ВКонтакте", "Telegram"],
    },
    details: {
      titleEn: o.titleEn ?? "SMM specialist",
      titleRu: "SMM-специалист",
      employmentType: "FULL_TIME",
      workMode: "HYBRID",
      country: "RU",
      city: o.city ?? `Город ${++cities}`,
      salaryHidden: false,
      salaryFrom: 80_000,
      salaryTo: 120_000,
      currency: "RUB",
      languages: [{ code: "ru", level: "NATIVE" }],
      startDate: "",
      validDays: o.validDays ?? 30,
    },
    questions: {
      questions: [{ kind: "YES_NO", textEn: "Have you run a VK community?", textRu: "Вы вели сообщество ВКонтакте?", knockout: true, expectedYes: true }],
    },
    description: { descriptionEn: DESCRIPTION_EN, descriptionRu: o.descriptionRu ?? DESCRIPTION_RU },
  };
}

/** Saves one step as the wizard's action does: the shared schema first, then the data layer. */
function save(actor: SessionUser, postingId: string, version: number, step: EditableStep, values: unknown, advance: boolean) {
  return savePostingStep(actor, zSavePostingStepInput.parse({ postingId, version, step, values, advance }));
}

async function newDraft(actor: SessionUser, family: "SMM" | "COMMUNITY" = "SMM"): Promise<string> {
  const created = await createPostingDraft(actor, { family });
  if (!created.ok) throw new Error(`createPostingDraft: ${created.error}`);
  return created.value.postingId;
}

/** A posting made through the wizard: every step saved and moved on. */
async function buildPosting(actor: SessionUser, o: PostingOptions = {}): Promise<{ id: string; version: number }> {
  const id = await newDraft(actor, o.family);
  const values = stepValues(o);
  let version = 1;
  for (const step of STEPS) {
    const saved = await save(actor, id, version, step, values[step], true);
    if (!saved.ok) throw new Error(`${step}: ${JSON.stringify(saved)}`);
    version = saved.value.version;
  }
  return { id, version };
}

const versionOf = async (id: string) => (await db.jobPosting.findUniqueOrThrow({ where: { id } })).version;

async function submitted(actor: SessionUser, o: PostingOptions = {}): Promise<string> {
  const { id, version } = await buildPosting(actor, o);
  expect(await submitPosting(actor, { postingId: id, version })).toEqual({ ok: true, value: { status: "SUBMITTED" } });
  return id;
}

async function published(actor: SessionUser, admin: SessionUser, o: PostingOptions = {}): Promise<string> {
  const id = await submitted(actor, o);
  expect(await approvePosting(admin, id)).toEqual({ ok: true, value: null });
  return id;
}

/** Everything stored about a posting: what "nothing changed" compares. */
async function postingRows(id: string) {
  return {
    posting: await db.jobPosting.findUnique({
      where: { id },
      include: { skills: { orderBy: { position: "asc" } }, questions: { orderBy: { position: "asc" } }, events: { orderBy: { at: "asc" } } },
    }),
    notices: await db.notice.findMany({ where: { postingId: id }, orderBy: { id: "asc" } }),
  };
}

/** Who received a notice of `kind` about the posting, sorted. */
async function noticed(postingId: string, kind: string): Promise<string[]> {
  const rows = await db.notice.findMany({ where: { postingId, kind: kind as never }, select: { userId: true } });
  return rows.map((r) => r.userId).sort();
}

// ---------- companies with a team ----------

const tokenOf = (link: string) => decodeURIComponent(new URL(link).pathname.split("/").at(-1)!);

async function invite(owner: SessionUser, email: string): Promise<string> {
  const invited = await inviteRecruiter(owner, email, BASE_URL, INVITE_MAIL);
  if (!invited.ok) throw new Error(`inviteRecruiter: ${invited.error}`);
  return tokenOf(invited.value.link);
}

interface Team {
  companyId: string;
  owner: SessionUser;
  recruiter: SessionUser;
  /** Every member's user id, sorted: who a company notice goes to. */
  memberIds: string[];
}

/** A company with its owner and a recruiter who joined by the owner's invitation. */
async function makeTeam(companyName: string): Promise<Team> {
  const account = await makeEmployer({ companyName, name: "Olga Owner" });
  const owner = await signInAs(account);
  const email = uniqueEmail("recruiter");
  const token = await invite(owner, email);
  expect(await signUpWithInvite({ token, name: "Roman Recruiter", password: PASSWORD, locale: "ru" })).toEqual({ ok: true, value: { email } });
  const recruiter = await signInAs({ userId: "", email, password: PASSWORD });
  return { companyId: account.companyId, owner, recruiter, memberIds: [owner.id, recruiter.id].sort() };
}

let admin: SessionUser;
beforeAll(async () => {
  admin = await signInAs(await makeAdmin());
});

// ---------- drafts ----------

describe("drafts: save and resume", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Coffee Roasters");
  });

  it("a member saves each step, a colleague resumes the draft with the same values, and the furthest step moves on", async () => {
    const id = await newDraft(team.owner);
    const values = stepValues({ city: "Казань" });
    // Work in progress first: every optional field still empty, nothing moves on.
    const draftDetails = { ...(values.details as object), titleEn: "", employmentType: null, country: "", city: "", salaryFrom: "", currency: "", startDate: "" };
    const first = await save(team.owner, id, 1, "details", draftDetails, false);
    expect(first).toEqual({ ok: true, value: { version: 2, stepReached: 0 } });
    const resumed = await getPostingWizard(team.recruiter, id);
    expect(resumed).toMatchObject({ version: 2, status: "DRAFT", stepReached: 0 });
    expect(resumed!.values.details).toMatchObject({ titleEn: "", employmentType: null, country: null, city: null, salaryFrom: null, currency: null, startDate: null });

    // Then each step, strictly, alternating who saves: the other one always resumes from what was saved.
    let version = 2;
    for (const [i, step] of STEPS.entries()) {
      const actor = i % 2 === 0 ? team.owner : team.recruiter;
      const saved = await save(actor, id, version, step, values[step], true);
      expect(saved, step).toEqual({ ok: true, value: { version: version + 1, stepReached: i + 1 } });
      version += 1;
    }
    const colleague = await getPostingWizard(team.recruiter, id);
    const expected = Object.fromEntries(STEPS.map((step) => [step, zSavePostingStepInput.parse({ postingId: id, version, step, values: values[step], advance: true }).values]));
    expect(colleague!.values).toEqual(expected);
    expect(colleague!.values.template.responsibilitiesEn).toEqual(["Plan and publish posts"]); // the empty line dropped
    expect(colleague).toMatchObject({ version, stepReached: STEPS.length });
    expect(await getPostingWizard(team.owner, id)).toEqual(colleague);

    // Going back to an earlier step does not lower the furthest one.
    expect(await save(team.owner, id, version, "role", values.role, true)).toEqual({ ok: true, value: { version: version + 1, stepReached: STEPS.length } });
  });

  it("moving on with invalid values is refused field by field and stores nothing", async () => {
    const id = await newDraft(team.owner);
    const before = await postingRows(id);
    const values = stepValues().details as Record<string, unknown>;
    const result = await save(team.owner, id, 1, "details", { ...values, titleEn: "", country: "", salaryFrom: 500 }, true);
    expect(result).toEqual({
      ok: false,
      error: "errors.invalidInput",
      fieldErrors: { titleEn: "errors.required", country: "errors.posting.countryRequired", salaryFrom: "errors.posting.salary.belowMin" },
    });
    const template = await save(team.owner, id, 1, "template", { ...(stepValues().template as object), roleId: null, skills: [] }, true);
    expect(template).toMatchObject({ ok: false, fieldErrors: { roleId: "errors.posting.chooseRole", skills: "errors.posting.needMustHave" } });
    expect(await postingRows(id)).toEqual(before);
  });

  it("a role or skill that is not in use in the taxonomy is refused and nothing is stored", async () => {
    const id = await newDraft(team.owner);
    const before = await postingRows(id);
    const feeder = await db.role.findUniqueOrThrow({ where: { slug: "copywriter" } });
    const values = stepValues().template as Record<string, unknown>;
    expect(await save(team.owner, id, 1, "template", { ...values, roleId: feeder.id }, false)).toEqual({
      ok: false,
      error: "errors.invalidInput",
      fieldErrors: { roleId: "errors.posting.roleUnavailable" },
    });
    expect(await save(team.owner, id, 1, "template", { ...values, skills: [{ skillId: "no-such-skill", mustHave: true, level: 3 }] }, false)).toMatchObject({
      ok: false,
      fieldErrors: { skills: "errors.posting.skillUnavailable" },
    });
    expect(await postingRows(id)).toEqual(before);
  });

  it("a save from a version someone else saved since is refused, naming who saved first, and overwrites nothing", async () => {
    const id = await newDraft(team.owner);
    const details = stepValues().details as Record<string, unknown>;
    expect(await save(team.owner, id, 1, "details", { ...details, titleEn: "Olga's title" }, false)).toMatchObject({ ok: true });
    const afterOlga = await postingRows(id);
    const late = await save(team.recruiter, id, 1, "details", { ...details, titleEn: "Roman's title" }, false);
    expect(late).toEqual({ ok: false, error: expect.stringMatching(/^errors\.staleVersion\?name=Olga\+Owner&at=\d+$/) });
    expect(await postingRows(id)).toEqual(afterOlga);
    expect((await getPostingWizard(team.recruiter, id))!.values.details.titleEn).toBe("Olga's title");
  });

  concurrencyTest("of two saves from the same version at the same moment, exactly one is stored", async () => {
    const details = stepValues().details as Record<string, unknown>;
    for (let n = 0; n < 5; n++) {
      const id = await newDraft(team.owner);
      const results = await Promise.all([
        save(team.owner, id, 1, "details", { ...details, titleEn: "Olga's title" }, false),
        save(team.recruiter, id, 1, "details", { ...details, titleEn: "Roman's title" }, false),
      ]);
      expect(results.filter((r) => r.ok), JSON.stringify(results)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({ error: expect.stringMatching(/^errors\.staleVersion\?/) });
      const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
      expect(row.version).toBe(2);
      expect(row.titleEn).toBe(results[0]!.ok ? "Olga's title" : "Roman's title");
    }
  });

  it("a draft never submitted can be deleted; a posting an admin has seen cannot", async () => {
    const id = await newDraft(team.recruiter);
    expect(await deletePostingDraft(team.owner, id)).toEqual({ ok: true, value: null });
    expect(await db.jobPosting.count({ where: { id } })).toBe(0);
    const seen = await submitted(team.owner);
    expect(await withdrawPosting(team.owner, seen)).toEqual({ ok: true, value: null });
    expect(await deletePostingDraft(team.owner, seen)).toEqual({ ok: false, error: "errors.posting.notDeletable" });
    expect(await db.jobPosting.count({ where: { id: seen } })).toBe(1);
  });
});

// ---------- submitting ----------

describe("submitting", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Community Works");
  });

  it("a complete posting (an SMM role, active skills, both descriptions) is submitted and waits for an admin", async () => {
    const { id, version } = await buildPosting(team.recruiter);
    expect(await submitPosting(team.recruiter, { postingId: id, version })).toEqual({ ok: true, value: { status: "SUBMITTED" } });
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SUBMITTED", version: version + 1, rejectionReason: null });
    expect(row.submittedAt).toBeInstanceOf(Date);
    expect((await listModerationQueue(admin, "en")).map((q) => q.id)).toContain(id);
    expect((await getPostingManage(team.owner, id))!.events).toEqual([
      expect.objectContaining({ from: "DRAFT", to: "SUBMITTED", actorName: "Roman Recruiter" }),
    ]);
  });

  it("a community manager posting is submitted too", async () => {
    const skill = await db.skill.findUniqueOrThrow({ where: { slug: "forum-moderation" } });
    const { id, version } = await buildPosting(team.owner, {
      family: "COMMUNITY",
      roleId: communityRoleId,
      skills: [{ skillId: skill.id, mustHave: true, level: 2 }],
    });
    expect(await submitPosting(team.owner, { postingId: id, version })).toMatchObject({ ok: true });
  });

  it("an SMM posting does not take a community manager's role", async () => {
    await expect(buildPosting(team.owner, { roleId: communityRoleId })).rejects.toThrow(/errors\.posting\.roleUnavailable/);
  });

  it("a posting with an unfinished step is refused, naming the step, and stays a draft", async () => {
    const id = await newDraft(team.owner);
    const values = stepValues();
    let version = 1;
    for (const step of ["role", "template"] as const) {
      const saved = await save(team.owner, id, version, step, values[step], true);
      version = saved.ok ? saved.value.version : version;
    }
    const before = await postingRows(id);
    const result = await submitPosting(team.owner, { postingId: id, version });
    expect(result).toMatchObject({ ok: false, error: "errors.posting.stepIncomplete?step=details", fieldErrors: expect.objectContaining({ titleEn: "errors.required" }) });
    expect(await postingRows(id)).toEqual(before);
  });

  concurrencyTest("a save at the moment of submitting: one of them is refused, so what an admin gets is what was checked", async () => {
    // Submitting checks the content, then moves the status: a draft saved in between must not ride along unchecked.
    for (let n = 0; n < 10; n++) {
      const { id, version } = await buildPosting(team.owner);
      const biased = { descriptionEn: DESCRIPTION_EN, descriptionRu: `${DESCRIPTION_RU} Рассматриваем только девушки до 30 лет.` };
      const [sent, saved] = await Promise.all([
        submitPosting(team.owner, { postingId: id, version }),
        save(team.recruiter, id, version, "description", biased, false),
      ]);
      expect([saved.ok, sent.ok].filter(Boolean), JSON.stringify([saved, sent])).toHaveLength(1);
      const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
      expect(row.status).toBe(sent.ok ? "SUBMITTED" : "DRAFT");
      if (sent.ok) expect(row.descriptionRu).toBe(DESCRIPTION_RU);
    }
  });

  it("a version older than the posting's is refused", async () => {
    const { id, version } = await buildPosting(team.owner);
    expect(await submitPosting(team.owner, { postingId: id, version: version - 1 })).toEqual({ ok: false, error: "errors.posting.changedSinceLoaded" });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("a discriminatory phrase is refused when moving on, and again at submit if it was saved as a draft", async () => {
    const { id, version } = await buildPosting(team.owner);
    const biased = { descriptionEn: DESCRIPTION_EN, descriptionRu: `${DESCRIPTION_RU} Рассматриваем только девушки до 30 лет.` };
    const advance = await save(team.owner, id, version, "description", biased, true);
    expect(advance).toMatchObject({ ok: false, error: "errors.invalidInput", fieldErrors: { descriptionRu: expect.stringMatching(/^errors\.posting\.lint\.(sex|age)\?match=/) } });
    expect((await getPostingWizard(team.owner, id))!.values.description.descriptionRu).toBe(DESCRIPTION_RU);

    // A draft may hold it (the author is still typing)…
    const kept = await save(team.owner, id, version, "description", biased, false);
    expect(kept).toMatchObject({ ok: true });
    // …but it never reaches an admin.
    const result = await submitPosting(team.owner, { postingId: id, version: version + 1 });
    expect(result).toMatchObject({
      ok: false,
      error: "errors.posting.stepIncomplete?step=description",
      fieldErrors: { descriptionRu: expect.stringMatching(/^errors\.posting\.lint\./) },
    });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

// ---------- moderation ----------

describe("moderation", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Moderated Media");
  });

  it("allows only the transitions of the posting's status, each with its history entry", async () => {
    const { id } = await buildPosting(team.owner);
    const calls: Record<string, () => Promise<Result<unknown>>> = {
      submit: async () => submitPosting(team.owner, { postingId: id, version: await versionOf(id) }),
      withdraw: () => withdrawPosting(team.owner, id),
      approve: () => approvePosting(admin, id),
      reject: () => rejectPosting(admin, id, "No salary"),
      close: () => closePosting(team.owner, id),
      extend: () => extendPosting(team.owner, id, 5),
    };
    const refused = async (status: string, allowed: string[]) => {
      expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).status).toBe(status);
      const before = await postingRows(id);
      for (const [name, call] of Object.entries(calls)) {
        if (!allowed.includes(name)) expect(await call(), `${name} from ${status}`).toEqual({ ok: false, error: "errors.posting.wrongStatus" });
      }
      expect(await postingRows(id)).toEqual(before);
    };

    await refused("DRAFT", ["submit"]);
    expect(await calls.submit!()).toMatchObject({ ok: true });
    await refused("SUBMITTED", ["withdraw", "approve", "reject"]);
    // Nobody edits what an admin is looking at.
    const edit = await save(team.owner, id, await versionOf(id), "details", stepValues().details, true);
    expect(edit).toEqual({ ok: false, error: "errors.posting.notEditable" });
    expect(await calls.withdraw!()).toEqual({ ok: true, value: null });
    expect(await calls.submit!()).toMatchObject({ ok: true });
    expect(await calls.approve!()).toEqual({ ok: true, value: null });
    await refused("PUBLISHED", ["close", "extend"]); // a second approval among them
    expect(await calls.close!()).toEqual({ ok: true, value: null });
    await refused("CLOSED", []);

    const events = (await getPostingManage(team.owner, id))!.events.map((e) => `${e.from}→${e.to} by ${e.actorName}`);
    expect(events.reverse()).toEqual([
      "DRAFT→SUBMITTED by Olga Owner",
      "SUBMITTED→DRAFT by Olga Owner",
      "DRAFT→SUBMITTED by Olga Owner",
      "SUBMITTED→PUBLISHED by Ad Min",
      "PUBLISHED→CLOSED by Olga Owner",
    ]);
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).closedAt).toBeInstanceOf(Date);
  });

  it("approving publishes for the posting's validity and tells every member", async () => {
    const id = await submitted(team.recruiter, { validDays: 14 });
    const before = Date.now();
    expect(await approvePosting(admin, id)).toEqual({ ok: true, value: null });
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("PUBLISHED");
    expect(row.publishedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.expiresAt!.getTime()).toBe(row.publishedAt!.getTime() + 14 * DAY);
    expect(await getPostingManage(team.recruiter, id)).toMatchObject({
      status: "PUBLISHED",
      publishedAt: row.publishedAt!.toISOString(),
      expiresAt: row.expiresAt!.toISOString(),
      latestExpiry: new Date(row.publishedAt!.getTime() + 90 * DAY).toISOString(),
    });
    expect(await noticed(id, "POSTING_APPROVED")).toEqual(team.memberIds);
    expect(await approvePosting(admin, id)).toEqual({ ok: false, error: "errors.posting.wrongStatus" });
    expect(await noticed(id, "POSTING_APPROVED")).toEqual(team.memberIds);
  });

  it("a rejection's reason reaches the company; edited, the posting goes back to the queue", async () => {
    const id = await submitted(team.owner);
    const reason = "Укажите зарплату честно: 80 000 ₽ для этих задач мало.";
    expect(await rejectPosting(admin, id, reason)).toEqual({ ok: true, value: null });

    expect((await listCompanyPostings(team.recruiter, "ru")).find((p) => p.id === id)).toMatchObject({ status: "REJECTED", rejectionReason: reason });
    const manage = (await getPostingManage(team.owner, id))!;
    expect(manage).toMatchObject({ status: "REJECTED", rejectionReason: reason });
    expect(manage.events[0]).toMatchObject({ from: "SUBMITTED", to: "REJECTED", note: reason, actorName: "Ad Min" });
    expect((await getPostingWizard(team.owner, id))!.rejectionReason).toBe(reason);
    expect(await noticed(id, "POSTING_REJECTED")).toEqual(team.memberIds);
    expect((await db.notice.findFirstOrThrow({ where: { postingId: id, kind: "POSTING_REJECTED" } })).data).toMatchObject({ reason });

    // A rejected posting is the company's to edit again, and to resubmit.
    const details = { ...(stepValues().details as object), salaryFrom: 120_000, salaryTo: 160_000 };
    const edited = await save(team.owner, id, await versionOf(id), "details", details, true);
    expect(edited).toMatchObject({ ok: true });
    expect(await withdrawPosting(team.owner, id)).toEqual({ ok: false, error: "errors.posting.wrongStatus" });
    expect(await submitPosting(team.owner, { postingId: id, version: await versionOf(id) })).toMatchObject({ ok: true });
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SUBMITTED", rejectionReason: null, salaryFrom: 120_000 });
    expect((await listModerationQueue(admin, "en")).find((q) => q.id === id)).toMatchObject({ resubmitted: true });
  });

  it("a rejection needs an admin and a submitted posting", async () => {
    const id = await submitted(team.owner);
    const candidate = await signInAs(await makeCandidate());
    const before = await postingRows(id);
    for (const actor of [team.owner, team.recruiter, candidate]) {
      expect(await approvePosting(actor, id), actor.email).toEqual({ ok: false, error: "errors.forbidden" });
      expect(await rejectPosting(actor, id, "Self-rejected"), actor.email).toEqual({ ok: false, error: "errors.forbidden" });
    }
    expect(await postingRows(id)).toEqual(before);
    expect(await approvePosting(admin, "no-such-posting")).toEqual({ ok: false, error: "errors.notFound" });
    // A draft is not in the queue: an admin neither decides on it nor reads it.
    const { id: draft } = await buildPosting(team.owner);
    expect(await rejectPosting(admin, draft, "Too early")).toEqual({ ok: false, error: "errors.posting.wrongStatus" });
    expect(await getPostingManage(admin, draft)).toBeNull();
    expect(await getPostingDisplay(admin, draft, "en")).toBeNull();
    expect(await getPostingDisplay(admin, id, "ru")).toMatchObject({ id, title: "SMM-специалист", companyName: "Moderated Media" });
  });
});

// ---------- extending ----------

describe("extending a published posting", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Extended Stay");
  });

  it("works up to 90 days after publication, and not a day beyond", async () => {
    const id = await published(team.owner, admin, { validDays: 30 });
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
    const latest = row.publishedAt!.getTime() + 90 * DAY;
    expect(await extendPosting(team.recruiter, id, 60)).toEqual({ ok: true, value: { expiresAt: new Date(latest).toISOString() } });
    const before = await postingRows(id);
    const refused = await extendPosting(team.owner, id, 1);
    expect(refused).toEqual({ ok: false, error: `errors.posting.extendTooFar?max=90&latest=${latest}` });
    expect(await postingRows(id)).toEqual(before);
    expect((await getPostingManage(team.owner, id))!.events[0]).toMatchObject({ from: "PUBLISHED", to: "PUBLISHED", note: new Date(latest).toISOString() });
  });

  concurrencyTest("two extensions at the same moment: each counts, or the second is refused; never one lost", async () => {
    // Extending keeps the status: only the expiry it started from tells that another extension came first.
    for (let n = 0; n < 5; n++) {
      const id = await published(team.owner, admin, { validDays: 10 });
      const end = (await db.jobPosting.findUniqueOrThrow({ where: { id } })).expiresAt!.getTime();
      const results = await Promise.all([extendPosting(team.owner, id, 5), extendPosting(team.recruiter, id, 7)]);
      const applied = results.filter((r) => r.ok).length;
      const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
      const events = await db.postingEvent.count({ where: { postingId: id, from: "PUBLISHED", to: "PUBLISHED" } });
      expect(events, JSON.stringify(results)).toBe(applied);
      if (applied === 2) expect(row.expiresAt!.getTime()).toBe(end + 12 * DAY);
      else expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: "errors.posting.changedSinceLoaded" });
    }
  });

  it("resets the reminder when the new end is more than 3 days away, and keeps it otherwise", async () => {
    const id = await published(team.owner, admin, { validDays: 1 });
    await runPostingLifecycle();
    const reminded = (await db.jobPosting.findUniqueOrThrow({ where: { id } })).reminderSentAt;
    expect(reminded).toBeInstanceOf(Date);
    // One more day: still within three days of the end, so no second reminder is due.
    expect(await extendPosting(team.owner, id, 1)).toMatchObject({ ok: true });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).reminderSentAt).toEqual(reminded);
    // Ten more: the reminder will come again before the new end.
    expect(await extendPosting(team.owner, id, 10)).toMatchObject({ ok: true });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).reminderSentAt).toBeNull();
  });
});

// ---------- near-duplicates ----------

describe("near-duplicates", () => {
  let a: Team;
  let b: Team;
  beforeAll(async () => {
    a = await makeTeam("Duplicate Detectors");
    b = await makeTeam("Other Outfit");
  });

  it("the same posting in the same place as an open one of the company needs the company's confirmation", async () => {
    const first = await published(a.owner, admin, { city: "Казань" });
    const { id, version } = await buildPosting(a.recruiter, { city: "казань" });
    const refused = await submitPosting(a.recruiter, { postingId: id, version });
    expect(refused).toEqual({ ok: false, error: `errors.posting.nearDuplicate?title=SMM+specialist&id=${first}` });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    expect(await submitPosting(a.recruiter, { postingId: id, version, confirmNotDuplicate: true })).toMatchObject({ ok: true });
    // The admin sees which posting it resembles.
    expect((await listModerationQueue(admin, "en")).find((q) => q.id === id)).toMatchObject({ duplicateOfId: first });
  });

  it("the same posting in another city is a second job, not a duplicate", async () => {
    const { id, version } = await buildPosting(a.owner, { city: "Самара" });
    expect(await submitPosting(a.owner, { postingId: id, version })).toMatchObject({ ok: true });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).duplicateOfId).toBeNull();
  });

  it("another company's identical posting is not flagged", async () => {
    const { id, version } = await buildPosting(b.owner, { city: "Казань" });
    expect(await submitPosting(b.owner, { postingId: id, version })).toMatchObject({ ok: true });
  });

  it("a closed posting does not count as open", async () => {
    const old = await published(b.owner, admin, { city: "Уфа" });
    expect(await closePosting(b.owner, old)).toEqual({ ok: true, value: null });
    const { id, version } = await buildPosting(b.recruiter, { city: "Уфа" });
    expect(await submitPosting(b.recruiter, { postingId: id, version })).toMatchObject({ ok: true });
  });
});

// ---------- two tenants ----------

describe("two companies", () => {
  let a: Team;
  let b: Team;
  let postingsOfA: { draft: string; submitted: string; published: string };

  beforeAll(async () => {
    a = await makeTeam("Alpha Agency");
    b = await makeTeam("Beta Brand");
    postingsOfA = {
      draft: (await buildPosting(a.owner)).id,
      submitted: await submitted(a.owner),
      published: await published(a.recruiter, admin),
    };
  });

  /** Every read and write a company member has, tried by `actor` on each of A's postings. */
  async function expectNothingFor(actor: SessionUser) {
    const ids = Object.values(postingsOfA);
    const before = await Promise.all(ids.map(postingRows));
    expect((await listCompanyPostings(actor, "en")).filter((p) => ids.includes(p.id))).toEqual([]);
    for (const id of ids) {
      const version = await versionOf(id);
      expect(await getPostingWizard(actor, id), id).toBeNull();
      expect(await getPostingManage(actor, id), id).toBeNull();
      expect(await getPostingDisplay(actor, id, "en"), id).toBeNull();
      const notFound = { ok: false, error: "errors.notFound" };
      expect(await save(actor, id, version, "details", { ...(stepValues().details as object), titleEn: "Hijacked" }, false), id).toEqual(notFound);
      expect(await submitPosting(actor, { postingId: id, version, confirmNotDuplicate: true }), id).toEqual(notFound);
      expect(await withdrawPosting(actor, id), id).toEqual(notFound);
      expect(await closePosting(actor, id), id).toEqual(notFound);
      expect(await extendPosting(actor, id, 5), id).toEqual(notFound);
      expect(await deletePostingDraft(actor, id), id).toEqual(notFound);
    }
    expect(await Promise.all(ids.map(postingRows))).toEqual(before);
  }

  it("company B's members can neither read nor change company A's postings by id: not found, and nothing changes", async () => {
    await expectNothingFor(b.owner);
    await expectNothingFor(b.recruiter);
  });

  it("a candidate, and an actor who is nobody, get nothing either", async () => {
    await expectNothingFor(await signInAs(await makeCandidate()));
    const nobody: SessionUser = { sessionId: "none", id: "no-such-user", email: "nobody@example.test", name: "Nobody", role: "EMPLOYER", locale: "en" };
    await expectNothingFor(nobody);
    expect(await createPostingDraft(nobody, { family: "SMM" })).toEqual({ ok: false, error: "errors.posting.noCompany" });
  });

  it("each company lists its own postings only", async () => {
    const own = await submitted(b.owner);
    const listA = (await listCompanyPostings(a.recruiter, "en")).map((p) => p.id).sort();
    expect(listA).toEqual(Object.values(postingsOfA).sort());
    expect((await listCompanyPostings(b.recruiter, "en")).map((p) => p.id)).toEqual([own]);
  });
});

// ---------- the company's team ----------

describe("team", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Team Players");
  });

  it("an invitation link makes a new person a recruiter of the company, once", async () => {
    const email = uniqueEmail("newbie");
    const invited = await inviteRecruiter(team.owner, email, BASE_URL, INVITE_MAIL);
    expect(invited).toMatchObject({ ok: true, value: { link: expect.stringMatching(/^https:\/\/rolemap\.test\/invite\//) } });
    const link = invited.ok ? invited.value.link : "";
    expect(outbox.at(-1)).toMatchObject({ to: email, text: `Team Players invites you: ${link}` });
    expect((await listPendingInvites(team.owner)).map((i) => i.email)).toContain(email);
    const token = tokenOf(link);
    expect(await getInvite(token)).toEqual({ email, companyName: "Team Players" });

    expect(await signUpWithInvite({ token, name: "Nina New", password: PASSWORD, locale: "en" })).toEqual({ ok: true, value: { email } });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.role).toBe("EMPLOYER");
    expect(user.memberships).toEqual([expect.objectContaining({ companyId: team.companyId, role: "RECRUITER" })]);

    const users = await db.user.count();
    expect(await signUpWithInvite({ token, name: "Nina Again", password: PASSWORD, locale: "en" })).toEqual({ ok: false, error: "errors.team.inviteInvalid" });
    expect(await getInvite(token)).toBeNull();
    expect(await db.user.count()).toBe(users);
    expect((await listPendingInvites(team.owner)).map((i) => i.email)).not.toContain(email);
  });

  it("an expired invitation is refused", async () => {
    const email = uniqueEmail("late");
    const token = await invite(team.owner, email);
    await db.companyInvite.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInvite(token)).toBeNull();
    expect(await signUpWithInvite({ token, name: "Late Larry", password: PASSWORD, locale: "en" })).toEqual({ ok: false, error: "errors.team.inviteInvalid" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("a recruiter works on postings but not on the team", async () => {
    const { id, version } = await buildPosting(team.recruiter);
    expect(await save(team.recruiter, id, version, "details", { ...(stepValues().details as object), titleEn: "Senior SMM" }, true)).toMatchObject({ ok: true });
    expect(await inviteRecruiter(team.recruiter, uniqueEmail("friend"), BASE_URL, INVITE_MAIL)).toEqual({ ok: false, error: "errors.ownerOnly" });
    expect(await removeMember(team.recruiter, team.owner.id)).toEqual({ ok: false, error: "errors.ownerOnly" });
    expect(await db.companyMember.count({ where: { companyId: team.companyId } })).toBeGreaterThanOrEqual(2);
    expect(await removeMember(team.owner, team.owner.id)).toEqual({ ok: false, error: "errors.team.cannotRemoveSelf" });
  });

  it("a removed recruiter can no longer read or change the company's postings", async () => {
    const gone = await makeTeam("Short Stay");
    const id = await submitted(gone.recruiter);
    const draft = (await buildPosting(gone.recruiter)).id;
    expect(await removeMember(gone.owner, gone.recruiter.id)).toEqual({ ok: true, value: null });
    expect(await listCompanyPostings(gone.recruiter, "en")).toEqual([]);
    expect(await getPostingManage(gone.recruiter, id)).toBeNull();
    expect(await getPostingWizard(gone.recruiter, draft)).toBeNull();
    expect(await withdrawPosting(gone.recruiter, id)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await save(gone.recruiter, draft, await versionOf(draft), "description", { descriptionEn: "", descriptionRu: "" }, false)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await createPostingDraft(gone.recruiter, { family: "SMM" })).toEqual({ ok: false, error: "errors.posting.noCompany" });
    // The owner still has both.
    expect((await listCompanyPostings(gone.owner, "en")).map((p) => p.id).sort()).toEqual([id, draft].sort());
  });

  it("a signed-in employer accepts an invitation to their own e-mail only, and only without a company", async () => {
    const joiner = await makeEmployer({ name: "Jana Joiner" });
    await db.companyMember.deleteMany({ where: { userId: joiner.userId } });
    const jana = await signInAs(joiner);
    const someoneElse = await signInAs(await makeEmployer());
    await db.companyMember.deleteMany({ where: { userId: someoneElse.id } });
    const token = await invite(team.owner, jana.email);

    expect(await acceptInvite(someoneElse, token)).toEqual({ ok: false, error: "errors.team.inviteOtherEmail" });
    expect(await db.companyMember.count({ where: { userId: someoneElse.id } })).toBe(0);
    // A refusal does not use the link up.
    expect(await getInvite(token)).toEqual({ email: jana.email, companyName: "Team Players" });
    expect(await acceptInvite(jana, token)).toEqual({ ok: true, value: { companyId: team.companyId } });
    expect(await db.companyMember.findFirst({ where: { userId: jana.id } })).toMatchObject({ companyId: team.companyId, role: "RECRUITER" });
    expect(await acceptInvite(jana, token)).toEqual({ ok: false, error: "errors.team.inviteInvalid" });
  });

  it("another company's owner can neither revoke this company's invitation nor remove its recruiter", async () => {
    const other = await makeTeam("Meddlers");
    const email = uniqueEmail("pending");
    await invite(team.owner, email);
    const inviteId = (await db.companyInvite.findFirstOrThrow({ where: { email } })).id;
    expect(await revokeInvite(other.owner, inviteId)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await removeMember(other.owner, team.recruiter.id)).toEqual({ ok: false, error: "errors.notFound" });
    expect(await listPendingInvites(other.owner)).toEqual([]);
    expect(await db.companyInvite.count({ where: { id: inviteId } })).toBe(1);
    expect(await db.companyMember.count({ where: { companyId: team.companyId, userId: team.recruiter.id } })).toBe(1);
    // Its own owner can.
    expect(await revokeInvite(team.owner, inviteId)).toEqual({ ok: true, value: null });
    expect(await db.companyInvite.count({ where: { id: inviteId } })).toBe(0);
  });

  concurrencyTest("two invitations taken at the same moment make the employer a member of one company", async () => {
    const other = await makeTeam("Rival Recruiters");
    // A few times: the two requests must overlap for the race to show.
    for (let n = 0; n < 5; n++) {
      const account = await makeEmployer();
      await db.companyMember.deleteMany({ where: { userId: account.userId } });
      const joiner = await signInAs(account);
      const tokens = [await invite(team.owner, joiner.email), await invite(other.owner, joiner.email)];
      const results = await Promise.all(tokens.map((token) => acceptInvite(joiner, token)));
      expect(results.filter((r) => r.ok), JSON.stringify(results)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: "errors.alreadyInCompany" });
      expect(await db.companyMember.count({ where: { userId: joiner.id } })).toBe(1);
    }
  });

  it("an employer already in a company cannot take an invitation to another", async () => {
    const other = await makeTeam("Poachers");
    const token = await invite(other.owner, team.recruiter.email);
    expect(await acceptInvite(team.recruiter, token)).toEqual({ ok: false, error: "errors.alreadyInCompany" });
    expect(await db.companyMember.findMany({ where: { userId: team.recruiter.id }, select: { companyId: true } })).toEqual([{ companyId: team.companyId }]);
    expect(await signUpWithInvite({ token, name: "Second Account", password: PASSWORD, locale: "en" })).toEqual({ ok: false, error: "errors.team.inviteHasAccount" });
  });
});

// ---------- the taxonomy ----------

describe("skills used by postings", () => {
  let team: Team;
  const skillVersion = async (slug: string) => (await db.skill.findUniqueOrThrow({ where: { slug } })).version;

  async function newSkill(slug: string): Promise<string> {
    expect(await saveSkill(ANNA, zSaveSkillInput.parse({ slug, group: "tools", type: "SKILL", labelEn: `Skill ${slug}`, labelRu: "" }))).toMatchObject({ ok: true });
    return (await db.skill.findUniqueOrThrow({ where: { slug } })).id;
  }

  beforeAll(async () => {
    team = await makeTeam("Taxonomy Users");
  });

  it("a skill a posting asks for cannot be deleted", async () => {
    const skillId = await newSkill("vk-clips");
    const { id } = await buildPosting(team.owner, { skills: [{ skillId, mustHave: true, level: 3 }] });
    expect(await deleteItem(ANNA, { entity: "SKILL", key: "vk-clips", version: await skillVersion("vk-clips") })).toEqual({ ok: false, error: "errors.inUse" });
    expect(await db.postingSkill.count({ where: { postingId: id, skillId } })).toBe(1);
  });

  it("merging two skills moves the postings' demand to the kept one, the stronger where a posting asks for both", async () => {
    const kept = await newSkill("telegram-ads");
    const merged = await newSkill("telegram-advertising");
    const only = (await buildPosting(team.owner, { skills: [{ skillId: merged, mustHave: true, level: 4 }] })).id;
    const both = (
      await buildPosting(team.owner, {
        skills: [
          { skillId: kept, mustHave: false, level: 2 },
          { skillId: merged, mustHave: true, level: 3 },
        ],
      })
    ).id;
    const result = await mergeSkills(ANNA, {
      keep: "telegram-ads",
      keepVersion: await skillVersion("telegram-ads"),
      merge: "telegram-advertising",
      mergeVersion: await skillVersion("telegram-advertising"),
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(await db.skill.count({ where: { id: merged } })).toBe(0);
    const skillsOf = (postingId: string) => db.postingSkill.findMany({ where: { postingId }, select: { skillId: true, mustHave: true, level: true } });
    expect(await skillsOf(only)).toEqual([{ skillId: kept, mustHave: true, level: 4 }]);
    expect(await skillsOf(both)).toEqual([{ skillId: kept, mustHave: true, level: 3 }]);
    expect((await getPostingWizard(team.owner, only))!.values.template.skills).toEqual([{ skillId: kept, mustHave: true, level: 4 }]);
  });
});

// ---------- the lifecycle (last: it moves time forward for every published posting) ----------

describe("the lifecycle", () => {
  let team: Team;
  beforeAll(async () => {
    team = await makeTeam("Lifecycle Labs");
  });

  const expiryOf = async (id: string) => (await db.jobPosting.findUniqueOrThrow({ where: { id } })).expiresAt!.getTime();

  it("reminds every member once, two days before the end, however often it runs", async () => {
    const id = await published(team.owner, admin, { validDays: 5 });
    const end = await expiryOf(id);
    await runPostingLifecycle(new Date(end - 4 * DAY)); // too early
    expect(await noticed(id, "POSTING_EXPIRING")).toEqual([]);
    for (let i = 0; i < 3; i++) await runPostingLifecycle(new Date(end - 2 * DAY + i * 60_000));
    expect(await noticed(id, "POSTING_EXPIRING")).toEqual(team.memberIds);
    expect((await db.notice.findFirstOrThrow({ where: { postingId: id, kind: "POSTING_EXPIRING" } })).data).toMatchObject({
      titleEn: "SMM specialist",
      expiresAt: new Date(end).toISOString(),
    });
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
  });

  it("at the end the posting expires: kept, marked expired, and every member is told once", async () => {
    const id = await published(team.recruiter, admin, { validDays: 3 });
    const end = await expiryOf(id);
    await runPostingLifecycle(new Date(end - 1000));
    expect((await db.jobPosting.findUniqueOrThrow({ where: { id } })).status).toBe("PUBLISHED");
    for (let i = 0; i < 3; i++) await runPostingLifecycle(new Date(end + 60_000 + i * DAY));
    const row = await db.jobPosting.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("EXPIRED");
    expect(await noticed(id, "POSTING_EXPIRED")).toEqual(team.memberIds);
    expect((await getPostingManage(team.owner, id))!.events[0]).toMatchObject({ from: "PUBLISHED", to: "EXPIRED", actorName: "Rolemap" });
    expect((await listCompanyPostings(team.owner, "en")).find((p) => p.id === id)).toMatchObject({ status: "EXPIRED" });
    expect(await extendPosting(team.owner, id, 5)).toEqual({ ok: false, error: "errors.posting.wrongStatus" });
  });

  concurrencyTest("two workers at once still remind and expire each posting once per member", async () => {
    const ids = [await published(team.owner, admin, { validDays: 6 }), await published(team.recruiter, admin, { validDays: 6 })];
    const end = Math.max(...(await Promise.all(ids.map(expiryOf))));
    for (let round = 0; round < 3; round++) {
      await Promise.all([runPostingLifecycle(new Date(end - 2 * DAY + round)), runPostingLifecycle(new Date(end - 2 * DAY + round))]);
    }
    for (const id of ids) expect(await noticed(id, "POSTING_EXPIRING"), id).toEqual(team.memberIds);
    for (let round = 0; round < 3; round++) {
      await Promise.all([runPostingLifecycle(new Date(end + 60_000 + round)), runPostingLifecycle(new Date(end + 60_000 + round))]);
    }
    for (const id of ids) {
      expect(await noticed(id, "POSTING_EXPIRED"), id).toEqual(team.memberIds);
      expect(await db.postingEvent.count({ where: { postingId: id, to: "EXPIRED" } })).toBe(1);
    }
  });
});
