import "server-only";
// The admin's edits of what links taxonomy items: a role's requirements (the
// role's version guards its list) and the growth paths between roles.
import { labelOf, recordChange, type Actor } from "@/lib/server/taxonomy/audit";
import { readEdgeDoc, writeEdge, type Tx } from "@/lib/server/taxonomy/docs";
import { staleRefusal } from "@/lib/server/taxonomy/edit";
import { transaction } from "@/lib/server/transaction";
import { edgeKey } from "@/lib/server/taxonomy/import";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { RequirementDoc } from "@/lib/validations/taxonomy";
import type { SaveGrowthEdgeInput, SaveRequirementInput } from "@/lib/validations/taxonomy-editor";

const requirementKey = (role: string, skill: string) => `${role}/${skill}`;

async function readRequirement(tx: Tx, role: string, skill: string): Promise<(RequirementDoc & { role: string }) | null> {
  const row = await tx.roleRequirement.findFirst({
    where: { role: { slug: role }, skill: { slug: skill } },
    select: { importance: true, minLevel: true },
  });
  return row ? { role, skill, ...row } : null;
}

/** Claims the role at the version the form had (raising it), or answers why not. */
async function claimRole(tx: Tx, role: string, version: number): Promise<string | null> {
  const row = await tx.role.findUnique({ where: { slug: role }, select: { id: true } });
  if (!row) return null;
  const { count } = await tx.role.updateMany({ where: { id: row.id, version }, data: { version: { increment: 1 } } });
  return count === 1 ? row.id : "";
}

/** Adds a skill to a role's requirements (at the end), or changes its importance or level. */
export function saveRequirement(actor: Actor, input: SaveRequirementInput): Promise<Result<null>> {
  return transaction(async (tx) => {
    const skill = await tx.skill.findUnique({ where: { slug: input.skill }, select: { id: true, status: true, labelEn: true, labelRu: true } });
    if (!skill) return fail("errors.invalidInput", { skill: "errors.unknownReference" });
    const before = await readRequirement(tx, input.role, input.skill);
    // A deprecated skill stays where it is used, but is not added anywhere new.
    if (!before && skill.status === "DEPRECATED") return fail("errors.invalidInput", { skill: "errors.deprecatedSkill" });
    const roleId = await claimRole(tx, input.role, input.roleVersion);
    if (roleId === null) return fail("errors.notFound");
    if (roleId === "") return staleRefusal(tx, "ROLE", input.role);
    const data = { importance: input.importance, minLevel: input.minLevel };
    const position = before ? undefined : await tx.roleRequirement.count({ where: { roleId } });
    await tx.roleRequirement.upsert({
      where: { roleId_skillId: { roleId, skillId: skill.id } },
      create: { roleId, skillId: skill.id, ...data, position: position ?? 0 },
      update: data,
    });
    await recordChange(tx, actor, {
      entity: "REQUIREMENT",
      key: requirementKey(input.role, input.skill),
      label: labelOf(skill, input.skill),
      action: before ? "UPDATE" : "CREATE",
      before,
      after: { role: input.role, skill: input.skill, ...data },
    });
    return ok(null);
  });
}

export function removeRequirement(actor: Actor, input: { role: string; skill: string; roleVersion: number }): Promise<Result<null>> {
  return transaction(async (tx) => {
    const before = await readRequirement(tx, input.role, input.skill);
    if (!before) return fail("errors.notFound");
    const roleId = await claimRole(tx, input.role, input.roleVersion);
    if (!roleId) return roleId === null ? fail("errors.notFound") : staleRefusal(tx, "ROLE", input.role);
    await tx.roleRequirement.deleteMany({ where: { roleId, skill: { slug: input.skill } } });
    await recordChange(tx, actor, { entity: "REQUIREMENT", key: requirementKey(input.role, input.skill), label: input.skill, action: "DELETE", before });
    return ok(null);
  });
}

/** Creates a growth path (refusing one that exists: edit that one) or updates it. */
export function saveGrowthEdge(actor: Actor, input: SaveGrowthEdgeInput): Promise<Result<null>> {
  const { version, ...doc } = input;
  return transaction(async (tx) => {
    const roles = await tx.role.count({ where: { slug: { in: [doc.from, doc.to] } } });
    if (roles !== 2) return fail("errors.invalidInput", { to: "errors.unknownReference" });
    const before = await readEdgeDoc(tx, doc.from, doc.to);
    if (!before && version !== undefined) return fail("errors.notFound");
    if (before && version === undefined) return fail("errors.duplicateEdge", { to: "errors.duplicateEdge" });
    if (!(await writeEdge(tx, doc, { expectedVersion: version }))) return staleRefusal(tx, "EDGE", edgeKey(doc));
    await recordChange(tx, actor, {
      entity: "EDGE",
      key: edgeKey(doc),
      label: `${doc.from} → ${doc.to}`,
      action: before ? "UPDATE" : "CREATE",
      before,
      after: doc,
    });
    return ok(null);
  });
}

export function deleteGrowthEdge(actor: Actor, input: { from: string; to: string; version: number }): Promise<Result<null>> {
  return transaction(async (tx) => {
    const before = await readEdgeDoc(tx, input.from, input.to);
    if (!before) return fail("errors.notFound");
    const { count } = await tx.growthEdge.deleteMany({
      where: { fromRole: { slug: input.from }, toRole: { slug: input.to }, version: input.version },
    });
    if (count === 0) return staleRefusal(tx, "EDGE", edgeKey(input));
    await recordChange(tx, actor, { entity: "EDGE", key: edgeKey(input), label: `${input.from} → ${input.to}`, action: "DELETE", before });
    return ok(null);
  });
}
