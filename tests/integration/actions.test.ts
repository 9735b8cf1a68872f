// Every server action, called directly as an attacker would: anonymous, as each
// wrong role and as the right one, with valid and with hostile arguments.
// A new action is covered by adding one line to CASES (the first test fails
// until it has one, and until it is built with defineAction).
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ACTION_DEFINITION, type ActionDefinition, type Audience } from "@/lib/actions/safe-action";
import { markServedByAppServer } from "@/lib/auth/client-address";
import { db } from "@/lib/db";
import { inviteRecruiter } from "@/lib/server/company-invites";
import { createLead } from "@/lib/server/leads";
import { issueResetLinkFor } from "@/lib/server/password-reset";
import { seedTaxonomy } from "@/lib/server/seed";
import type { Actor } from "@/lib/server/taxonomy/audit";
import { skillsToCsv } from "@/lib/server/taxonomy/csv";
import { saveRole, saveSkill } from "@/lib/server/taxonomy/edit";
import { saveGrowthEdge, saveRequirement } from "@/lib/server/taxonomy/edit-links";
import { previewImport } from "@/lib/server/taxonomy/transfer";
import { zSaveRoleInput, zSaveSkillInput } from "@/lib/validations/taxonomy-editor";
import { zSkillDoc, type TaxonomyDocument } from "@/lib/validations/taxonomy";
import type { SessionUser } from "@/lib/server/sessions";
import { readableMessage, type Result } from "@/lib/validations/result";
import type { PostingStatusCode } from "@/lib/domain/posting-rules";
import type { UserRole } from "@/lib/views/vocabulary";
import { makeAdmin, makeCandidate, makeEmployer, PASSWORD, signInAs, uniqueAddress, uniqueEmail } from "./helpers";
import { actAs } from "./support/fake-request";

vi.mock("next/headers", async () => (await import("./support/fake-request")).nextHeadersModule);
vi.mock("next/cache", async () => (await import("./support/fake-request")).nextCacheModule);
vi.mock("next-intl/server", async () => (await import("./support/fake-request")).nextIntlServerModule);
vi.mock("@/lib/auth/session", async () => (await import("./support/fake-request")).sessionModule);

type Caller = { role: "ANONYMOUS" } | { role: UserRole; user: SessionUser; password: string; companyId: string | null };
type Action = ((...args: unknown[]) => Promise<Result<unknown>>) & { [ACTION_DEFINITION]?: ActionDefinition<never, Audience> };

interface Case {
  /** Who may call it: stated here, not read from the action, so a widened action fails this test. */
  who: Audience;
  /** A valid argument from this caller (fixtures it needs are made here). */
  valid: (caller: Caller) => unknown;
  /**
   * Fields holding an uploaded file's text, read after validation: hostile
   * content there is answered with the file's line errors (a successful
   * answer listing them) rather than a refusal.
   */
  fileText?: string[];
}

/** An employer whose company is gone (e.g. made an employer by an admin). */
async function withoutCompany(caller: Caller): Promise<void> {
  await db.companyMember.deleteMany({ where: { userId: signedIn(caller).user.id } });
}

const signedIn = (caller: Caller) => {
  if (caller.role === "ANONYMOUS") throw new Error("this action's valid input needs a signed-in caller");
  return caller;
};

const ANYONE: Audience = "anyone";
const SIGNED_IN: Audience = "signed-in";
const ADMINS: Audience = ["ADMIN"];
const EMPLOYERS: Audience = ["EMPLOYER"];
const CANDIDATES: Audience = ["CANDIDATE"];

// ── One line per action ────────────────────────────────────────────────────
const CASES: Record<string, Case> = {
  signUpCandidate: { who: ANYONE, valid: () => ({ name: "Нина Петрова", email: uniqueEmail("su"), password: PASSWORD, locale: "ru" }) },
  signUpCompany: { who: ANYONE, valid: () => ({ name: "Oleg", companyName: "Acme", email: uniqueEmail("sc"), password: PASSWORD, locale: "en" }) },
  requestPasswordReset: { who: ANYONE, valid: () => ({ email: uniqueEmail("nobody") }) },
  resetPassword: { who: ANYONE, valid: async () => ({ token: await freshResetToken(), password: "Another-fresh-2027" }) },
  afterSignIn: { who: SIGNED_IN, valid: () => undefined },
  changePassword: { who: SIGNED_IN, valid: (c) => ({ currentPassword: signedIn(c).password, newPassword: "Brand-new-pass-42" }) },
  setLocale: { who: ANYONE, valid: () => ({ locale: "ru" }) },
  updateCandidateProfile: { who: CANDIDATES, valid: () => ({ name: "Анна", locale: "ru", headline: "", location: null, about: "Модератор" }) },
  createCompany: { who: EMPLOYERS, valid: async (c) => (await withoutCompany(c), { name: "Новая компания" }) },
  updateCompanyProfile: { who: EMPLOYERS, valid: (c) => ({ companyId: signedIn(c).companyId, name: "Acme", website: "", size: "", description: "" }) },
  setUserRole: { who: ADMINS, valid: async () => ({ userId: (await makeCandidate()).userId, role: "EMPLOYER" }) },
  setUserDisabled: { who: ADMINS, valid: async () => ({ userId: (await makeCandidate()).userId, disabled: true }) },
  // The taxonomy editor: each valid call works on fresh items, so that it can run again.
  saveSkillGroup: { who: ADMINS, valid: () => ({ slug: fresh("group"), labelEn: "<script>alert(1)</script>", labelRu: "Группа" }) },
  saveSkill: { who: ADMINS, valid: () => ({ slug: fresh("skill"), group: "analytics", type: "SKILL", labelEn: "Skill", labelRu: "Навык", altLabelsEn: ["Synonym"] }) },
  saveRole: { who: ADMINS, valid: () => ({ slug: fresh("role"), family: "SMM", seniority: "MIDDLE", labelEn: "Role", labelRu: "", kpisEn: ["CTR"] }) },
  saveFamily: { who: ADMINS, valid: async () => ({ family: "SMM", kpisEn: ["CTR", "ROMI"], kpisRu: [], channelsEn: [], channelsRu: ["ВКонтакте"], version: await familyVersion("SMM") }) },
  setTaxonomyStatus: { who: ADMINS, valid: async () => ({ entity: "SKILL", key: await newSkill(), version: 1, status: "DEPRECATED" }) },
  deleteTaxonomyItem: { who: ADMINS, valid: async () => ({ entity: "SKILL", key: await newSkill(), version: 1 }) },
  moveTaxonomyItem: { who: ADMINS, valid: async () => ({ entity: "SKILL", key: await newSkill(), version: 1, direction: "up" }) },
  saveRequirement: { who: ADMINS, valid: async () => ({ role: await newRole(), roleVersion: 1, skill: "forum-moderation", importance: "ESSENTIAL", minLevel: 3 }) },
  removeRequirement: { who: ADMINS, valid: async () => ({ ...(await roleWithRequirement()), skill: "forum-moderation" }) },
  saveGrowthEdge: { who: ADMINS, valid: async () => ({ from: await newRole(), to: "community-manager-junior", kind: "HORIZONTAL", rationaleEn: "", rationaleRu: "Смежная роль" }) },
  deleteGrowthEdge: { who: ADMINS, valid: async () => newEdge() },
  mergeSkills: { who: ADMINS, valid: async () => ({ keep: await newSkill(), keepVersion: 1, merge: await newSkill(), mergeVersion: 1 }) },
  revertTaxonomyChange: { who: ADMINS, valid: async () => ({ changeId: await lastChangeId(await newSkill()) }) },
  previewTaxonomyImport: { who: ADMINS, valid: () => ({ format: "skills-csv", text: skillsCsv(fresh("csv")) }), fileText: ["text"] },
  applyTaxonomyImport: { who: ADMINS, valid: async () => importWithHash(skillsCsv(fresh("csv"))), fileText: ["text"] },
  publishTaxonomyVersion: { who: ADMINS, valid: () => ({ note: "Версия для тестов" }) },
  submitLead: { who: ANYONE, valid: () => ({ name: "Мария", company: "ООО Ромашка", email: uniqueEmail("lead"), need: "SMM", message: "Нужен SMM-специалист", locale: "ru" }) },
  setLeadStatus: { who: ADMINS, valid: async () => ({ ...(await newLead()), status: "CONTACTED" }) },
  // Job postings: each valid call works on a fresh posting of the caller's company (or, for admins, of another one).
  createPostingDraft: { who: EMPLOYERS, valid: () => ({ family: "SMM", advisor: { channels: ["SOCIAL"], audience: "NEW_LARGE", metric: "CLICKS_SALES", ownCommunity: "NO" } }) },
  savePostingStep: { who: EMPLOYERS, valid: async (c) => ({ ...(await newPosting(c)), step: "description", values: { descriptionEn: "", descriptionRu: "Черновик" }, advance: false }) },
  draftPostingDescription: { who: EMPLOYERS, valid: async (c) => ({ postingId: (await newPosting(c)).postingId }) },
  deletePostingDraft: { who: EMPLOYERS, valid: async (c) => ({ postingId: (await newPosting(c)).postingId }) },
  submitPosting: { who: EMPLOYERS, valid: async (c) => newPosting(c) },
  withdrawPosting: { who: EMPLOYERS, valid: async (c) => ({ postingId: (await newPosting(c, "SUBMITTED")).postingId }) },
  closePosting: { who: EMPLOYERS, valid: async (c) => ({ postingId: (await newPosting(c, "PUBLISHED")).postingId }) },
  extendPosting: { who: EMPLOYERS, valid: async (c) => ({ postingId: (await newPosting(c, "PUBLISHED")).postingId, days: 10 }) },
  approvePosting: { who: ADMINS, valid: async () => ({ postingId: (await newPosting(null, "SUBMITTED")).postingId }) },
  rejectPosting: { who: ADMINS, valid: async () => ({ postingId: (await newPosting(null, "SUBMITTED")).postingId, reason: "Укажите зарплату" }) },
  // The company's team and the notices.
  inviteRecruiter: { who: EMPLOYERS, valid: () => ({ email: uniqueEmail("invite") }) },
  revokeInvite: { who: EMPLOYERS, valid: async (c) => ({ inviteId: await newInvite(signedIn(c).user) }) },
  removeMember: { who: EMPLOYERS, valid: async (c) => ({ userId: await newRecruiter(c) }) },
  acceptInvite: { who: EMPLOYERS, valid: async (c) => (await withoutCompany(c), { token: await inviteToken(signedIn(c).user.email) }) },
  signUpWithInvite: { who: ANYONE, valid: async () => ({ token: await inviteToken(uniqueEmail("invited")), name: "Инна", password: PASSWORD, locale: "ru" }) },
  // The candidate's background and career map.
  saveBackground: { who: CANDIDATES, valid: async () => ({ roles: [{ roleId: await roleId("moderator"), title: "Модератор", years: 2, current: true }], skills: [{ skillId: await skillId("forum-moderation"), level: 3, evidence: "" }], workMode: "", languages: ["ru"], salaryFrom: "", currency: "", discoverable: false }) },
  setTargetRole: { who: CANDIDATES, valid: async () => ({ roleId: await roleId("community-lead") }) },
  addSkill: { who: CANDIDATES, valid: async () => ({ skillId: await skillId("mentoring"), level: 4 }) },
  suggestBackground: { who: CANDIDATES, valid: () => ({ mode: "text", text: "Модерировала чаты и разрешала конфликты" }) },
  markNoticesRead: { who: SIGNED_IN, valid: async (c) => ({ ids: [await newNotice(c)] }) },
  // Applications: each valid call applies to, withdraws or moves a fresh application.
  apply: { who: CANDIDATES, valid: async () => ({ postingId: (await newPosting(null, "PUBLISHED")).postingId, coverNote: "", answers: {} }) },
  withdrawApplication: { who: CANDIDATES, valid: async (c) => ({ applicationId: await newApplication(null, signedIn(c).user.id) }) },
  moveApplicant: { who: EMPLOYERS, valid: async (c) => ({ applicationId: await newApplication(c), version: 1, to: "SCREENING", reason: null, reasonShared: false }) },
  addApplicantNote: { who: EMPLOYERS, valid: async (c) => ({ applicationId: await newApplication(c), body: "Позвонить во вторник" }) },
  // The valid call deletes the caller's account (each action's callers are made for it alone).
  deleteAccount: { who: CANDIDATES, valid: (c) => ({ password: signedIn(c).password, understood: true }) },
  inviteToApply: { who: EMPLOYERS, valid: async (c) => ({ candidateId: await discoverableCandidate(), postingId: (await newPosting(c, "PUBLISHED")).postingId }) },
  saveJob: { who: CANDIDATES, valid: async () => ({ postingId: (await newPosting(null, "PUBLISHED")).postingId, saved: true }) },
  saveSearch: { who: CANDIDATES, valid: () => ({ query: `q=${fresh("кофе")}&mode=remote` }) },
  setSearchNotify: { who: CANDIDATES, valid: async (c) => ({ searchId: await newSavedSearch(c), notify: false }) },
  deleteSavedSearch: { who: CANDIDATES, valid: async (c) => ({ searchId: await newSavedSearch(c) }) },
};
// ───────────────────────────────────────────────────────────────────────────

// Fixtures of the taxonomy editor's cases, made by the data layer directly.
const SYSTEM: Actor = { id: null, name: "Test fixture" };
let counter = 0;
const fresh = (prefix: string) => `${prefix}-${++counter}`;
const familyVersion = async (family: "SMM") => (await db.roleFamilyProfile.findUniqueOrThrow({ where: { family } })).version;

const roleId = async (slug: string) => (await db.role.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
const skillId = async (slug: string) => (await db.skill.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

async function newSkill(): Promise<string> {
  const slug = fresh("skill");
  expect(await saveSkill(SYSTEM, zSaveSkillInput.parse({ slug, group: "analytics", type: "SKILL", labelEn: slug, labelRu: "" }))).toMatchObject({ ok: true });
  return slug;
}

async function newRole(): Promise<string> {
  const slug = fresh("role");
  expect(await saveRole(SYSTEM, zSaveRoleInput.parse({ slug, family: "COMMUNITY", seniority: "JUNIOR", labelEn: slug, labelRu: "" }))).toMatchObject({ ok: true });
  return slug;
}

async function roleWithRequirement(): Promise<{ role: string; roleVersion: number }> {
  const role = await newRole();
  expect(await saveRequirement(SYSTEM, { role, roleVersion: 1, skill: "forum-moderation", importance: "OPTIONAL", minLevel: 2 })).toMatchObject({ ok: true });
  return { role, roleVersion: (await db.role.findUniqueOrThrow({ where: { slug: role } })).version };
}

async function newEdge(): Promise<{ from: string; to: string; version: number }> {
  const from = await newRole();
  const to = "community-manager-junior";
  expect(await saveGrowthEdge(SYSTEM, { from, to, kind: "VERTICAL", rationaleEn: "Next step", rationaleRu: "" })).toMatchObject({ ok: true });
  const edge = await db.growthEdge.findFirstOrThrow({ where: { fromRole: { slug: from }, toRole: { slug: to } } });
  return { from, to, version: edge.version };
}

async function lastChangeId(key: string): Promise<string> {
  return (await db.taxonomyChange.findFirstOrThrow({ where: { entityKey: key }, orderBy: { at: "desc" } })).id;
}

function skillsCsv(slug: string): string {
  const skill = zSkillDoc.parse({ slug, group: "analytics", type: "KNOWLEDGE", labelEn: "Imported", labelRu: "Импорт" });
  return skillsToCsv({ skills: [skill] } as unknown as TaxonomyDocument);
}

async function importWithHash(text: string) {
  const preview = await previewImport("skills-csv", text);
  if (!preview.ok || preview.value.kind !== "plan") throw new Error(`the fixture's file does not import: ${JSON.stringify(preview)}`);
  return { format: "skills-csv", text, hash: preview.value.plan.hash };
}

async function newLead(): Promise<{ leadId: string; version: number }> {
  await createLead({ name: "Олег", company: "Acme", email: uniqueEmail("lead"), need: "NOT_SURE", message: "", locale: "en", homepage: "" });
  const lead = await db.lead.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  return { leadId: lead.id, version: lead.version };
}

// Fixtures of the postings' and team's cases, made by the data layer or directly.
const DESCRIPTION = {
  descriptionEn: "Plan and publish posts for our coffee shops in VK and Telegram, answer comments and messages, run giveaways and report on reach. ".repeat(2),
  descriptionRu: "Планировать и публиковать посты наших кофеен во ВКонтакте и Telegram, отвечать на комментарии, проводить розыгрыши и считать охват. ".repeat(2),
};
let otherCompany: Promise<{ owner: SessionUser; companyId: string }> | undefined;

/** A company that is not the caller's: whose postings admins moderate and whose owner sends invitations. */
function fixtureCompany() {
  return (otherCompany ??= makeEmployer().then(async (a) => ({ owner: await signInAs(a), companyId: a.companyId })));
}

/** A complete posting (it passes submit's checks) of the caller's company, or of the fixture company, in `status`. */
async function newPosting(c: Caller | null, status: PostingStatusCode = "DRAFT"): Promise<{ postingId: string; version: number }> {
  const companyId = c ? signedIn(c).companyId! : (await fixtureCompany()).companyId;
  const role = await db.role.findUniqueOrThrow({ where: { slug: "smm-specialist-junior" }, select: { id: true } });
  const skill = await db.skill.findUniqueOrThrow({ where: { slug: "social-media-marketing" }, select: { id: true } });
  const now = Date.now();
  const row = await db.jobPosting.create({
    data: {
      companyId,
      status,
      family: "SMM",
      roleId: role.id,
      stepReached: 5,
      titleEn: "SMM specialist",
      titleRu: "SMM-специалист",
      responsibilitiesEn: ["Plan posts"],
      responsibilitiesRu: ["Планировать посты"],
      employmentType: "FULL_TIME",
      workMode: "HYBRID",
      country: "RU",
      city: fresh("city"), // no two are near-duplicates
      salaryFrom: 80_000,
      salaryTo: 120_000,
      currency: "RUB",
      ...DESCRIPTION,
      skills: { create: [{ skillId: skill.id, mustHave: true, level: 3 }] },
      submittedAt: status === "DRAFT" ? null : new Date(now),
      publishedAt: status === "PUBLISHED" ? new Date(now) : null,
      expiresAt: status === "PUBLISHED" ? new Date(now + 30 * 86_400_000) : null,
    },
    select: { id: true, version: true },
  });
  return { postingId: row.id, version: row.version };
}

/** An application to a fresh open posting (of the caller's company, or another one), by the candidate given or a new one. */
async function newApplication(c: Caller | null, candidateId?: string): Promise<string> {
  const { postingId } = await newPosting(c, "PUBLISHED");
  const candidate = candidateId ?? (await makeCandidate()).userId;
  const row = await db.application.create({ data: { postingId, candidateId: candidate, snapshot: { name: "Анна" }, events: { create: { to: "NEW" } } }, select: { id: true } });
  return row.id;
}

async function discoverableCandidate(): Promise<string> {
  const { userId } = await makeCandidate();
  await db.candidateProfile.update({ where: { userId }, data: { discoverable: true } });
  return userId;
}

async function newSavedSearch(c: Caller): Promise<string> {
  return (await db.savedSearch.create({ data: { userId: signedIn(c).user.id, query: `q=${fresh("search")}` }, select: { id: true } })).id;
}

const INVITE_MAIL = { subject: "Invitation", body: (link: string) => link };

async function inviteToken(email: string, owner?: SessionUser): Promise<string> {
  const invited = await inviteRecruiter(owner ?? (await fixtureCompany()).owner, email, "https://rolemap.test", INVITE_MAIL);
  if (!invited.ok) throw new Error(`the fixture's invitation failed: ${invited.error}`);
  return decodeURIComponent(new URL(invited.value.link).pathname.split("/").at(-1)!);
}

async function newInvite(owner: SessionUser): Promise<string> {
  const email = uniqueEmail("pending");
  await inviteToken(email, owner);
  return (await db.companyInvite.findFirstOrThrow({ where: { email } })).id;
}

/** A recruiter in the caller's company (moved there directly, as tenancy.test.ts does). */
async function newRecruiter(c: Caller): Promise<string> {
  const recruiter = await makeEmployer();
  await db.companyMember.deleteMany({ where: { userId: recruiter.userId } });
  await db.companyMember.create({ data: { companyId: signedIn(c).companyId!, userId: recruiter.userId, role: "RECRUITER" } });
  return recruiter.userId;
}

async function newNotice(c: Caller): Promise<string> {
  return (await db.notice.create({ data: { userId: signedIn(c).user.id, kind: "POSTING_APPROVED" }, select: { id: true } })).id;
}

const ROOT = path.resolve(__dirname, "../..");
const modules = import.meta.glob<Record<string, unknown>>("../../lib/actions/**/*.ts", { eager: true });

/** Every export of every "use server" file under lib/actions. */
function discoverActions(): Map<string, Action> {
  const found = new Map<string, Action>();
  for (const [file, exports] of Object.entries(modules)) {
    const source = fs.readFileSync(path.resolve(__dirname, file), "utf8");
    if (!/^\s*["']use server["']/.test(source)) continue;
    for (const [name, value] of Object.entries(exports)) found.set(`${file}#${name}`, value as Action);
  }
  return found;
}

const actions = discoverActions();
const byName = new Map([...actions.values()].map((a) => [a[ACTION_DEFINITION]?.name ?? "?", a]));

async function freshResetToken(): Promise<string> {
  const account = await makeCandidate();
  const link = await issueResetLinkFor(account.email, "https://rolemap.test");
  return new URL(link!).searchParams.get("token")!;
}

async function makeCaller(role: Caller["role"]): Promise<Caller> {
  if (role === "ANONYMOUS") return { role };
  const account = role === "ADMIN" ? await makeAdmin() : role === "EMPLOYER" ? await makeEmployer() : await makeCandidate();
  const user = await signInAs(account);
  return { role, user, password: account.password, companyId: "companyId" in account ? (account.companyId as string) : null };
}

function allows(audience: Audience, role: Caller["role"]): boolean {
  if (audience === "anyone") return true;
  if (role === "ANONYMOUS") return false;
  return audience === "signed-in" || audience.includes(role);
}

/** Every row an action could write: a digest per table, taken by the database in one query. */
const SNAPSHOT_TABLES = [
  "User", "Company", "CompanyMember", "CandidateProfile", "UserSession", "PasswordResetToken", "AppSetting",
  "SkillGroup", "Skill", "Role", "RoleRequirement", "GrowthEdge", "RoleFamilyProfile", "TaxonomyChange", "TaxonomyVersion", "Lead",
  "JobPosting", "PostingSkill", "PostingQuestion", "PostingEvent", "Notice", "CompanyInvite",
  "Application", "ApplicationEvent", "ApplicationNote", "SavedJob", "SavedSearch", "SearchAlert", "ApplyInvitation",
];
const SNAPSHOT_SQL = `SELECT ${SNAPSHOT_TABLES.map(
  (table) => `(SELECT count(*)::text || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${table}" t) AS "${table}"`,
).join(", ")}`;
async function snapshot(): Promise<string> {
  return JSON.stringify(await db.$queryRawUnsafe(SNAPSHOT_SQL));
}

const MB = "я".repeat(512 * 1024); // 1 MB in UTF-8

function hostileCalls(valid: unknown): [label: string, args: unknown[]][] {
  const file = new FormData();
  file.append("locale", new Blob(["<script>"]), "x.html");
  const calls: [string, unknown[]][] = [
    ["null", [null]],
    ["a number", [42]],
    ["a string", ["hello"]],
    ["a 1 MB string", [MB]],
    ["a boolean", [true]],
    ["an array", [[valid]]],
    ["an object with only __proto__", [JSON.parse('{"__proto__": {"role": "ADMIN", "polluted": true}}')]],
    ["a FormData with a file", [file]],
    ["a second argument", [valid, valid]],
  ];
  if (valid !== undefined) calls.push(["no argument", []]);
  if (valid && typeof valid === "object") {
    const v = valid as Record<string, unknown>;
    calls.push(
      ["valid plus a __proto__ key", [Object.assign(JSON.parse('{"__proto__": {"polluted": true}}'), v)]],
      ["valid plus constructor.prototype", [{ ...v, constructor: { prototype: { polluted: true } } }]],
      ["valid plus an unknown key", [{ ...v, isAdmin: true }]],
    );
    for (const key of Object.keys(v)) {
      if (typeof v[key] === "string" || v[key] === null) calls.push([`${key} with a NUL byte`, [{ ...v, [key]: `a\u0000b` }]]);
      calls.push(
        [`${key} as a 1 MB string`, [{ ...v, [key]: MB }]],
        [`${key} as a number`, [{ ...v, [key]: 12345 }]],
        [`${key} as an object`, [{ ...v, [key]: { $gt: "" } }]],
        [`${key} as an array`, [{ ...v, [key]: [v[key]] }]],
      );
    }
  }
  return calls;
}

function expectReadableFailure(result: Result<unknown>, label: string): void {
  expect(result.ok, label).toBe(false);
  if (result.ok) return;
  // Refused by the checks, not by an exception deeper down (a database error is a bug, even when caught).
  expect(result.error, label).not.toMatch(/^errors\.unexpected/);
  expect(readableMessage(result.error), label).toBe(result.error);
  for (const message of Object.values(result.fieldErrors ?? {})) expect(readableMessage(message), label).toBe(message);
}

const ROLES: Caller["role"][] = ["ANONYMOUS", "CANDIDATE", "EMPLOYER", "ADMIN"];

describe("every server action", () => {
  it("is built with defineAction, named after its export, and has a row in CASES", () => {
    expect(actions.size).toBeGreaterThan(0);
    for (const [where, action] of actions) {
      const definition = action[ACTION_DEFINITION];
      expect(definition, `${where} is not made with defineAction`).toBeDefined();
      expect(`${definition!.name}Action`, where).toBe(where.split("#")[1]);
      expect(CASES, `add a line for ${definition!.name} to CASES`).toHaveProperty(definition!.name);
    }
    expect(Object.keys(CASES).filter((name) => !byName.has(name)), "CASES rows without an action").toEqual([]);
  });

  it('has no "use server" file outside lib/actions', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!["generated", "node_modules"].includes(entry.name)) walk(full);
        } else if (/\.tsx?$/.test(entry.name) && /["']use server["']/.test(fs.readFileSync(full, "utf8"))) {
          if (!path.relative(ROOT, full).startsWith(path.join("lib", "actions"))) offenders.push(path.relative(ROOT, full));
        }
      }
    };
    for (const dir of ["app", "components", "lib"]) walk(path.join(ROOT, dir));
    expect(offenders).toEqual([]);
  });
});

beforeAll(async () => {
  await seedTaxonomy();
});

describe.each(Object.keys(CASES))("%s", (name) => {
  const action = () => byName.get(name)!;
  const audience = () => CASES[name]!.who;
  const callers = new Map<Caller["role"], Caller>();

  beforeAll(async () => {
    for (const role of ROLES) callers.set(role, await makeCaller(role));
  });

  it.each(ROLES)("as %s: a valid call works only for the right role, and a refused one stores nothing", async (role) => {
    const caller = callers.get(role)!;
    const allowed = allows(audience(), role);
    // A valid input needs a signed-in caller for some actions: borrow one of the right role to build it.
    const builder = allowed ? caller : ROLES.map((r) => callers.get(r)!).find((c) => allows(audience(), c.role))!;
    const input = await CASES[name]!.valid(builder);
    actAs(caller.role === "ANONYMOUS" ? null : caller.user);
    const before = await snapshot();
    const result = await action()(...(input === undefined ? [] : [input]));
    if (allowed) {
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    } else {
      expect(result).toEqual({ ok: false, error: role === "ANONYMOUS" ? "errors.unauthorized" : "errors.forbidden" });
      expect(await snapshot()).toBe(before);
    }
  });

  it("answers every hostile argument with a clear error, from every caller, and stores nothing", async () => {
    for (const role of ROLES) {
      const caller = callers.get(role)!;
      const builder = allows(audience(), role) ? caller : ROLES.map((r) => callers.get(r)!).find((c) => allows(audience(), c.role))!;
      const valid = await CASES[name]!.valid(builder);
      const fileText = (CASES[name]!.fileText ?? []).map((field) => `${field} `);
      for (const [label, args] of hostileCalls(valid)) {
        actAs(caller.role === "ANONYMOUS" ? null : caller.user);
        const before = await snapshot();
        const result = await action()(...args);
        if (result.ok && allows(audience(), role) && fileText.some((prefix) => label.startsWith(prefix))) {
          expect(result.value, `${role}: ${label}`).toMatchObject({ kind: "errors", errors: [expect.anything()] });
        } else {
          expectReadableFailure(result, `${role}: ${label}`);
        }
        expect(await snapshot(), `${role}: ${label} stored something`).toBe(before);
        expect(({} as Record<string, unknown>).polluted, `${label} polluted Object.prototype`).toBeUndefined();
      }
    }
  });
});

describe("rate limits of the actions", () => {
  beforeAll(() => markServedByAppServer());

  it("sign-up: 10 accounts per address per hour; the 11th gets a clear message, another address is not affected", async () => {
    const signUp = byName.get("signUpCandidate")!;
    const address = uniqueAddress();
    const attempt = () => {
      actAs(null, address);
      return signUp({ name: "Spammer", email: uniqueEmail("spam"), password: PASSWORD, locale: "en" });
    };
    for (let i = 0; i < 10; i++) expect(await attempt(), `sign-up ${i + 1}`).toEqual({ ok: true, value: null });
    const users = await db.user.count();
    expect(await attempt()).toEqual({ ok: false, error: "errors.tooManyRequests?minutes=60" });
    expect(await db.user.count()).toBe(users);
    actAs(null, uniqueAddress());
    expect(await signUp({ name: "Real", email: uniqueEmail("real"), password: PASSWORD, locale: "en" })).toMatchObject({ ok: true });
  });

  it("contact form: 5 leads per address per hour; the 6th is refused and not kept", async () => {
    const submit = byName.get("submitLead")!;
    const address = uniqueAddress();
    const lead = () => ({ name: "Ирина", company: "Кофейня", email: uniqueEmail("lead"), need: "COMMUNITY", message: "", locale: "ru" });
    for (let i = 0; i < 5; i++) {
      actAs(null, address);
      expect(await submit(lead()), `lead ${i + 1}`).toEqual({ ok: true, value: null });
    }
    const leads = await db.lead.count();
    actAs(null, address);
    expect(await submit(lead())).toEqual({ ok: false, error: "errors.tooManyRequests?minutes=60" });
    expect(await db.lead.count()).toBe(leads);
    actAs(null, uniqueAddress());
    expect(await submit(lead())).toEqual({ ok: true, value: null });
    expect(await db.lead.count()).toBe(leads + 1);
  });

  it("contact form: a filled honeypot field is thanked like a person and nothing is kept", async () => {
    const submit = byName.get("submitLead")!;
    const leads = await db.lead.count();
    actAs(null, uniqueAddress());
    const bot = { name: "Bot", company: "Spam Inc", email: uniqueEmail("bot"), need: "SMM", message: "Buy now", homepage: "https://spam.example" };
    expect(await submit(bot)).toEqual({ ok: true, value: null });
    expect(await db.lead.count()).toBe(leads);
  });

  it("password change: 5 attempts per account per 15 minutes, whatever the address", async () => {
    const account = await makeCandidate();
    const user = await signInAs(account);
    const change = byName.get("changePassword")!;
    for (let i = 0; i < 5; i++) {
      actAs(user, uniqueAddress());
      expect(await change({ currentPassword: `Wrong-guess-${i}1`, newPassword: "Brand-new-pass-42" })).toMatchObject({
        ok: false,
        error: "errors.wrongPassword",
      });
    }
    actAs(user, uniqueAddress());
    expect(await change({ currentPassword: account.password, newPassword: "Brand-new-pass-42" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^errors\.tooManyRequests\?minutes=1[45]$/),
    });
  });

  it("reset submissions: 10 per address per 15 minutes", async () => {
    const reset = byName.get("resetPassword")!;
    const address = uniqueAddress();
    for (let i = 0; i < 10; i++) {
      actAs(null, address);
      expect(await reset({ token: `made-up-token-${i}-aaaaaaaaaaaaaaaaaaaa`, password: "Another-fresh-2027" })).toEqual({
        ok: false,
        error: "errors.resetLinkInvalid",
      });
    }
    actAs(null, address);
    expect(await reset({ token: await freshResetToken(), password: "Another-fresh-2027" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^errors\.tooManyRequests/),
    });
  });
});
