// What the background editor and the career map show: plain data built by
// lib/server/career and rendered by components/career.
import type { CurrencyCode, WorkModeCode } from "@/lib/domain/posting-rules";
import type { LANGUAGE_CODES } from "@/lib/validations/posting";
import type { GrowthKind, Importance, RoleFamily, Seniority } from "@/lib/views/vocabulary";

export interface BackgroundView {
  roles: { roleId: string; title: string | null; years: number; current: boolean }[];
  skills: { skillId: string; level: number; evidence: string | null }[];
  workMode: WorkModeCode | null;
  languages: (typeof LANGUAGE_CODES)[number][];
  salaryFrom: number | null;
  currency: CurrencyCode | null;
  discoverable: boolean;
  targetRoleId: string | null;
}

/** A role to choose in the background form, grouped by family. */
export interface RoleOption {
  id: string;
  label: string;
  family: RoleFamily;
}

export interface SkillRequirementView {
  skillId: string;
  label: string;
  importance: Importance;
  minLevel: number;
  /** The stated level, or null when the skill is not stated. */
  level: number | null;
  /** Fit points this requirement would add if met. */
  points: number;
}

export interface CareerRoleView {
  id: string;
  slug: string;
  label: string;
  summary: string;
  family: RoleFamily;
  seniority: Seniority;
  /** 0–100, or null for a role without counted requirements. */
  fit: number | null;
  essentialMet: number;
  essentialTotal: number;
  total: number;
  matched: SkillRequirementView[];
  gaps: SkillRequirementView[];
  /** How to get there from "you are here", or null (here itself, or not reachable). */
  step: { distance: number; viaLabel: string; kind: GrowthKind; rationale: string } | null;
  openJobs: number;
  x: number;
  y: number;
}

export interface CareerEdgeView {
  from: string;
  to: string;
  kind: GrowthKind;
}

export interface CareerMapView {
  here: { roleId: string; label: string; fit: number | null; reasons: ("current" | "past" | "fit")[] } | null;
  roles: CareerRoleView[];
  edges: CareerEdgeView[];
  targetRoleId: string | null;
  statedSkills: number;
  size: { width: number; height: number };
}

/** What pasted text suggests: the candidate confirms each before it is added. */
export interface SuggestionsView {
  skills: { id: string; label: string }[];
  roles: { id: string; label: string }[];
}
