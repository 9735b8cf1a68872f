import "server-only";
// The import/export page's server side: read an uploaded file against the
// taxonomy as it is, then preview or apply it; and the export files.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/server/taxonomy/audit";
import { requirementsToCsv, skillsToCsv } from "@/lib/server/taxonomy/csv";
import { readTaxonomyDocument } from "@/lib/server/taxonomy/docs";
import { applyImport, planImport } from "@/lib/server/taxonomy/import";
import type { ImportPreview } from "@/lib/views/taxonomy-editor";
import { readImportFile, type ImportFormat } from "@/lib/server/taxonomy/import-file";
import { ok, type Result } from "@/lib/validations/result";


async function read(format: ImportFormat, text: string) {
  const current = await db.$transaction((tx) => readTaxonomyDocument(tx));
  return readImportFile(format, text, current);
}

/** What the file would do, or what is wrong with it (by line). Writes nothing. */
export async function previewImport(format: ImportFormat, text: string): Promise<Result<ImportPreview>> {
  const file = await read(format, text);
  if (!file.ok) return ok({ kind: "errors", errors: file.errors });
  return ok({ kind: "plan", plan: await planImport(file.doc) });
}

/** Applies the file if it still makes the plan the admin confirmed. */
export async function confirmImport(actor: Actor, format: ImportFormat, text: string, hash: string): Promise<Result<ImportPreview>> {
  const file = await read(format, text);
  if (!file.ok) return ok({ kind: "errors", errors: file.errors });
  const applied = await applyImport(file.doc, actor, hash);
  return applied.ok ? ok({ kind: "plan", plan: applied.value }) : applied;
}

export const EXPORT_FILES = {
  "taxonomy.json": { type: "application/json", body: (d: Awaited<ReturnType<typeof readTaxonomyDocument>>) => `${JSON.stringify(d, null, 2)}\n` },
  "skills.csv": { type: "text/csv", body: skillsToCsv },
  "requirements.csv": { type: "text/csv", body: requirementsToCsv },
} as const;
export type ExportFile = keyof typeof EXPORT_FILES;

export async function exportFile(name: ExportFile): Promise<{ type: string; body: string }> {
  const doc = await db.$transaction((tx) => readTaxonomyDocument(tx));
  const file = EXPORT_FILES[name];
  return { type: `${file.type}; charset=utf-8`, body: file.body(doc) };
}
