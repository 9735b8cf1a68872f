import "server-only";
// Reverting one change from the audit log: the item goes back to how the entry
// found it (created again if the change deleted it, deleted if the change
// created it). Only while the item is still as the change left it: a revert
// never silently overwrites a later change. The revert is itself logged.
// Merges, publications and whole imports are not reverted automatically.
import { recordChange, labelOf, type Actor } from "@/lib/server/taxonomy/audit";
import {
  readEdgeDoc,
  readFamilyDoc,
  readGroupDoc,
  readRoleDoc,
  readSkillDoc,
  writeEdge,
  writeFamily,
  writeGroup,
  writeRole,
  writeRoleFields,
  writeSkill,
  type Tx,
} from "@/lib/server/taxonomy/docs";
import { restoreOrder, staleRefusal } from "@/lib/server/taxonomy/edit";
import { transaction } from "@/lib/server/transaction";
import { itemInUse } from "@/lib/server/taxonomy/usage";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { TaxonomyEntity } from "@/lib/views/vocabulary";

type Doc = Record<string, unknown> | null;

/** JSON with its keys sorted: two states compare equal whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The item's state now, in the same form the entry recorded (a role without requirements when the entry has none). */
async function currentState(tx: Tx, entity: TaxonomyEntity, key: string, like: Doc): Promise<Doc> {
  switch (entity) {
    case "GROUP":
      return readGroupDoc(tx, key);
    case "SKILL":
      return readSkillDoc(tx, key);
    case "ROLE": {
      const role = await readRoleDoc(tx, key);
      if (!role || (like && "requirements" in like)) return role;
      const { requirements: _r, ...fields } = role;
      return fields;
    }
    case "EDGE": {
      const [from, to] = key.split(">");
      return readEdgeDoc(tx, from!, to!);
    }
    case "FAMILY":
      return readFamilyDoc(tx, key as never);
    case "REQUIREMENT": {
      const [role, skill] = key.split("/");
      const row = await tx.roleRequirement.findFirst({
        where: { role: { slug: role }, skill: { slug: skill } },
        select: { importance: true, minLevel: true },
      });
      return row ? { role, skill, ...row } : null;
    }
    default:
      return null;
  }
}

/** Makes the item's state `target` (null: the item goes). */
async function applyState(tx: Tx, entity: TaxonomyEntity, key: string, target: Doc): Promise<void> {
  if (target === null) {
    if (entity === "GROUP") await tx.skillGroup.delete({ where: { slug: key } });
    if (entity === "SKILL") await tx.skill.delete({ where: { slug: key } });
    if (entity === "ROLE") await tx.role.delete({ where: { slug: key } });
    if (entity === "FAMILY") await tx.roleFamilyProfile.delete({ where: { family: key as never } });
    if (entity === "EDGE") {
      const [from, to] = key.split(">");
      await tx.growthEdge.deleteMany({ where: { fromRole: { slug: from }, toRole: { slug: to } } });
    }
    if (entity === "REQUIREMENT") {
      const [role, skill] = key.split("/");
      await tx.roleRequirement.deleteMany({ where: { role: { slug: role }, skill: { slug: skill } } });
    }
    return;
  }
  const doc = target as never;
  if (entity === "GROUP") await writeGroup(tx, doc);
  if (entity === "SKILL") await writeSkill(tx, doc);
  if (entity === "ROLE") await ("requirements" in target ? writeRole(tx, doc) : writeRoleFields(tx, doc));
  if (entity === "EDGE") await writeEdge(tx, doc);
  if (entity === "FAMILY") await writeFamily(tx, doc);
  if (entity === "REQUIREMENT") {
    const { role, skill, importance, minLevel } = target as { role: string; skill: string; importance: "ESSENTIAL"; minLevel: number };
    const [roleRow, skillRow] = await Promise.all([
      tx.role.findUniqueOrThrow({ where: { slug: role }, select: { id: true } }),
      tx.skill.findUniqueOrThrow({ where: { slug: skill }, select: { id: true } }),
    ]);
    const where = { roleId_skillId: { roleId: roleRow.id, skillId: skillRow.id } };
    const position = await tx.roleRequirement.count({ where: { roleId: roleRow.id } });
    await tx.roleRequirement.upsert({ where, create: { ...where.roleId_skillId, importance, minLevel, position }, update: { importance, minLevel } });
  }
}

/** Why the state cannot be restored (what it needs is gone, or it is in use), or null. */
async function blockedBy(tx: Tx, entity: TaxonomyEntity, key: string, target: Doc): Promise<string | null> {
  const exists = (model: "skillGroup" | "skill" | "role", slug: string) =>
    (tx[model] as typeof tx.role).count({ where: { slug } }).then((n) => n > 0);
  if (target === null) {
    if ((entity === "GROUP" || entity === "SKILL" || entity === "ROLE") && (await itemInUse(tx, entity, key))) return "errors.inUse";
    return null;
  }
  if (entity === "SKILL" && !(await exists("skillGroup", String(target.group)))) return "errors.unknownReference";
  if (entity === "EDGE" && !((await exists("role", String(target.from))) && (await exists("role", String(target.to))))) return "errors.unknownReference";
  if (entity === "REQUIREMENT" && !((await exists("role", String(target.role))) && (await exists("skill", String(target.skill))))) {
    return "errors.unknownReference";
  }
  if (entity === "ROLE" && "requirements" in target) {
    const skills = (target.requirements as { skill: string }[]).map((r) => r.skill);
    if ((await tx.skill.count({ where: { slug: { in: skills } } })) !== skills.length) return "errors.unknownReference";
  }
  return null;
}

const REVERTIBLE = new Set(["CREATE", "UPDATE", "DEPRECATE", "RESTORE", "DELETE", "IMPORT", "REORDER", "REVERT"]);

export function revertChange(actor: Actor, changeId: string): Promise<Result<null>> {
  return transaction(async (tx) => {
    const change = await tx.taxonomyChange.findUnique({ where: { id: changeId } });
    if (!change) return fail("errors.notFound");
    if (!REVERTIBLE.has(change.action) || change.entity === "TAXONOMY") return fail("errors.cannotRevert");
    if (await tx.taxonomyChange.findFirst({ where: { revertOf: change.id }, select: { id: true } })) return fail("errors.alreadyReverted");
    const before = (change.before ?? null) as Doc;
    const after = (change.after ?? null) as Doc;
    const entity = change.entity;

    if (change.action === "REORDER") {
      const order = (before as { order: string[] } | null)?.order ?? [];
      if (!(await restoreOrder(tx, entity as never, change.entityKey, order))) return fail("errors.notFound");
    } else {
      const now = await currentState(tx, entity, change.entityKey, before ?? after);
      if (canonical(now) !== canonical(after)) return staleRefusal(tx, entity, change.entityKey);
      const blocked = await blockedBy(tx, entity, change.entityKey, before);
      if (blocked) return fail(blocked);
      await applyState(tx, entity, change.entityKey, before);
    }
    await recordChange(tx, actor, {
      entity,
      key: change.entityKey,
      label: labelOf(before ?? after, change.label),
      action: "REVERT",
      before: after,
      after: before,
      revertOf: change.id,
    });
    return ok(null);
  });
}
