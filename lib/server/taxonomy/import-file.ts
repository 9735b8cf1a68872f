import "server-only";
// Reading an uploaded taxonomy file (the whole taxonomy as JSON, or skills or
// requirements as CSV) into a validated document. Every problem is reported
// with the line it is on, so a malformed file can be fixed; a file with any
// problem changes nothing.
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { message } from "@/lib/i18n/message";
import { requirementsFromCsv, skillsFromCsv, type LineError } from "@/lib/server/taxonomy/csv";
import { readableMessage } from "@/lib/validations/result";
import { zTaxonomyDocument, type TaxonomyDocument } from "@/lib/validations/taxonomy";

export const IMPORT_FORMATS = ["json", "skills-csv", "requirements-csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ReadResult = { ok: true; doc: TaxonomyDocument } | { ok: false; errors: LineError[] };

const MAX_ERRORS = 50;
const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;

function readJson(text: string): { value: unknown; errors: LineError[] } {
  const problems: ParseError[] = [];
  const value = parse(text, problems, { allowTrailingComma: false, disallowComments: true });
  return {
    value,
    errors: problems.map((p) => ({ line: lineOf(text, p.offset), message: message("errors.jsonMalformed", { problem: printParseErrorCode(p.error) }) })),
  };
}

/** Validates a candidate document; each issue gets the line of what it is about (JSON), or of the CSV row it came from. */
function validate(candidate: unknown, locate: (path: (string | number)[]) => number | null): ReadResult {
  const parsed = zTaxonomyDocument.safeParse(candidate);
  if (parsed.success) return { ok: true, doc: parsed.data };
  const errors = parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => {
    const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
    return { line: locate(path) ?? 1, column: path.join("."), message: readableMessage(issue.message) };
  });
  return { ok: false, errors };
}

function readJsonDocument(text: string): ReadResult {
  const { value, errors } = readJson(text);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const tree = parseTree(text);
  return validate(value, (path) => {
    // The deepest node that exists on the path: a missing field is reported on its object's line.
    for (let n = path.length; n >= 0; n--) {
      const node = tree && findNodeAtLocation(tree, path.slice(0, n));
      if (node) return lineOf(text, node.offset);
    }
    return null;
  });
}

/** Skills from a CSV, merged into the current taxonomy: a known slug replaces that skill in place, a new one is added. */
function readSkillsCsv(text: string, current: TaxonomyDocument): ReadResult {
  const { skills, errors } = skillsFromCsv(text);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const fromCsv = skills.map(({ line: _l, ...s }) => s);
  const bySlug = new Map(fromCsv.map((s) => [s.slug, s]));
  const known = new Set(current.skills.map((s) => s.slug));
  const merged = [...current.skills.map((s) => bySlug.get(s.slug) ?? s), ...fromCsv.filter((s) => !known.has(s.slug))];
  const candidate = { ...current, skills: merged };
  const lineOfSkill = new Map(skills.map((s) => [s.slug, s.line]));
  return validate(candidate, (path) => (path[0] === "skills" ? (lineOfSkill.get(merged[Number(path[1])]?.slug ?? "") ?? null) : null));
}

/** Requirements from a CSV: each role named in it gets exactly its rows as requirements, in row order. */
function readRequirementsCsv(text: string, current: TaxonomyDocument): ReadResult {
  const { byRole, errors } = requirementsFromCsv(text);
  for (const [role, rows] of byRole) {
    if (!current.roles.some((r) => r.slug === role)) errors.push({ line: rows[0]!.line, column: "roleSlug", message: "errors.unknownReference" });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  const roles = current.roles.map((r) => (byRole.has(r.slug) ? { ...r, requirements: byRole.get(r.slug)!.map(({ line: _l, ...q }) => q) } : r));
  return validate({ ...current, roles }, (path) => {
    if (path[0] !== "roles" || path[2] !== "requirements") return null;
    const role = roles[Number(path[1])];
    return (role && byRole.get(role.slug)?.[Number(path[3])]?.line) ?? null;
  });
}

export function readImportFile(format: ImportFormat, text: string, current: TaxonomyDocument): ReadResult {
  if (format === "json") return readJsonDocument(text);
  if (format === "skills-csv") return readSkillsCsv(text, current);
  return readRequirementsCsv(text, current);
}
