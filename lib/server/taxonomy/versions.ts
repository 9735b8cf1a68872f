import "server-only";
// Published versions of the taxonomy: a numbered snapshot (the export document)
// with a note; and what changed between two versions, or between a version and
// the taxonomy as it is now. Postings record the version they were made with.
import { db } from "@/lib/db";
import { recordChange, type Actor } from "@/lib/server/taxonomy/audit";
import { readTaxonomyDocument } from "@/lib/server/taxonomy/docs";
import { differingFields, itemId, itemsOf, type ItemEntity } from "@/lib/server/taxonomy/import";
import { ok, type Result } from "@/lib/validations/result";
import type { TaxonomyDocument } from "@/lib/validations/taxonomy";

export interface VersionSummary {
  number: number;
  note: string;
  publishedAt: Date;
  publishedByName: string;
}

export interface DiffItem {
  entity: ItemEntity;
  key: string;
  label: string;
  fields?: string[];
}

export interface TaxonomyDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: DiffItem[];
}

export async function publishVersion(actor: Actor, note: string): Promise<Result<{ number: number }>> {
  return db.$transaction(
    async (tx) => {
      // One publisher at a time: the numbers stay a sequence.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(72707203)`;
      const last = await tx.taxonomyVersion.aggregate({ _max: { number: true } });
      const number = (last._max.number ?? 0) + 1;
      const snapshot = await readTaxonomyDocument(tx);
      await tx.taxonomyVersion.create({
        data: { number, note, publishedById: actor.id, publishedByName: actor.name, snapshot: snapshot as never },
      });
      await recordChange(tx, actor, { entity: "TAXONOMY", key: `version-${number}`, label: `Version ${number}`, action: "PUBLISH", after: { number, note } });
      return ok({ number });
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}

export async function listVersions(): Promise<VersionSummary[]> {
  return db.taxonomyVersion.findMany({
    orderBy: { number: "desc" },
    select: { number: true, note: true, publishedAt: true, publishedByName: true },
  });
}

/** The number of the newest version (what a posting records), or null before the first is published. */
export async function currentVersionNumber(): Promise<number | null> {
  return (await db.taxonomyVersion.aggregate({ _max: { number: true } }))._max.number;
}

/** A version's snapshot, or the taxonomy as it is now ("current"); null for an unknown number. */
export async function taxonomyAt(version: number | "current"): Promise<TaxonomyDocument | null> {
  if (version === "current") return db.$transaction((tx) => readTaxonomyDocument(tx));
  const row = await db.taxonomyVersion.findUnique({ where: { number: version }, select: { snapshot: true } });
  return row ? (row.snapshot as unknown as TaxonomyDocument) : null;
}

/** What changed from one document to another: items added, removed, and changed (with the fields). */
export function diffTaxonomies(from: TaxonomyDocument, to: TaxonomyDocument): TaxonomyDiff {
  const before = new Map(itemsOf(from).map((i) => [itemId(i), i]));
  const after = new Map(itemsOf(to).map((i) => [itemId(i), i]));
  const view = (i: { entity: ItemEntity; key: string; label: string }) => ({ entity: i.entity, key: i.key, label: i.label });
  const diff: TaxonomyDiff = { added: [], removed: [], changed: [] };
  for (const [k, item] of after) {
    const old = before.get(k);
    if (!old) diff.added.push(view(item));
    else {
      const fields = differingFields(item, old);
      if (fields.length > 0) diff.changed.push({ ...view(item), fields });
    }
  }
  for (const [k, item] of before) if (!after.has(k)) diff.removed.push(view(item));
  return diff;
}
