// The admin editor's inputs: each item's document (lib/validations/taxonomy.ts)
// plus the version the admin started from. Without a version a save creates
// the item; with one it updates it, unless someone changed it since.
import { z } from "@/lib/validations/z";
import { noControlCharacters, zSlug } from "@/lib/validations/fields";
import {
  bilingual,
  sameLength,
  refineEdge,
  refineRole,
  TAXONOMY_LIMITS,
  zFamilyFields,
  zGrowthEdgeFields,
  zRequirementDoc,
  zRoleFields,
  zSkillFields,
  zSkillGroupFields,
} from "@/lib/validations/taxonomy";
import { ROLE_FAMILIES, TAXONOMY_STATUSES } from "@/lib/views/vocabulary";

/** The version a form was loaded with; absent when the form creates the item. */
const zVersion = z.number().int().min(1).max(2_147_483_647);
const zVersioned = { version: zVersion.optional() };

export const zSaveSkillGroupInput = zSkillGroupFields.extend(zVersioned).superRefine(bilingual("label"));
export const zSaveSkillInput = zSkillFields.extend(zVersioned).superRefine(bilingual("label"));
export const zSaveRoleInput = refineRole(zRoleFields.extend(zVersioned));
export type SaveSkillGroupInput = z.output<typeof zSaveSkillGroupInput>;
export type SaveSkillInput = z.output<typeof zSaveSkillInput>;
export type SaveRoleInput = z.output<typeof zSaveRoleInput>;

/** A requirement of a role: the role's version guards the whole list. */
export const zSaveRequirementInput = zRequirementDoc.extend({ role: zSlug, roleVersion: zVersion });
export const zRemoveRequirementInput = z.strictObject({ role: zSlug, skill: zSlug, roleVersion: zVersion });
export type SaveRequirementInput = z.output<typeof zSaveRequirementInput>;

export const zSaveGrowthEdgeInput = refineEdge(zGrowthEdgeFields.extend(zVersioned));
export const zDeleteGrowthEdgeInput = z.strictObject({ from: zSlug, to: zSlug, version: zVersion });
export type SaveGrowthEdgeInput = z.output<typeof zSaveGrowthEdgeInput>;

export const zSaveFamilyInput = zFamilyFields.extend(zVersioned).superRefine(sameLength("kpis", "channels"));
export type SaveFamilyInput = z.output<typeof zSaveFamilyInput>;

/** The items that have a status, an order, and can be deleted when unused. */
export const LISTED_ENTITIES = ["GROUP", "SKILL", "ROLE"] as const;
export type ListedEntity = (typeof LISTED_ENTITIES)[number];

export const zSetStatusInput = z.strictObject({
  entity: z.enum(LISTED_ENTITIES),
  key: zSlug,
  version: zVersion,
  status: z.enum(TAXONOMY_STATUSES),
});
export const zDeleteItemInput = z.strictObject({ entity: z.enum(LISTED_ENTITIES), key: zSlug, version: zVersion });
export const zMoveItemInput = z.strictObject({
  entity: z.enum(["GROUP", "SKILL", "ROLE", "REQUIREMENT"]),
  /** A slug; for a requirement "role-slug/skill-slug". */
  key: z.string().max(170).regex(/^[a-z0-9-]+(\/[a-z0-9-]+)?$/, "errors.notFound"),
  version: zVersion,
  direction: z.enum(["up", "down"]),
});
export type SetStatusInput = z.output<typeof zSetStatusInput>;
export type MoveItemInput = z.output<typeof zMoveItemInput>;

export const zMergeSkillsInput = z
  .strictObject({ keep: zSlug, keepVersion: zVersion, merge: zSlug, mergeVersion: zVersion })
  .refine((v) => v.keep !== v.merge, { path: ["merge"], message: "errors.mergeIntoItself" });
export type MergeSkillsInput = z.output<typeof zMergeSkillsInput>;

export const zRevertChangeInput = z.strictObject({ changeId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "errors.notFound") });

export const zFamilyKey = z.enum(ROLE_FAMILIES);

/** The skills list's filters (from the query string: anything odd is ignored). */
export const zSkillFilter = z.object({
  q: z.string().trim().max(TAXONOMY_LIMITS.label).optional().catch(undefined),
  group: zSlug.optional().catch(undefined),
  status: z.enum(TAXONOMY_STATUSES).optional().catch(undefined),
  /** Only skills missing a translation in this language. */
  missing: z.enum(["en", "ru"]).optional().catch(undefined),
});
export type SkillFilter = z.output<typeof zSkillFilter>;

/** An uploaded taxonomy file: its format and its text (the action's body limit caps it near 2 MB). */
export const IMPORT_FILE_FORMATS = ["json", "skills-csv", "requirements-csv"] as const;
export const zImportFileInput = z.strictObject({
  format: z.enum(IMPORT_FILE_FORMATS),
  text: z.string().min(1).max(1_900_000),
});
export const zApplyImportInput = zImportFileInput.extend({ hash: z.string().regex(/^[0-9a-f]{32}$/, "errors.importPlanChanged") });

export const zPublishVersionInput = z.strictObject({
  note: z.string().trim().min(1).max(500).refine(noControlCharacters, "errors.invalidCharacters"),
});
