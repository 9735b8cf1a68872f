import "server-only";
// The candidate's own background: past and current roles, stated skills with
// levels, and preferences. Only the candidate reads and writes it (every
// query is scoped to the signed-in candidate's id).
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/server/sessions";
import { transaction } from "@/lib/server/transaction";
import { fail, ok, type FieldErrors, type Result } from "@/lib/validations/result";
import { BACKGROUND_LIMITS, type AddSkillInput, type BackgroundInput, type TargetRoleInput } from "@/lib/validations/career";
import type { BackgroundView, RoleOption } from "@/lib/views/career";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";

export async function getMyBackground(actor: SessionUser): Promise<BackgroundView | null> {
  const user = await db.user.findFirst({
    where: { id: actor.id, role: "CANDIDATE" },
    select: {
      candidateProfile: {
        select: { workMode: true, languages: true, salaryFrom: true, currency: true, discoverable: true, targetRoleId: true },
      },
      candidateRoles: { orderBy: [{ position: "asc" }], select: { roleId: true, title: true, years: true, current: true } },
      candidateSkills: { orderBy: [{ position: "asc" }], select: { skillId: true, level: true, evidence: true } },
    },
  });
  if (!user) return null;
  const p = user.candidateProfile;
  return {
    roles: user.candidateRoles,
    skills: user.candidateSkills,
    workMode: p?.workMode ?? null,
    languages: (p?.languages ?? []) as BackgroundView["languages"],
    salaryFrom: p?.salaryFrom ?? null,
    currency: p?.currency ?? null,
    discoverable: p?.discoverable ?? false,
    targetRoleId: p?.targetRoleId ?? null,
  };
}

/** Roles to choose from: the active ones, and any the candidate already named (a deprecated one stays where it is used). */
export async function listRoleOptions(locale: LocaleCode, keepIds: string[] = []): Promise<RoleOption[]> {
  const rows = await db.role.findMany({
    where: { OR: [{ status: "ACTIVE" }, { id: { in: keepIds } }] },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, family: true, labelEn: true, labelRu: true },
  });
  return rows.map((r) => ({ id: r.id, family: r.family, label: pick(r, "label", locale) }));
}

/**
 * Roles and skills must be active taxonomy items; one the candidate already
 * had stays allowed after it was deprecated (it is shown where it is used).
 */
async function unknownReferences(actor: SessionUser, input: BackgroundInput): Promise<FieldErrors> {
  const roleIds = [...new Set(input.roles.map((r) => r.roleId))];
  const skillIds = [...new Set(input.skills.map((s) => s.skillId))];
  const [roles, skills] = await Promise.all([
    db.role.findMany({
      where: { id: { in: roleIds }, OR: [{ status: "ACTIVE" }, { candidates: { some: { userId: actor.id } } }] },
      select: { id: true },
    }),
    db.skill.findMany({
      where: { id: { in: skillIds }, OR: [{ status: "ACTIVE" }, { candidates: { some: { userId: actor.id } } }] },
      select: { id: true },
    }),
  ]);
  const knownRoles = new Set(roles.map((r) => r.id));
  const knownSkills = new Set(skills.map((s) => s.id));
  const errors: FieldErrors = {};
  input.roles.forEach((r, i) => {
    if (!knownRoles.has(r.roleId)) errors[`roles.${i}.roleId`] = "errors.career.unknownRole";
  });
  input.skills.forEach((s, i) => {
    if (!knownSkills.has(s.skillId)) errors[`skills.${i}.skillId`] = "errors.career.unknownSkill";
  });
  return errors;
}

/** Replaces the background as a whole, in one transaction: a refused save changes nothing. */
export async function saveMyBackground(actor: SessionUser, input: BackgroundInput): Promise<Result<null>> {
  const errors = await unknownReferences(actor, input);
  if (Object.keys(errors).length > 0) return fail("errors.invalidInput", errors);
  return transaction(async (tx) => {
    const candidate = await tx.user.findFirst({ where: { id: actor.id, role: "CANDIDATE" }, select: { id: true } });
    if (!candidate) return fail("errors.notFound");
    const preferences = {
      workMode: input.workMode,
      languages: input.languages,
      salaryFrom: input.salaryFrom,
      currency: input.currency,
      discoverable: input.discoverable,
    };
    await tx.candidateProfile.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...preferences }, update: preferences });
    await tx.candidateRole.deleteMany({ where: { userId: actor.id } });
    await tx.candidateRole.createMany({ data: input.roles.map((r, position) => ({ userId: actor.id, ...r, position })) });
    await tx.candidateSkill.deleteMany({ where: { userId: actor.id } });
    await tx.candidateSkill.createMany({ data: input.skills.map((s, position) => ({ userId: actor.id, ...s, position })) });
    return ok(null);
  });
}

/** Sets (or clears) the gap plan's target role: an active role. */
export async function setMyTargetRole(actor: SessionUser, input: TargetRoleInput): Promise<Result<null>> {
  if (input.roleId !== null && (await db.role.count({ where: { id: input.roleId, status: "ACTIVE" } })) === 0) {
    return fail("errors.career.unknownRole");
  }
  if ((await db.user.count({ where: { id: actor.id, role: "CANDIDATE" } })) === 0) return fail("errors.notFound");
  await db.candidateProfile.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, targetRoleId: input.roleId },
    update: { targetRoleId: input.roleId },
  });
  return ok(null);
}

/** Adds a skill to the profile from the gap plan (at the role's minimum level), or raises a stated one to it. */
export async function addMySkill(actor: SessionUser, input: AddSkillInput): Promise<Result<null>> {
  return transaction(async (tx) => {
    if ((await tx.user.count({ where: { id: actor.id, role: "CANDIDATE" } })) === 0) return fail("errors.notFound");
    if ((await tx.skill.count({ where: { id: input.skillId, status: "ACTIVE" } })) === 0) return fail("errors.career.unknownSkill");
    const key = { userId_skillId: { userId: actor.id, skillId: input.skillId } };
    const existing = await tx.candidateSkill.findUnique({ where: key, select: { level: true } });
    if (existing) {
      await tx.candidateSkill.update({ where: key, data: { level: Math.max(existing.level, input.level) } });
    } else {
      const position = await tx.candidateSkill.count({ where: { userId: actor.id } });
      if (position >= BACKGROUND_LIMITS.skills) return fail("errors.career.tooManySkills");
      await tx.candidateSkill.create({ data: { userId: actor.id, skillId: input.skillId, level: input.level, position } });
    }
    return ok(null);
  });
}
