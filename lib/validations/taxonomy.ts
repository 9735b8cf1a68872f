// The skill taxonomy as data: one zod schema per item, shared by the admin's
// editor forms, the JSON import/export and the default taxonomy's data files
// (prisma/seed/taxonomy/*.json), so the seed is an import and every start
// proves the format. References between items are slugs.
import { z } from "@/lib/validations/z";
import { noControlCharacters, zSlug } from "@/lib/validations/fields";
import {
  GROWTH_KINDS,
  IMPORTANCES,
  REUSE_LEVELS,
  ROLE_FAMILIES,
  SENIORITIES,
  SKILL_TYPES,
  TAXONOMY_STATUSES,
} from "@/lib/views/vocabulary";

export const TAXONOMY_FORMAT = "rolemap-taxonomy";
export const TAXONOMY_FORMAT_VERSION = 1;

export const TAXONOMY_LIMITS = {
  label: 120,
  description: 1000,
  summary: 600,
  listItem: 200,
  listItems: 12,
  altLabels: 40,
  rationale: 600,
  uri: 300,
  requirements: 60,
} as const;

/**
 * Text in one language. Empty means "not translated yet": the admin sees it as
 * missing; a schema that needs a text in at least one language says so itself.
 */
const zLangText = (max: number) => z.string().trim().max(max).refine(noControlCharacters, "errors.invalidCharacters");
const zLangList = z.array(zLangText(TAXONOMY_LIMITS.listItem).pipe(z.string().min(1))).max(TAXONOMY_LIMITS.listItems);
const zAltLabels = z.array(zLangText(TAXONOMY_LIMITS.label).pipe(z.string().min(1))).max(TAXONOMY_LIMITS.altLabels);

/** An ESCO (or other) concept URI: http(s) only; empty means none. */
const zUri = z
  .string()
  .trim()
  .max(TAXONOMY_LIMITS.uri)
  .refine((v) => v === "" || /^https?:\/\/\S+$/.test(v), "errors.invalidUrl")
  .nullish()
  .transform((v) => v || null);

/** At least one of the two languages must say something. */
export function bilingual<T extends Record<string, unknown>>(field: string) {
  return (value: T, ctx: z.RefinementCtx) => {
    if (!value[`${field}En`] && !value[`${field}Ru`]) {
      ctx.addIssue({ code: "custom", path: [`${field}En`], message: "errors.needOneLanguage" });
    }
  };
}

/** Lists given in both languages must have the same number of items (one item, two languages). */
export function sameLength<T extends Record<string, unknown>>(...fields: string[]) {
  return (value: T, ctx: z.RefinementCtx) => {
    for (const field of fields) {
      const en = value[`${field}En`] as unknown[];
      const ru = value[`${field}Ru`] as unknown[];
      if (en.length > 0 && ru.length > 0 && en.length !== ru.length) {
        ctx.addIssue({ code: "custom", path: [`${field}Ru`], message: "errors.listLengthsDiffer" });
      }
    }
  };
}

// Each item: its fields (an object the editor's inputs extend), and the
// document schema (the fields with the item's rules).
export const zSkillGroupFields = z.strictObject({
  slug: zSlug,
  labelEn: zLangText(TAXONOMY_LIMITS.label),
  labelRu: zLangText(TAXONOMY_LIMITS.label),
  status: z.enum(TAXONOMY_STATUSES).default("ACTIVE"),
});
export const zSkillGroupDoc = zSkillGroupFields.superRefine(bilingual("label"));
export type SkillGroupDoc = z.output<typeof zSkillGroupDoc>;

export const zSkillFields = z.strictObject({
    slug: zSlug,
    group: zSlug,
    type: z.enum(SKILL_TYPES),
    status: z.enum(TAXONOMY_STATUSES).default("ACTIVE"),
    labelEn: zLangText(TAXONOMY_LIMITS.label),
    labelRu: zLangText(TAXONOMY_LIMITS.label),
    descriptionEn: zLangText(TAXONOMY_LIMITS.description).default(""),
    descriptionRu: zLangText(TAXONOMY_LIMITS.description).default(""),
    altLabelsEn: zAltLabels.default([]),
    altLabelsRu: zAltLabels.default([]),
    reuseLevel: z.enum(REUSE_LEVELS).or(z.literal("")).nullish().transform((v) => v || null),
    sourceUri: zUri,
    escoHintUri: zUri,
  });
export const zSkillDoc = zSkillFields.superRefine(bilingual("label"));
export type SkillDoc = z.output<typeof zSkillDoc>;

export const zRequirementDoc = z.strictObject({
  skill: zSlug,
  importance: z.enum(IMPORTANCES),
  minLevel: z.number().int().min(1).max(5),
});
export type RequirementDoc = z.output<typeof zRequirementDoc>;

export const zRoleFields = z.strictObject({
  slug: zSlug,
  family: z.enum(ROLE_FAMILIES),
  seniority: z.enum(SENIORITIES),
  status: z.enum(TAXONOMY_STATUSES).default("ACTIVE"),
  labelEn: zLangText(TAXONOMY_LIMITS.label),
  labelRu: zLangText(TAXONOMY_LIMITS.label),
  summaryEn: zLangText(TAXONOMY_LIMITS.summary).default(""),
  summaryRu: zLangText(TAXONOMY_LIMITS.summary).default(""),
  responsibilitiesEn: zLangList.default([]),
  responsibilitiesRu: zLangList.default([]),
  kpisEn: zLangList.default([]),
  kpisRu: zLangList.default([]),
  channelsEn: zLangList.default([]),
  channelsRu: zLangList.default([]),
  sourceUri: zUri,
});

/** A role's own rules, for the document and for the editor's role form. */
export const refineRole = <T extends z.ZodType<Record<string, unknown>>>(schema: T) =>
  schema.superRefine(bilingual("label")).superRefine(sameLength("responsibilities", "kpis", "channels"));

export const zRoleDoc = refineRole(
  zRoleFields.extend({ requirements: z.array(zRequirementDoc).max(TAXONOMY_LIMITS.requirements).default([]) }),
).superRefine((role, ctx) => {
  const seen = new Set<string>();
  role.requirements.forEach((r, i) => {
    if (seen.has(r.skill)) ctx.addIssue({ code: "custom", path: ["requirements", i, "skill"], message: "errors.duplicate" });
    seen.add(r.skill);
  });
});
export type RoleDoc = z.output<typeof zRoleDoc>;

export const zGrowthEdgeFields = z.strictObject({
  from: zSlug,
  to: zSlug,
  kind: z.enum(GROWTH_KINDS),
  rationaleEn: zLangText(TAXONOMY_LIMITS.rationale),
  rationaleRu: zLangText(TAXONOMY_LIMITS.rationale),
});
export const refineEdge = <T extends z.ZodType<{ from: string; to: string; rationaleEn: string; rationaleRu: string }>>(schema: T) =>
  schema.superRefine(bilingual("rationale")).refine((e) => e.from !== e.to, { path: ["to"], message: "errors.edgeToItself" });
export const zGrowthEdgeDoc = refineEdge(zGrowthEdgeFields);
export type GrowthEdgeDoc = z.output<typeof zGrowthEdgeDoc>;

export const zFamilyFields = z.strictObject({
  family: z.enum(ROLE_FAMILIES),
  kpisEn: zLangList.default([]),
  kpisRu: zLangList.default([]),
  channelsEn: zLangList.default([]),
  channelsRu: zLangList.default([]),
});
export const zFamilyDoc = zFamilyFields.superRefine(sameLength("kpis", "channels"));
export type FamilyDoc = z.output<typeof zFamilyDoc>;

/** Where each item sits in a document: for errors that name it. */
type Path = (string | number)[];

/** The whole taxonomy: what the JSON export writes and the import reads. Order in each list is the display order. */
export const zTaxonomyDocument = z
  .strictObject({
    format: z.literal(TAXONOMY_FORMAT),
    formatVersion: z.literal(TAXONOMY_FORMAT_VERSION),
    skillGroups: z.array(zSkillGroupDoc).max(200),
    skills: z.array(zSkillDoc).max(20_000),
    roles: z.array(zRoleDoc).max(2_000),
    growthEdges: z.array(zGrowthEdgeDoc).max(10_000),
    families: z.array(zFamilyDoc).max(ROLE_FAMILIES.length).default([]),
  })
  .superRefine((doc, ctx) => {
    const issue = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });
    const unique = (items: { slug: string }[], list: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => (seen.has(item.slug) ? issue([list, i, "slug"], "errors.duplicate") : seen.add(item.slug)));
      return seen;
    };
    const groups = unique(doc.skillGroups, "skillGroups");
    const skills = unique(doc.skills, "skills");
    const roles = unique(doc.roles, "roles");
    doc.skills.forEach((s, i) => groups.has(s.group) || issue(["skills", i, "group"], "errors.unknownReference"));
    doc.roles.forEach((r, i) =>
      r.requirements.forEach((q, j) => skills.has(q.skill) || issue(["roles", i, "requirements", j, "skill"], "errors.unknownReference")),
    );
    const edges = new Set<string>();
    doc.growthEdges.forEach((e, i) => {
      if (!roles.has(e.from)) issue(["growthEdges", i, "from"], "errors.unknownReference");
      if (!roles.has(e.to)) issue(["growthEdges", i, "to"], "errors.unknownReference");
      const key = `${e.from}>${e.to}`;
      if (edges.has(key)) issue(["growthEdges", i], "errors.duplicateEdge");
      edges.add(key);
    });
    const families = new Set<string>();
    doc.families.forEach((f, i) => (families.has(f.family) ? issue(["families", i, "family"], "errors.duplicate") : families.add(f.family)));
  });
export type TaxonomyDocument = z.output<typeof zTaxonomyDocument>;
export type TaxonomyDocumentInput = z.input<typeof zTaxonomyDocument>;
