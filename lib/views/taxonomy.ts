// What the taxonomy pages show: plain data that lib/server/taxonomy.ts builds
// and components render.
import type { GrowthKind, Importance, RoleFamily, Seniority, TaxonomyStatus } from "@/lib/views/vocabulary";

export interface RoleSummary {
  slug: string;
  family: RoleFamily;
  seniority: Seniority;
  label: string;
  summary: string;
  essentialCount: number;
  optionalCount: number;
  /** The most demanding essential skills, for a card: the same skills in every language. */
  topSkills: { slug: string; label: string }[];
  nextSteps: { slug: string; label: string; kind: GrowthKind }[];
}

export interface RoleDetail {
  slug: string;
  family: RoleFamily;
  seniority: Seniority;
  label: string;
  summary: string;
  responsibilities: string[];
  kpis: string[];
  channels: string[];
  sourceUri: string | null;
  status: TaxonomyStatus;
  requirements: { slug: string; label: string; group: string; importance: Importance; minLevel: number; shared: boolean }[];
  edges: { direction: "out" | "in"; kind: GrowthKind; slug: string; label: string; rationale: string }[];
}

export interface TaxonomyOverview {
  counts: { groups: number; skills: number; deprecatedSkills: number; roles: number; requirements: number; edges: number };
  groups: { slug: string; label: string; skills: { slug: string; label: string; type: string; status: string }[] }[];
  roles: RoleSummary[];
  edges: { from: string; to: string; kind: GrowthKind }[];
}
