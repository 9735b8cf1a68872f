import "server-only";
// The taxonomy's audit log: every change, written in the same transaction as
// the change (a failed change leaves no entry), with the item as it was before
// and after (documents, lib/validations/taxonomy.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { bumpRevision } from "@/lib/server/taxonomy/cache";
import type { Tx } from "@/lib/server/taxonomy/docs";
import type { TaxonomyAction, TaxonomyEntity } from "@/lib/views/vocabulary";

export interface Actor {
  id: string | null;
  name: string;
}

/** Changes made by the app itself (the default taxonomy at start). */
export const SYSTEM_ACTOR: Actor = { id: null, name: "Rolemap" };

export interface ChangeEntry {
  entity: TaxonomyEntity;
  key: string;
  label: string;
  action: TaxonomyAction;
  before?: unknown;
  after?: unknown;
  revertOf?: string;
}

const json = (value: unknown) => (value === undefined || value === null ? undefined : (value as Prisma.InputJsonValue));

export async function recordChange(tx: Tx, actor: Actor, entry: ChangeEntry): Promise<string> {
  await bumpRevision(tx);
  const row = await tx.taxonomyChange.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      entity: entry.entity,
      entityKey: entry.key,
      label: entry.label.slice(0, 200),
      action: entry.action,
      before: json(entry.before),
      after: json(entry.after),
      revertOf: entry.revertOf ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Who changed an item last, and when: for "changed by X at T, reload". */
export async function lastChangeOf(tx: Tx, entity: TaxonomyEntity, key: string): Promise<{ by: string; at: Date } | null> {
  const row = await tx.taxonomyChange.findFirst({
    where: { entity, entityKey: key },
    orderBy: { at: "desc" },
    select: { actorName: true, at: true },
  });
  return row ? { by: row.actorName, at: row.at } : null;
}

/** The label a log reader recognises an item by: English, else Russian. */
export function labelOf(doc: { labelEn?: string; labelRu?: string } | null | undefined, fallback: string): string {
  return doc?.labelEn || doc?.labelRu || fallback;
}
