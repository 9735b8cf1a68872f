// What the admin's taxonomy editor shows: plain data that
// lib/server/taxonomy/admin-read.ts builds and components render.
import type { RoleDoc } from "@/lib/validations/taxonomy";
import type { GrowthKind, Importance, SkillType, TaxonomyAction, TaxonomyEntity, TaxonomyStatus } from "@/lib/views/vocabulary";

export interface SkillListItem {
  slug: string;
  labelEn: string;
  labelRu: string;
  group: string;
  groupSlug: string;
  status: TaxonomyStatus;
  type: SkillType;
  version: number;
  /** Roles that require it. */
  usedBy: number;
}

export interface SkillOption {
  slug: string;
  label: string;
  status: TaxonomyStatus;
  version: number;
}

export interface RoleEditView {
  fields: Omit<RoleDoc, "requirements">;
  version: number;
  requirements: { skill: string; label: string; skillStatus: TaxonomyStatus; importance: Importance; minLevel: number }[];
  edgesOut: { to: string; label: string; kind: GrowthKind; rationaleEn: string; rationaleRu: string; version: number }[];
  edgesIn: { from: string; label: string; kind: GrowthKind }[];
}

export interface ChangeView {
  id: string;
  at: Date;
  actorName: string;
  entity: TaxonomyEntity;
  key: string;
  label: string;
  action: TaxonomyAction;
  fields: { field: string; before: string; after: string }[];
  reverted: boolean;
  revertOf: string | null;
}

/** A problem in an uploaded file, with the line it is on. */
export interface LineError {
  line: number;
  message: string;
  column?: string;
}

export interface PlannedItem {
  entity: Exclude<TaxonomyEntity, "REQUIREMENT" | "TAXONOMY">;
  key: string;
  label: string;
  /** For a change: the fields that differ. */
  fields?: string[];
  /** For a conflict: the app edit the import would overwrite. */
  editedBy?: { by: string; at: string };
}

export interface ImportPlan {
  adds: PlannedItem[];
  changes: PlannedItem[];
  /** Changes to items edited in the app after their last import: applying overwrites those edits. */
  conflicts: PlannedItem[];
  unchanged: number;
  /** Items in the taxonomy but not in the file: an import keeps them. */
  kept: number;
  /** Names this exact plan: a confirmation must name the plan it saw. */
  hash: string;
}

export type ImportPreview = { kind: "errors"; errors: LineError[] } | { kind: "plan"; plan: ImportPlan };
