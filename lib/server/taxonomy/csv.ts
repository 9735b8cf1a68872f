import "server-only";
// Skills and role requirements as CSV, with ESCO-compatible columns (ESCO's
// skills_en.csv and occupationSkillRelations_en.csv: conceptUri,
// preferredLabel, altLabels one per line in the cell, skillType, reuseLevel,
// relationType…), Russian in *_ru columns, and our slugs to name items.
// papaparse writes and reads them (quoting, newlines inside cells).
import Papa from "papaparse";
import { message } from "@/lib/i18n/message";
import { toCsv } from "@/lib/server/csv";
import type { RequirementDoc, SkillDoc, TaxonomyDocument } from "@/lib/validations/taxonomy";
import type { LineError } from "@/lib/views/taxonomy-editor";

export type { LineError };

export const SKILL_COLUMNS = [
  "conceptUri",
  "preferredLabel",
  "altLabels",
  "skillType",
  "reuseLevel",
  "status",
  "description",
  "preferredLabel_ru",
  "altLabels_ru",
  "description_ru",
  "slug",
  "group",
  "escoHintUri",
] as const;

export const REQUIREMENT_COLUMNS = ["occupationUri", "relationType", "skillType", "skillUri", "roleSlug", "skillSlug", "minLevel"] as const;

const SKILL_TYPE = { SKILL: "skill/competence", KNOWLEDGE: "knowledge" } as const;
const REUSE = { TRANSVERSAL: "transversal", CROSS_SECTOR: "cross-sector", SECTOR_SPECIFIC: "sector-specific", OCCUPATION_SPECIFIC: "occupation-specific" } as const;
const STATUS = { ACTIVE: "released", DEPRECATED: "deprecated" } as const;
const RELATION = { ESSENTIAL: "essential", OPTIONAL: "optional" } as const;

const invert = <T extends Record<string, string>>(map: T) => Object.fromEntries(Object.entries(map).map(([k, v]) => [v, k])) as Record<string, keyof T>;

export function skillsToCsv(doc: TaxonomyDocument): string {
  return toCsv(
    SKILL_COLUMNS,
    doc.skills.map((s) => [
      s.sourceUri ?? "",
      s.labelEn,
      s.altLabelsEn.join("\n"),
      SKILL_TYPE[s.type],
      s.reuseLevel ? REUSE[s.reuseLevel] : "",
      STATUS[s.status],
      s.descriptionEn,
      s.labelRu,
      s.altLabelsRu.join("\n"),
      s.descriptionRu,
      s.slug,
      s.group,
      s.escoHintUri ?? "",
    ]),
  );
}

export function requirementsToCsv(doc: TaxonomyDocument): string {
  const skills = new Map(doc.skills.map((s) => [s.slug, s]));
  return toCsv(
    REQUIREMENT_COLUMNS,
    doc.roles.flatMap((role) =>
      role.requirements.map((r) => {
        const skill = skills.get(r.skill);
        return [
          role.sourceUri ?? "",
          RELATION[r.importance],
          skill ? SKILL_TYPE[skill.type] : "",
          skill?.sourceUri ?? "",
          role.slug,
          r.skill,
          String(r.minLevel),
        ];
      }),
    ),
  );
}

interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** Parses CSV with a header; each row knows the line it starts on (cells may hold newlines). */
function readCsv(text: string, columns: readonly string[], required: readonly string[]): { rows: CsvRow[]; errors: LineError[] } {
  const rows: CsvRow[] = [];
  const errors: LineError[] = [];
  const lineAt = (offset: number) => text.slice(0, offset).split("\n").length;
  let start = text.indexOf("\n") + 1;
  let header: string[] = [];
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
    step: (result) => {
      header = result.meta.fields ?? header;
      const line = lineAt(start);
      start = result.meta.cursor;
      for (const e of result.errors) errors.push({ line, message: message("errors.csvMalformed", { problem: e.message }) });
      rows.push({ line, cells: result.data });
    },
  });
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) errors.unshift({ line: 1, message: message("errors.csvMissingColumns", { columns: missing.join(", ") }) });
  const unknown = header.filter((h) => !columns.includes(h));
  if (unknown.length > 0) errors.unshift({ line: 1, message: message("errors.csvUnknownColumns", { columns: unknown.join(", ") }) });
  return { rows, errors };
}

const lines = (cell: string | undefined) =>
  (cell ?? "")
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

function pickOf<T extends string>(map: Record<string, T>, cell: string | undefined, row: CsvRow, column: string, errors: LineError[]): T | null {
  const value = (cell ?? "").trim();
  if (!value) return null;
  const found = map[value.toLowerCase()];
  if (!found) errors.push({ line: row.line, column, message: "errors.invalidChoice" });
  return found ?? null;
}

/** Skill documents from a skills CSV (still to be validated with the document schema). */
export function skillsFromCsv(text: string): { skills: (SkillDoc & { line: number })[]; errors: LineError[] } {
  const { rows, errors } = readCsv(text, SKILL_COLUMNS, ["preferredLabel", "slug", "group", "skillType"]);
  const skills = rows.map((row) => {
    const c = row.cells;
    return {
      line: row.line,
      slug: (c.slug ?? "").trim(),
      group: (c.group ?? "").trim(),
      type: pickOf(invert(SKILL_TYPE), c.skillType, row, "skillType", errors) ?? "SKILL",
      status: pickOf(invert(STATUS), c.status, row, "status", errors) ?? "ACTIVE",
      labelEn: (c.preferredLabel ?? "").trim(),
      labelRu: (c.preferredLabel_ru ?? "").trim(),
      descriptionEn: (c.description ?? "").trim(),
      descriptionRu: (c.description_ru ?? "").trim(),
      altLabelsEn: lines(c.altLabels),
      altLabelsRu: lines(c.altLabels_ru),
      reuseLevel: pickOf(invert(REUSE), c.reuseLevel, row, "reuseLevel", errors),
      sourceUri: (c.conceptUri ?? "").trim() || null,
      escoHintUri: (c.escoHintUri ?? "").trim() || null,
    } as SkillDoc & { line: number };
  });
  return { skills, errors };
}

/** Requirements by role from a requirements CSV, in row order. */
export function requirementsFromCsv(text: string): { byRole: Map<string, (RequirementDoc & { line: number })[]>; errors: LineError[] } {
  const { rows, errors } = readCsv(text, REQUIREMENT_COLUMNS, ["relationType", "roleSlug", "skillSlug", "minLevel"]);
  const byRole = new Map<string, (RequirementDoc & { line: number })[]>();
  for (const row of rows) {
    const c = row.cells;
    const minLevel = Number((c.minLevel ?? "").trim());
    if (!Number.isInteger(minLevel) || minLevel < 1 || minLevel > 5) errors.push({ line: row.line, column: "minLevel", message: "errors.levelOutOfRange" });
    const role = (c.roleSlug ?? "").trim();
    const list = byRole.get(role) ?? [];
    list.push({
      line: row.line,
      skill: (c.skillSlug ?? "").trim(),
      importance: pickOf(invert(RELATION), c.relationType, row, "relationType", errors) ?? "OPTIONAL",
      minLevel,
    });
    byRole.set(role, list);
  }
  return { byRole, errors };
}
