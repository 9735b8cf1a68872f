import "server-only";
// The career map: every active role with the candidate's fit, gaps and open
// jobs, "you are here", and the steps from there. The arithmetic is
// lib/domain/career-fit.ts; this file joins it to the taxonomy and the board.
import { computeFit, placeCandidate, reachableSteps, type PastRole, type SkillGap, type StatedSkills } from "@/lib/domain/career-fit";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { getCareerModel, NODE_SIZE, type CareerModel } from "@/lib/server/career/model";
import { countOpenJobsByRole } from "@/lib/server/job-search";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/server/sessions";
import type { CareerMapView, CareerRoleView, SkillRequirementView } from "@/lib/views/career";

export interface Standing {
  history: PastRole[];
  stated: StatedSkills;
  targetRoleId: string | null;
}

export function buildCareerMap(model: CareerModel, standing: Standing, openJobs: ReadonlyMap<string, number>, locale: LocaleCode): CareerMapView {
  const fits = new Map(model.roles.map((r) => [r.id, computeFit(r.requirements, standing.stated)]));
  const here = placeCandidate(
    model.roles.map((r) => ({ id: r.id, seniority: r.seniority, position: r.position, fit: fits.get(r.id)!.fit })),
    standing.history,
    standing.stated.size,
  );
  const byId = new Map(model.roles.map((r) => [r.id, r]));
  const steps = new Map(here ? reachableSteps(here.roleId, model.edges).map((s) => [s.roleId, s]) : []);
  const edgeOf = new Map(model.edges.map((e) => [`${e.from}>${e.to}`, e]));
  const skillLabel = (id: string) => {
    const skill = model.skills.get(id);
    return skill ? pick(skill, "label", locale) : id;
  };
  const view = (g: SkillGap): SkillRequirementView => ({
    skillId: g.skillId,
    importance: g.importance,
    minLevel: g.minLevel,
    level: g.level,
    points: g.points,
    label: skillLabel(g.skillId),
  });

  const roles: CareerRoleView[] = model.roles.map((r) => {
    const fit = fits.get(r.id)!;
    const step = steps.get(r.id);
    const edge = step ? edgeOf.get(`${step.via}>${r.id}`) : undefined;
    return {
      id: r.id,
      slug: r.slug,
      label: pick(r, "label", locale),
      summary: pick(r, "summary", locale),
      family: r.family,
      seniority: r.seniority,
      fit: fit.fit,
      essentialMet: fit.essentialMet,
      essentialTotal: fit.essentialTotal,
      total: fit.total,
      matched: fit.matched.map(view),
      gaps: fit.gaps.map(view),
      step:
        step && edge
          ? { distance: step.distance, viaLabel: pick(byId.get(step.via)!, "label", locale), kind: step.kind, rationale: pick(edge, "rationale", locale) }
          : null,
      openJobs: openJobs.get(r.id) ?? 0,
      x: r.x,
      y: r.y,
    };
  });
  const hereRole = here ? byId.get(here.roleId)! : null;
  return {
    here: here && hereRole ? { roleId: here.roleId, label: pick(hereRole, "label", locale), fit: here.fit, reasons: here.reasons } : null,
    roles,
    edges: model.edges.map((e) => ({ from: e.from, to: e.to, kind: e.kind })),
    targetRoleId: standing.targetRoleId && byId.has(standing.targetRoleId) ? standing.targetRoleId : null,
    statedSkills: standing.stated.size,
    size: {
      width: Math.max(0, ...model.roles.map((r) => r.x)) + NODE_SIZE.width,
      height: Math.max(0, ...model.roles.map((r) => r.y)) + NODE_SIZE.height,
    },
  };
}

async function readStanding(actor: SessionUser): Promise<Standing | null> {
  const user = await db.user.findFirst({
    where: { id: actor.id, role: "CANDIDATE" },
    select: {
      candidateProfile: { select: { targetRoleId: true } },
      candidateRoles: { select: { roleId: true, current: true } },
      candidateSkills: { select: { skillId: true, level: true } },
    },
  });
  if (!user) return null;
  return {
    history: user.candidateRoles,
    stated: new Map(user.candidateSkills.map((s) => [s.skillId, s.level])),
    targetRoleId: user.candidateProfile?.targetRoleId ?? null,
  };
}

export async function getMyCareerMap(actor: SessionUser, locale: LocaleCode): Promise<CareerMapView | null> {
  const [model, standing, openJobs] = await Promise.all([getCareerModel(), readStanding(actor), countOpenJobsByRole()]);
  return standing ? buildCareerMap(model, standing, openJobs, locale) : null;
}

/**
 * The public map from a role (no account): a typical holder of the role
 * states exactly its requirements at their minimum levels, and holds it now.
 * Null for an unknown or deprecated role.
 */
export async function getRoleCareerMap(slug: string, locale: LocaleCode): Promise<CareerMapView | null> {
  const [model, openJobs] = await Promise.all([getCareerModel(), countOpenJobsByRole()]);
  const role = model.roles.find((r) => r.slug === slug);
  if (!role) return null;
  const stated = new Map(role.requirements.filter((q) => q.skillStatus !== "DEPRECATED").map((q) => [q.skillId, q.minLevel]));
  return buildCareerMap(model, { history: [{ roleId: role.id, current: true }], stated, targetRoleId: null }, openJobs, locale);
}
