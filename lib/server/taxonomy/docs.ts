import "server-only";
// The taxonomy's rows as documents (lib/validations/taxonomy.ts) and back: the
// one mapping that the export, the import, the editor's audit entries and the
// reverts all use. A document names other items by slug; positions are the
// order of lists.
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  FamilyDoc,
  GrowthEdgeDoc,
  RequirementDoc,
  RoleDoc,
  SkillDoc,
  SkillGroupDoc,
  TaxonomyDocument,
} from "@/lib/validations/taxonomy";
import { TAXONOMY_FORMAT, TAXONOMY_FORMAT_VERSION } from "@/lib/validations/taxonomy";
import { ROLE_FAMILIES, type RoleFamily } from "@/lib/views/vocabulary";

export type Tx = Prisma.TransactionClient;

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const groupSelect = { slug: true, labelEn: true, labelRu: true, status: true } as const;
const skillSelect = {
  slug: true,
  type: true,
  status: true,
  labelEn: true,
  labelRu: true,
  descriptionEn: true,
  descriptionRu: true,
  altLabelsEn: true,
  altLabelsRu: true,
  reuseLevel: true,
  sourceUri: true,
  escoHintUri: true,
  group: { select: { slug: true } },
} as const;
const roleSelect = {
  slug: true,
  family: true,
  seniority: true,
  status: true,
  labelEn: true,
  labelRu: true,
  summaryEn: true,
  summaryRu: true,
  responsibilitiesEn: true,
  responsibilitiesRu: true,
  kpisEn: true,
  kpisRu: true,
  channelsEn: true,
  channelsRu: true,
  sourceUri: true,
  requirements: {
    orderBy: [{ position: "asc" }, { skill: { slug: "asc" } }] as Prisma.RoleRequirementOrderByWithRelationInput[],
    select: { importance: true, minLevel: true, skill: { select: { slug: true } } },
  },
} as const;
const edgeSelect = {
  kind: true,
  rationaleEn: true,
  rationaleRu: true,
  fromRole: { select: { slug: true } },
  toRole: { select: { slug: true } },
} as const;

type SkillRow = Prisma.SkillGetPayload<{ select: typeof skillSelect }>;
type RoleRow = Prisma.RoleGetPayload<{ select: typeof roleSelect }>;
type EdgeRow = Prisma.GrowthEdgeGetPayload<{ select: typeof edgeSelect }>;

const skillDoc = ({ group, ...s }: SkillRow): SkillDoc => ({ ...s, group: group.slug });
const roleDoc = ({ requirements, ...r }: RoleRow): RoleDoc => ({
  ...r,
  requirements: requirements.map((q) => ({ skill: q.skill.slug, importance: q.importance, minLevel: q.minLevel })),
});
const edgeDoc = (e: EdgeRow): GrowthEdgeDoc => ({
  from: e.fromRole.slug,
  to: e.toRole.slug,
  kind: e.kind,
  rationaleEn: e.rationaleEn,
  rationaleRu: e.rationaleRu,
});

export async function readGroupDoc(tx: Tx, slug: string): Promise<SkillGroupDoc | null> {
  return tx.skillGroup.findUnique({ where: { slug }, select: groupSelect });
}

export async function readSkillDoc(tx: Tx, slug: string): Promise<SkillDoc | null> {
  const row = await tx.skill.findUnique({ where: { slug }, select: skillSelect });
  return row ? skillDoc(row) : null;
}

export async function readRoleDoc(tx: Tx, slug: string): Promise<RoleDoc | null> {
  const row = await tx.role.findUnique({ where: { slug }, select: roleSelect });
  return row ? roleDoc(row) : null;
}

export async function readEdgeDoc(tx: Tx, from: string, to: string): Promise<GrowthEdgeDoc | null> {
  const row = await tx.growthEdge.findFirst({ where: { fromRole: { slug: from }, toRole: { slug: to } }, select: edgeSelect });
  return row ? edgeDoc(row) : null;
}

export async function readFamilyDoc(tx: Tx, family: RoleFamily): Promise<FamilyDoc | null> {
  return tx.roleFamilyProfile.findUnique({
    where: { family },
    select: { family: true, kpisEn: true, kpisRu: true, channelsEn: true, channelsRu: true },
  });
}

/** The whole taxonomy as one document, every list in its display order. */
export async function readTaxonomyDocument(tx: Tx): Promise<TaxonomyDocument> {
  const [groups, skills, roles, edges, families] = await Promise.all([
    tx.skillGroup.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }], select: groupSelect }),
    tx.skill.findMany({
      orderBy: [{ group: { position: "asc" } }, { group: { slug: "asc" } }, { position: "asc" }, { slug: "asc" }],
      select: skillSelect,
    }),
    tx.role.findMany({ orderBy: [{ position: "asc" }, { slug: "asc" }], select: roleSelect }),
    tx.growthEdge.findMany({ select: edgeSelect }),
    tx.roleFamilyProfile.findMany({ select: { family: true, kpisEn: true, kpisRu: true, channelsEn: true, channelsRu: true } }),
  ]);
  return {
    format: TAXONOMY_FORMAT,
    formatVersion: TAXONOMY_FORMAT_VERSION,
    skillGroups: groups,
    skills: skills.map(skillDoc),
    roles: roles.map(roleDoc),
    // By role slugs, compared as plain text (the database's collation may order hyphens otherwise).
    growthEdges: edges.map(edgeDoc).sort((a, b) => compareText(a.from, b.from) || compareText(a.to, b.to)),
    families: families.sort((a, b) => ROLE_FAMILIES.indexOf(a.family) - ROLE_FAMILIES.indexOf(b.family)),
  };
}

// ---------- writing documents ----------
// Each write creates the item or updates it in place, raising its version.
// With `expectedVersion` an update happens only if the item is still at that
// version (and a missing item is not created): the write answers false then.

interface WriteOptions {
  position?: number;
  expectedVersion?: number;
}

/** The data of an update: the fields, the position if given, and the next version. */
const updateData = <T extends object>(fields: T, options: WriteOptions) => ({
  ...fields,
  ...(options.position === undefined ? {} : { position: options.position }),
  version: { increment: 1 },
});

export async function writeGroup(tx: Tx, doc: SkillGroupDoc, options: WriteOptions = {}): Promise<boolean> {
  const { slug, ...fields } = doc;
  if (options.expectedVersion !== undefined) {
    const { count } = await tx.skillGroup.updateMany({ where: { slug, version: options.expectedVersion }, data: updateData(fields, options) });
    return count === 1;
  }
  const position = options.position ?? (await tx.skillGroup.count());
  await tx.skillGroup.upsert({ where: { slug }, create: { slug, ...fields, position }, update: updateData(fields, options) });
  return true;
}

/** Writes a skill; its group must exist. */
export async function writeSkill(tx: Tx, doc: SkillDoc, options: WriteOptions = {}): Promise<boolean> {
  const { slug, group, ...rest } = doc;
  const groupRow = await tx.skillGroup.findUniqueOrThrow({ where: { slug: group }, select: { id: true } });
  const fields = { ...rest, groupId: groupRow.id };
  if (options.expectedVersion !== undefined) {
    const { count } = await tx.skill.updateMany({ where: { slug, version: options.expectedVersion }, data: updateData(fields, options) });
    return count === 1;
  }
  const position = options.position ?? (await tx.skill.count({ where: { groupId: groupRow.id } }));
  await tx.skill.upsert({ where: { slug }, create: { slug, ...fields, position }, update: updateData(fields, options) });
  return true;
}

/** Writes a role's own fields (not its requirements). */
export async function writeRoleFields(tx: Tx, doc: Omit<RoleDoc, "requirements">, options: WriteOptions = {}): Promise<boolean> {
  const { slug, ...fields } = doc;
  if (options.expectedVersion !== undefined) {
    const { count } = await tx.role.updateMany({ where: { slug, version: options.expectedVersion }, data: updateData(fields, options) });
    return count === 1;
  }
  const position = options.position ?? (await tx.role.count());
  await tx.role.upsert({ where: { slug }, create: { slug, ...fields, position }, update: updateData(fields, options) });
  return true;
}

/** Writes a role and makes its requirements exactly the document's (in its order); their skills must exist. */
export async function writeRole(tx: Tx, doc: RoleDoc, options: WriteOptions = {}): Promise<boolean> {
  const { requirements, ...fields } = doc;
  if (!(await writeRoleFields(tx, fields, options))) return false;
  const role = await tx.role.findUniqueOrThrow({ where: { slug: doc.slug }, select: { id: true } });
  await writeRequirements(tx, role.id, requirements);
  return true;
}

export async function writeRequirements(tx: Tx, roleId: string, requirements: RequirementDoc[]): Promise<void> {
  const skills = new Map(
    (await tx.skill.findMany({ where: { slug: { in: requirements.map((r) => r.skill) } }, select: { id: true, slug: true } })).map(
      (s) => [s.slug, s.id],
    ),
  );
  const keep = requirements.map((r) => skills.get(r.skill)!);
  await tx.roleRequirement.deleteMany({ where: { roleId, skillId: { notIn: keep } } });
  for (const [position, r] of requirements.entries()) {
    const skillId = skills.get(r.skill)!;
    const data = { importance: r.importance, minLevel: r.minLevel, position };
    await tx.roleRequirement.upsert({
      where: { roleId_skillId: { roleId, skillId } },
      create: { roleId, skillId, ...data },
      update: data,
    });
  }
}

/** Writes a growth edge; both roles must exist. */
export async function writeEdge(tx: Tx, doc: GrowthEdgeDoc, options: WriteOptions = {}): Promise<boolean> {
  const { from, to, ...fields } = doc;
  const [fromRole, toRole] = await Promise.all(
    [from, to].map((slug) => tx.role.findUniqueOrThrow({ where: { slug }, select: { id: true } })),
  );
  const where = { fromRoleId: fromRole!.id, toRoleId: toRole!.id };
  if (options.expectedVersion !== undefined) {
    const { count } = await tx.growthEdge.updateMany({ where: { ...where, version: options.expectedVersion }, data: updateData(fields, {}) });
    return count === 1;
  }
  await tx.growthEdge.upsert({ where: { fromRoleId_toRoleId: where }, create: { ...where, ...fields }, update: updateData(fields, {}) });
  return true;
}

export async function writeFamily(tx: Tx, doc: FamilyDoc, options: WriteOptions = {}): Promise<boolean> {
  const { family, ...fields } = doc;
  if (options.expectedVersion !== undefined) {
    const { count } = await tx.roleFamilyProfile.updateMany({ where: { family, version: options.expectedVersion }, data: updateData(fields, {}) });
    return count === 1;
  }
  await tx.roleFamilyProfile.upsert({ where: { family }, create: { family, ...fields }, update: updateData(fields, {}) });
  return true;
}
