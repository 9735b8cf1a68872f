// How well a candidate's stated skills fit a role, where the candidate stands
// on the growth paths, and what each step asks that they lack (issue 10).
// Pure functions: the career map, the gap plan, the public map on the roles
// pages and (later) the job board's "x of y skills match" all call these.
//
// Fit, in one paragraph (the page shows the same words):
//   Each of the role's requirements weighs 3 if essential, 1 if optional. A
//   requirement counts in full when the candidate's stated level reaches the
//   role's minimum, in part (level ÷ minimum) when it is below, and not at all
//   when the skill is not stated. Fit is the weighted sum over the weights, as
//   a whole percentage. Only what the candidate stated counts: nothing is
//   inferred from titles or years. Requirements on deprecated skills are left
//   out (nobody can add those any more); a role with no counted requirement
//   has no fit (null), not 0 % or 100 %.
//
// "You are here": the role with the best placement score, which is the fit
// plus 25 points for a current role and 10 for a past one (roles the candidate
// named and confirmed); ties go to the lower rung, then to the taxonomy's
// order. With neither roles nor skills there is no placement.
//
// Steps: from "you are here", every role reachable along the growth edges
// (breadth first, so the fewest steps), with the edge that leads into it: a
// vertical edge is an advancement up the ladder, a horizontal one a lateral
// move across a bridge (Lightcast's two kinds).

import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import type { JobMatch } from "@/lib/views/jobs";
import type { GrowthKind, Importance, Seniority, TaxonomyStatus } from "@/lib/views/vocabulary";

export const FIT_WEIGHTS: Record<Importance, number> = { ESSENTIAL: 3, OPTIONAL: 1 };
export const PLACEMENT_BONUS = { current: 25, past: 10 } as const;
const RUNG: Record<Seniority, number> = { JUNIOR: 1, MIDDLE: 2, SENIOR: 3, LEAD: 4, HEAD: 5 };

export interface FitRequirement {
  skillId: string;
  importance: Importance;
  minLevel: number;
  skillStatus?: TaxonomyStatus;
}

/** The candidate's stated skills: skill id → level 1–5. */
export type StatedSkills = ReadonlyMap<string, number>;

export interface SkillGap {
  skillId: string;
  importance: Importance;
  minLevel: number;
  /** The stated level, or null when the skill is not stated. */
  level: number | null;
  /** Fit points (of 100) this requirement would add if met in full. */
  points: number;
}

export interface RoleFit {
  /** 0–100, or null when the role has no counted requirement. */
  fit: number | null;
  matched: SkillGap[];
  /** Stated below the minimum, then not stated; each ordered by importance (see orderGaps). */
  gaps: SkillGap[];
  essentialTotal: number;
  essentialMet: number;
  total: number;
}

/**
 * Most important first: essential before optional, then the points the
 * requirement would add, then the higher minimum level; ties keep the
 * taxonomy's order (the requirements' order as given: the sort is stable).
 */
function orderGaps(gaps: SkillGap[]): SkillGap[] {
  return gaps.sort((a, b) => FIT_WEIGHTS[b.importance] - FIT_WEIGHTS[a.importance] || b.points - a.points || b.minLevel - a.minLevel);
}

// Called for every role of the map on every view: one pass, and no object copied (spreads cost more than the arithmetic).
export function computeFit(requirements: readonly FitRequirement[], stated: StatedSkills): RoleFit {
  let totalWeight = 0;
  for (const r of requirements) if (r.skillStatus !== "DEPRECATED") totalWeight += FIT_WEIGHTS[r.importance];
  if (totalWeight === 0) return { fit: null, matched: [], gaps: [], essentialTotal: 0, essentialMet: 0, total: 0 };
  let earned = 0;
  let total = 0;
  let essentialTotal = 0;
  let essentialMet = 0;
  const matched: SkillGap[] = [];
  const below: SkillGap[] = [];
  const missing: SkillGap[] = [];
  for (const r of requirements) {
    if (r.skillStatus === "DEPRECATED") continue;
    total++;
    const level = stated.get(r.skillId) ?? null;
    const weight = FIT_WEIGHTS[r.importance];
    const credit = level === null ? 0 : Math.min(1, level / r.minLevel);
    earned += weight * credit;
    if (r.importance === "ESSENTIAL") essentialTotal++;
    if (credit >= 1) {
      if (r.importance === "ESSENTIAL") essentialMet++;
      matched.push({ skillId: r.skillId, importance: r.importance, minLevel: r.minLevel, level, points: 0 });
    } else {
      const gap = { skillId: r.skillId, importance: r.importance, minLevel: r.minLevel, level, points: round1((weight * (1 - credit) * 100) / totalWeight) };
      (level === null ? missing : below).push(gap);
    }
  }
  return {
    fit: Math.round((earned * 100) / totalWeight),
    matched: orderGaps(matched),
    gaps: orderGaps(below).concat(orderGaps(missing)),
    essentialTotal,
    essentialMet,
    total,
  };
}

/** A posting's skill as the fit reads it. */
export interface PostingSkillFacts {
  skillId: string;
  mustHave: boolean;
  level: number;
  skill: { status: TaxonomyStatus };
}

/** A posting's skills as fit requirements: must-haves essential, the posting's level the minimum. */
export function postingRequirements(skills: readonly PostingSkillFacts[]): FitRequirement[] {
  return skills.map((s) => ({ skillId: s.skillId, importance: s.mustHave ? "ESSENTIAL" : "OPTIONAL", minLevel: s.level, skillStatus: s.skill.status }));
}

const MISSING_SHOWN = 3;

/** "x of y skills match" on a job card and page: the posting's skills against the stated ones; none when no skill counts. */
export function jobMatch(
  skills: readonly (PostingSkillFacts & { skill: { labelEn: string; labelRu: string } })[],
  stated: StatedSkills,
  locale: LocaleCode,
): JobMatch | undefined {
  const fit = computeFit(postingRequirements(skills), stated);
  if (fit.fit === null) return undefined;
  const label = new Map(skills.map((s) => [s.skillId, pick(s.skill, "label", locale)]));
  return {
    fit: fit.fit,
    matched: fit.matched.length,
    total: fit.total,
    mustMet: fit.essentialMet,
    mustTotal: fit.essentialTotal,
    missing: fit.gaps.slice(0, MISSING_SHOWN).map((g) => label.get(g.skillId)!),
    moreMissing: Math.max(0, fit.gaps.length - MISSING_SHOWN),
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface PlacementRole {
  id: string;
  seniority: Seniority;
  position: number;
  fit: number | null;
}

export interface PastRole {
  roleId: string;
  current: boolean;
}

export interface Placement {
  roleId: string;
  score: number;
  fit: number | null;
  /** Why: "current" (the candidate's current role), "past" (a past one), "fit" (the skills alone). */
  reasons: ("current" | "past" | "fit")[];
}

export function placeCandidate(roles: readonly PlacementRole[], history: readonly PastRole[], statedCount: number): Placement | null {
  if (history.length === 0 && statedCount === 0) return null;
  const current = new Set(history.filter((h) => h.current).map((h) => h.roleId));
  const past = new Set(history.filter((h) => !h.current).map((h) => h.roleId));
  let best: (Placement & { rung: number; position: number }) | null = null;
  for (const role of roles) {
    const isCurrent = current.has(role.id);
    const isPast = !isCurrent && past.has(role.id);
    const fitPart = statedCount > 0 ? (role.fit ?? 0) : 0;
    const score = fitPart + (isCurrent ? PLACEMENT_BONUS.current : 0) + (isPast ? PLACEMENT_BONUS.past : 0);
    if (score === 0) continue;
    const candidate = {
      roleId: role.id,
      score,
      fit: role.fit,
      reasons: [...(isCurrent ? (["current"] as const) : []), ...(isPast ? (["past"] as const) : []), ...(fitPart > 0 ? (["fit"] as const) : [])],
      rung: RUNG[role.seniority],
      position: role.position,
    };
    if (!best || score > best.score || (score === best.score && (candidate.rung < best.rung || (candidate.rung === best.rung && role.position < best.position)))) {
      best = candidate;
    }
  }
  if (!best) return null;
  return { roleId: best.roleId, score: best.score, fit: best.fit, reasons: best.reasons };
}

export interface Edge {
  from: string;
  to: string;
  kind: GrowthKind;
}

export interface Step {
  roleId: string;
  /** Edges from "you are here" along the shortest path. */
  distance: number;
  /** The role the last edge leaves, and that edge's kind. */
  via: string;
  kind: GrowthKind;
}

/** Every role reachable from `start` by the fewest edges; edges are taken in the order given, so equal paths pick the first. */
export function reachableSteps(start: string, edges: readonly Edge[]): Step[] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const seen = new Set([start]);
  const steps: Step[] = [];
  let frontier = [start];
  for (let distance = 1; frontier.length > 0; distance++) {
    const next: string[] = [];
    for (const from of frontier) {
      for (const e of out.get(from) ?? []) {
        if (seen.has(e.to)) continue;
        seen.add(e.to);
        steps.push({ roleId: e.to, distance, via: from, kind: e.kind });
        next.push(e.to);
      }
    }
    frontier = next;
  }
  return steps;
}
