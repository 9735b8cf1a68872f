import "server-only";
// The admin's edits of groups, skills, roles and families: create, update,
// deprecate or restore, delete (only what nothing uses), reorder. Each runs in
// one transaction with its audit entry, and an update names the version it
// started from: if someone saved in between, nothing is written and the admin
// is told who changed it and when.
import { transaction } from "@/lib/server/transaction";
import { message } from "@/lib/i18n/message";
import { itemInUse } from "@/lib/server/taxonomy/usage";
import { labelOf, lastChangeOf, recordChange, type Actor } from "@/lib/server/taxonomy/audit";
import {
  readFamilyDoc,
  readGroupDoc,
  readRoleDoc,
  readSkillDoc,
  writeFamily,
  writeGroup,
  writeRoleFields,
  writeSkill,
  type Tx,
} from "@/lib/server/taxonomy/docs";
import { fail, ok, type Failure, type Result } from "@/lib/validations/result";
import type {
  ListedEntity,
  MoveItemInput,
  SaveFamilyInput,
  SaveRoleInput,
  SaveSkillGroupInput,
  SaveSkillInput,
  SetStatusInput,
} from "@/lib/validations/taxonomy-editor";
import type { TaxonomyEntity } from "@/lib/views/vocabulary";

/** The refusal of a save that started from an old version: who changed the item, and when. */
export async function staleRefusal(tx: Tx, entity: TaxonomyEntity, key: string): Promise<Failure> {
  const last = await lastChangeOf(tx, entity, key);
  return fail(message("errors.staleVersion", { name: last?.by ?? "?", at: (last?.at ?? new Date()).getTime() }));
}

/** The common shape of a save: create when there is no version, else update that version. */
async function save<D extends { slug: string; labelEn: string; labelRu: string }>(
  tx: Tx,
  actor: Actor,
  entity: TaxonomyEntity,
  key: string,
  version: number | undefined,
  doc: D,
  read: () => Promise<D | null>,
  write: (options: { expectedVersion?: number }) => Promise<boolean>,
): Promise<Result<null>> {
  const before = await read();
  if (version === undefined && before) return fail("errors.slugTaken", { slug: "errors.slugTaken" });
  if (version !== undefined && !before) return fail("errors.notFound");
  if (!(await write({ expectedVersion: version }))) return staleRefusal(tx, entity, key);
  const status = (d: D | null) => (d as { status?: string } | null)?.status;
  const action = !before ? "CREATE" : status(before) !== status(doc) ? (status(doc) === "DEPRECATED" ? "DEPRECATE" : "RESTORE") : "UPDATE";
  await recordChange(tx, actor, { entity, key, label: labelOf(doc, key), action, before, after: await read() });
  return ok(null);
}

export function saveSkillGroup(actor: Actor, input: SaveSkillGroupInput): Promise<Result<null>> {
  const { version, ...doc } = input;
  return transaction((tx) =>
    save(tx, actor, "GROUP", doc.slug, version, doc, () => readGroupDoc(tx, doc.slug), (o) => writeGroup(tx, doc, o)),
  );
}

export function saveSkill(actor: Actor, input: SaveSkillInput): Promise<Result<null>> {
  const { version, ...doc } = input;
  return transaction(async (tx) => {
    if (!(await tx.skillGroup.findUnique({ where: { slug: doc.group }, select: { id: true } }))) {
      return fail("errors.invalidInput", { group: "errors.unknownReference" });
    }
    return save(tx, actor, "SKILL", doc.slug, version, doc, () => readSkillDoc(tx, doc.slug), (o) => writeSkill(tx, doc, o));
  });
}

/** A role's own fields; its requirements are edited one by one (edit-links.ts). */
export function saveRole(actor: Actor, input: SaveRoleInput): Promise<Result<null>> {
  const { version, ...fields } = input;
  return transaction(async (tx) => {
    const read = async () => {
      const doc = await readRoleDoc(tx, fields.slug);
      if (!doc) return null;
      const { requirements: _r, ...rest } = doc;
      return rest;
    };
    return save(tx, actor, "ROLE", fields.slug, version, fields, read, (o) => writeRoleFields(tx, fields, o));
  });
}

export function saveFamily(actor: Actor, input: SaveFamilyInput): Promise<Result<null>> {
  const { version, ...doc } = input;
  return transaction(async (tx) => {
    const before = await readFamilyDoc(tx, doc.family);
    if (before && version === undefined) return staleRefusal(tx, "FAMILY", doc.family);
    if (!(await writeFamily(tx, doc, { expectedVersion: before ? version : undefined }))) return staleRefusal(tx, "FAMILY", doc.family);
    await recordChange(tx, actor, { entity: "FAMILY", key: doc.family, label: doc.family, action: before ? "UPDATE" : "CREATE", before, after: doc });
    return ok(null);
  });
}

// ---------- status, deletion, order of listed items ----------

const tables = (tx: Tx) => ({ GROUP: tx.skillGroup, SKILL: tx.skill, ROLE: tx.role }) as const;

const readDoc = (tx: Tx, entity: ListedEntity, key: string) =>
  entity === "GROUP" ? readGroupDoc(tx, key) : entity === "SKILL" ? readSkillDoc(tx, key) : readRoleDoc(tx, key);

export function setStatus(actor: Actor, input: SetStatusInput): Promise<Result<null>> {
  return transaction(async (tx) => {
    const before = await readDoc(tx, input.entity, input.key);
    if (!before) return fail("errors.notFound");
    const table = tables(tx)[input.entity] as unknown as {
      updateMany: (args: { where: object; data: object }) => Promise<{ count: number }>;
    };
    const { count } = await table.updateMany({
      where: { slug: input.key, version: input.version },
      data: { status: input.status, version: { increment: 1 } },
    });
    if (count === 0) return staleRefusal(tx, input.entity, input.key);
    await recordChange(tx, actor, {
      entity: input.entity,
      key: input.key,
      label: labelOf(before, input.key),
      action: input.status === "DEPRECATED" ? "DEPRECATE" : "RESTORE",
      before,
      after: await readDoc(tx, input.entity, input.key),
    });
    return ok(null);
  });
}

export function deleteItem(actor: Actor, input: { entity: ListedEntity; key: string; version: number }): Promise<Result<null>> {
  return transaction(async (tx) => {
    const before = await readDoc(tx, input.entity, input.key);
    if (!before) return fail("errors.notFound");
    if (await itemInUse(tx, input.entity, input.key)) return fail("errors.inUse");
    const table = tables(tx)[input.entity] as unknown as {
      deleteMany: (args: { where: object }) => Promise<{ count: number }>;
    };
    if (input.entity === "ROLE") await tx.roleRequirement.deleteMany({ where: { role: { slug: input.key, version: input.version } } });
    const { count } = await table.deleteMany({ where: { slug: input.key, version: input.version } });
    if (count === 0) return staleRefusal(tx, input.entity, input.key);
    await recordChange(tx, actor, { entity: input.entity, key: input.key, label: labelOf(before, input.key), action: "DELETE", before });
    return ok(null);
  });
}

// ---------- order ----------

interface Scope {
  /** The keys of the items in the moved item's list, in order. */
  keys: string[];
  write: (keys: string[]) => Promise<void>;
}

async function scopeOf(tx: Tx, entity: MoveItemInput["entity"], key: string): Promise<Scope | null> {
  const order = [{ position: "asc" as const }, { slug: "asc" as const }];
  const setPositions = async (keys: string[], update: (slug: string, position: number) => Promise<unknown>) => {
    for (const [position, slug] of keys.entries()) await update(slug, position);
  };
  if (entity === "GROUP") {
    const keys = (await tx.skillGroup.findMany({ orderBy: order, select: { slug: true } })).map((g) => g.slug);
    return { keys, write: (k) => setPositions(k, (slug, position) => tx.skillGroup.update({ where: { slug }, data: { position } })) };
  }
  if (entity === "SKILL") {
    const skill = await tx.skill.findUnique({ where: { slug: key }, select: { groupId: true } });
    if (!skill) return null;
    const keys = (await tx.skill.findMany({ where: { groupId: skill.groupId }, orderBy: order, select: { slug: true } })).map((s) => s.slug);
    return { keys, write: (k) => setPositions(k, (slug, position) => tx.skill.update({ where: { slug }, data: { position } })) };
  }
  if (entity === "ROLE") {
    const keys = (await tx.role.findMany({ orderBy: order, select: { slug: true } })).map((r) => r.slug);
    return { keys, write: (k) => setPositions(k, (slug, position) => tx.role.update({ where: { slug }, data: { position } })) };
  }
  const [roleSlug] = key.split("/");
  const role = await tx.role.findUnique({ where: { slug: roleSlug }, select: { id: true } });
  if (!role) return null;
  const rows = await tx.roleRequirement.findMany({
    where: { roleId: role.id },
    orderBy: [{ position: "asc" }, { skill: { slug: "asc" } }],
    select: { skillId: true, skill: { select: { slug: true } } },
  });
  const ids = new Map(rows.map((r) => [`${roleSlug}/${r.skill.slug}`, r.skillId]));
  return {
    keys: [...ids.keys()],
    write: (k) =>
      setPositions(k, (rk, position) =>
        tx.roleRequirement.update({ where: { roleId_skillId: { roleId: role.id, skillId: ids.get(rk)! } }, data: { position } }),
      ),
  };
}

/** The version that guards a move: the item's own, or for a requirement its role's. */
async function claimForMove(tx: Tx, input: MoveItemInput): Promise<boolean> {
  const [slug] = input.key.split("/");
  const where = { slug: slug!, version: input.version };
  const data = { version: { increment: 1 } };
  const table = input.entity === "GROUP" ? tx.skillGroup : input.entity === "SKILL" ? tx.skill : tx.role;
  const { count } = await (table as typeof tx.role).updateMany({ where, data });
  return count === 1;
}

export function moveItem(actor: Actor, input: MoveItemInput): Promise<Result<null>> {
  return transaction(async (tx) => {
    const scope = await scopeOf(tx, input.entity, input.key);
    const index = scope?.keys.indexOf(input.key) ?? -1;
    if (!scope || index < 0) return fail("errors.notFound");
    const target = input.direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= scope.keys.length) return ok(null); // already first or last
    const guard = input.entity === "REQUIREMENT" ? "ROLE" : input.entity;
    if (!(await claimForMove(tx, input))) return staleRefusal(tx, guard, input.key.split("/")[0]!);
    const after = [...scope.keys];
    [after[index], after[target]] = [after[target]!, after[index]!];
    await scope.write(after);
    await recordChange(tx, actor, {
      entity: input.entity,
      key: input.key,
      label: input.key,
      action: "REORDER",
      before: { order: scope.keys },
      after: { order: after },
    });
    return ok(null);
  });
}

/** Restores an order recorded by a REORDER entry (for reverts): the listed keys first, in that order. */
export async function restoreOrder(tx: Tx, entity: MoveItemInput["entity"], key: string, order: string[]): Promise<boolean> {
  const scope = await scopeOf(tx, entity, key);
  if (!scope) return false;
  const known = order.filter((k) => scope.keys.includes(k));
  await scope.write([...known, ...scope.keys.filter((k) => !known.includes(k))]);
  return true;
}
