import "server-only";
// Company members find candidates who let companies find them
// (CandidateProfile.discoverable), by skills and by growth target, and invite
// one to apply to an open posting. What a member reads here is the candidate's
// first name, headline, background and skills: no e-mail, no surname, until
// the candidate applies (the application carries the contact details).
import { db } from "@/lib/db";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { membershipOf, openNow } from "@/lib/server/postings/access";
import type { SessionUser } from "@/lib/server/sessions";
import { isUniqueViolation, transaction } from "@/lib/server/transaction";
import type { CandidateSearch } from "@/lib/validations/application";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { FoundCandidate } from "@/lib/views/applications";

const SHOWN = 50;
const SKILLS_SHOWN = 8;

/** The first word of a name: enough to address someone, not enough to look them up. */
export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? "";

export async function searchCandidates(actor: SessionUser, search: CandidateSearch, locale: LocaleCode): Promise<FoundCandidate[] | null> {
  const membership = await membershipOf(actor);
  if (!membership) return null;
  const [skills, role] = await Promise.all([
    search.skills.length > 0 ? db.skill.findMany({ where: { id: { in: search.skills } }, select: { id: true } }) : [],
    search.target ? db.role.findUnique({ where: { id: search.target }, select: { id: true } }) : null,
  ]);
  // An unknown skill or role finds nobody rather than everybody.
  if (skills.length < search.skills.length || (search.target && !role)) return [];
  const skillIds = skills.map((s) => s.id);
  const rows = await db.user.findMany({
    where: {
      role: "CANDIDATE",
      disabled: false,
      candidateProfile: { discoverable: true, ...(role ? { targetRoleId: role.id } : {}) },
      AND: skillIds.map((skillId) => ({ candidateSkills: { some: { skillId } } })),
    },
    orderBy: { updatedAt: "desc" },
    take: 500,
    select: {
      id: true,
      name: true,
      candidateProfile: { select: { headline: true, location: true, workMode: true, targetRole: { select: { labelEn: true, labelRu: true } } } },
      candidateRoles: { orderBy: { position: "asc" }, select: { years: true, current: true, role: { select: { labelEn: true, labelRu: true } } } },
      candidateSkills: { orderBy: [{ level: "desc" }, { position: "asc" }], select: { skillId: true, level: true, skill: { select: { labelEn: true, labelRu: true } } } },
    },
  });
  const chosen = new Set(skillIds);
  // Strongest on the skills asked for first, then the most recently updated profile.
  const score = (r: (typeof rows)[number]) => r.candidateSkills.reduce((n, s) => n + (chosen.has(s.skillId) ? s.level : 0), 0);
  return rows
    .map((r) => ({ r, score: score(r) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, SHOWN)
    .map(({ r }) => ({
      id: r.id,
      firstName: firstName(r.name),
      headline: r.candidateProfile?.headline ?? null,
      location: r.candidateProfile?.location ?? null,
      workMode: r.candidateProfile?.workMode ?? null,
      target: r.candidateProfile?.targetRole ? pick(r.candidateProfile.targetRole, "label", locale) : null,
      roles: r.candidateRoles.map((x) => ({ label: pick(x.role, "label", locale), years: x.years, current: x.current })),
      // The skills asked for first, then the strongest.
      skills: [...r.candidateSkills]
        .sort((a, b) => Number(chosen.has(b.skillId)) - Number(chosen.has(a.skillId)))
        .slice(0, SKILLS_SHOWN)
        .map((s) => ({ label: pick(s.skill, "label", locale), level: s.level, asked: chosen.has(s.skillId) })),
      moreSkills: Math.max(0, r.candidateSkills.length - SKILLS_SHOWN),
    }));
}

/** The company's open postings, to invite to. */
export async function listOpenPostingsForInvites(actor: SessionUser, locale: LocaleCode, now = new Date()): Promise<{ id: string; title: string }[]> {
  const membership = await membershipOf(actor);
  if (!membership) return [];
  const rows = await db.jobPosting.findMany({
    where: { companyId: membership.companyId, ...openNow(now) },
    orderBy: { publishedAt: "desc" },
    select: { id: true, titleEn: true, titleRu: true },
  });
  return rows.map((r) => ({ id: r.id, title: pick(r, "title", locale) }));
}

/** Invites a discoverable candidate to apply to one of the company's open postings: once per posting, and not after they applied. */
export async function inviteToApply(actor: SessionUser, candidateId: string, postingId: string, now = new Date()): Promise<Result<null>> {
  const membership = await membershipOf(actor);
  if (!membership) return fail("errors.forbidden");
  const [posting, candidate] = await Promise.all([
    db.jobPosting.findFirst({
      where: { id: postingId, companyId: membership.companyId, ...openNow(now) },
      select: { id: true, titleEn: true, titleRu: true },
    }),
    db.user.findFirst({ where: { id: candidateId, role: "CANDIDATE", disabled: false, candidateProfile: { discoverable: true } }, select: { id: true } }),
  ]);
  if (!posting || !candidate) return fail("errors.notFound");
  if (await db.application.count({ where: { postingId, candidateId } })) return fail("errors.application.invitedApplied");
  try {
    return await transaction(async (tx) => {
      await tx.applyInvitation.create({ data: { postingId, candidateId, invitedById: actor.id, createdAt: now } });
      await tx.notice.create({
        data: { userId: candidateId, kind: "APPLY_INVITATION", postingId, data: { titleEn: posting.titleEn, titleRu: posting.titleRu, company: membership.companyName } },
      });
      return ok(null);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.application.alreadyInvited");
    throw error;
  }
}
