import "server-only";
// Importing a taxonomy document: first a plan (what would be added, changed,
// or would overwrite an edit made in the app since), then, on confirmation,
// all of it in one transaction or nothing. An import never deletes: items
// missing from the file stay as they are. The default taxonomy at start is an
// import too, in "insert-only" mode (lib/server/seed.ts).
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { recordChange, labelOf, type Actor } from "@/lib/server/taxonomy/audit";
import {
  readTaxonomyDocument,
  writeEdge,
  writeFamily,
  writeGroup,
  writeRole,
  writeSkill,
  type Tx,
} from "@/lib/server/taxonomy/docs";
import type { TaxonomyDocument } from "@/lib/validations/taxonomy";
import type { ImportPlan, PlannedItem } from "@/lib/views/taxonomy-editor";
import type { TaxonomyEntity } from "@/lib/views/vocabulary";

export type { ImportPlan, PlannedItem };

export type ItemEntity = Exclude<TaxonomyEntity, "REQUIREMENT" | "TAXONOMY">;

export interface Item {
  entity: ItemEntity;
  key: string;
  label: string;
  doc: Record<string, unknown>;
  /** Index in its list (skills: within their group); null where order means nothing. */
  position: number | null;
}

export const edgeKey = (e: { from: string; to: string }) => `${e.from}>${e.to}`;

export function itemsOf(doc: TaxonomyDocument): Item[] {
  const inGroup = new Map<string, number>();
  return [
    ...doc.skillGroups.map((g, i) => ({ entity: "GROUP" as const, key: g.slug, label: labelOf(g, g.slug), doc: g, position: i })),
    ...doc.skills.map((s) => {
      const position = inGroup.get(s.group) ?? 0;
      inGroup.set(s.group, position + 1);
      return { entity: "SKILL" as const, key: s.slug, label: labelOf(s, s.slug), doc: s, position };
    }),
    ...doc.roles.map((r, i) => ({ entity: "ROLE" as const, key: r.slug, label: labelOf(r, r.slug), doc: r, position: i })),
    ...doc.growthEdges.map((e) => ({ entity: "EDGE" as const, key: edgeKey(e), label: `${e.from} → ${e.to}`, doc: e, position: null })),
    ...doc.families.map((f) => ({ entity: "FAMILY" as const, key: f.family, label: f.family, doc: f, position: null })),
  ];
}

export const itemId = (item: { entity: string; key: string }) => `${item.entity}:${item.key}`;
const id = itemId;

/** The fields where two documents of one item differ (the order of lists counts). */
export function differingFields(a: Item, b: Item): string[] {
  const fields = Object.keys(a.doc).filter((k) => JSON.stringify(a.doc[k]) !== JSON.stringify(b.doc[k]));
  if (a.position !== b.position) fields.push("position");
  return fields;
}

async function planWith(tx: Tx, doc: TaxonomyDocument): Promise<ImportPlan & { write: Item[] }> {
  const current = new Map(itemsOf(await readTaxonomyDocument(tx)).map((i) => [id(i), i]));
  const plan: ImportPlan & { write: Item[] } = { adds: [], changes: [], conflicts: [], unchanged: 0, kept: 0, hash: "", write: [] };
  const seen = new Set<string>();
  for (const item of itemsOf(doc)) {
    seen.add(id(item));
    const existing = current.get(id(item));
    const planned: PlannedItem = { entity: item.entity, key: item.key, label: item.label };
    if (!existing) {
      plan.adds.push(planned);
      plan.write.push(item);
      continue;
    }
    const fields = differingFields(item, existing);
    if (fields.length === 0) {
      plan.unchanged++;
      continue;
    }
    plan.write.push(item);
    const last = await tx.taxonomyChange.findFirst({
      where: { entity: item.entity, entityKey: item.key },
      orderBy: { at: "desc" },
      select: { action: true, actorName: true, at: true },
    });
    if (last && last.action !== "IMPORT") {
      plan.conflicts.push({ ...planned, fields, editedBy: { by: last.actorName, at: last.at.toISOString() } });
    } else {
      plan.changes.push({ ...planned, fields });
    }
  }
  plan.kept = [...current.keys()].filter((k) => !seen.has(k)).length;
  const { write: _write, hash: _hash, ...visible } = plan;
  plan.hash = createHash("sha256").update(JSON.stringify({ visible, doc })).digest("hex").slice(0, 32);
  return plan;
}

/** What importing the document would do; writes nothing. */
export async function planImport(doc: TaxonomyDocument): Promise<ImportPlan> {
  const { write: _write, ...plan } = await db.$transaction((tx) => planWith(tx, doc), { timeout: 60_000, maxWait: 60_000 });
  return plan;
}

/** Writes one item of a document (its references must exist: callers write in dependency order). */
async function writeItem(tx: Tx, item: Item): Promise<void> {
  const options = { position: item.position ?? undefined };
  const write = { GROUP: writeGroup, SKILL: writeSkill, ROLE: writeRole, EDGE: writeEdge, FAMILY: writeFamily }[item.entity];
  await write(tx, item.doc as never, options);
}

/**
 * Imports the document if the plan is still the one the admin confirmed (the
 * taxonomy may have changed since the preview). All or nothing.
 */
export async function applyImport(
  doc: TaxonomyDocument,
  actor: Actor,
  confirmedHash: string,
): Promise<{ ok: true; value: ImportPlan } | { ok: false; error: string }> {
  return db.$transaction(
    async (tx) => {
      const plan = await planWith(tx, doc);
      if (plan.hash !== confirmedHash) return { ok: false, error: "errors.importPlanChanged" } as const;
      const before = new Map(itemsOf(await readTaxonomyDocument(tx)).map((i) => [id(i), i.doc]));
      // Dependency order: groups, skills, roles (with their requirements), growth paths, families.
      for (const item of plan.write) await writeItem(tx, item);
      for (const item of plan.write) {
        await recordChange(tx, actor, {
          entity: item.entity,
          key: item.key,
          label: item.label,
          action: "IMPORT",
          before: before.get(id(item)) ?? null,
          after: item.doc,
        });
      }
      const { write: _write, ...visible } = plan;
      await recordChange(tx, actor, {
        entity: "TAXONOMY",
        key: "import",
        label: "Import",
        action: "IMPORT",
        after: { adds: visible.adds.length, changes: visible.changes.length + visible.conflicts.length, unchanged: visible.unchanged },
      });
      return { ok: true, value: visible } as const;
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

/**
 * Adds what the document has and the taxonomy lacks; changes nothing that
 * exists, and does not bring back what an admin deleted or merged away.
 * A role's requirements and growth paths come only with the role itself (an
 * admin's removal of one stays removed). Returns what it added, by kind.
 */
export async function importMissing(tx: Tx, doc: TaxonomyDocument): Promise<Record<ItemEntity, number>> {
  const present = new Set(itemsOf(await readTaxonomyDocument(tx)).map(id));
  const removed = new Set(
    (await tx.taxonomyChange.findMany({ where: { action: { in: ["DELETE", "MERGE"] } }, select: { entity: true, entityKey: true } })).map(
      (c) => `${c.entity}:${c.entityKey}`,
    ),
  );
  const added: Record<ItemEntity, number> = { GROUP: 0, SKILL: 0, ROLE: 0, EDGE: 0, FAMILY: 0 };
  const newRoles = new Set<string>();
  for (const item of itemsOf(doc)) {
    if (present.has(id(item)) || removed.has(id(item))) continue;
    if (item.entity === "SKILL" && !present.has(`GROUP:${(item.doc as { group: string }).group}`)) continue;
    if (item.entity === "ROLE") {
      const role = item.doc as { slug: string; requirements: { skill: string }[] };
      newRoles.add(role.slug);
      item.doc = { ...role, requirements: role.requirements.filter((r) => present.has(`SKILL:${r.skill}`)) };
    }
    if (item.entity === "EDGE") {
      const ends = [(item.doc as { from: string }).from, (item.doc as { to: string }).to];
      if (!ends.some((slug) => newRoles.has(slug)) || !ends.every((slug) => present.has(`ROLE:${slug}`))) continue;
    }
    await writeItem(tx, item);
    present.add(id(item));
    added[item.entity]++;
  }
  return added;
}
