import "server-only";
// Reads for the admin's taxonomy editor: items with their versions (a form
// sends back the version it was loaded with), where a skill is used, and the
// history. Every function takes the actor and refuses anyone but an admin.
import { db } from "@/lib/db";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import type { SessionUser } from "@/lib/server/sessions";
import { readFamilyDoc, readGroupDoc, readRoleDoc, readSkillDoc } from "@/lib/server/taxonomy/docs";
import type { FamilyDoc, RoleDoc, SkillDoc, SkillGroupDoc } from "@/lib/validations/taxonomy";
import type { SkillFilter } from "@/lib/validations/taxonomy-editor";
import type { ChangeView, RoleEditView, SkillListItem, SkillOption } from "@/lib/views/taxonomy-editor";
import { ROLE_FAMILIES, type RoleFamily, type TaxonomyEntity } from "@/lib/views/vocabulary";

function assertAdmin(actor: SessionUser): void {
  if (actor.role !== "ADMIN") throw new Error("Only an admin may edit the taxonomy");
}

const tx = db as unknown as Parameters<typeof readSkillDoc>[0];

export async function listSkillsForAdmin(actor: SessionUser, filter: SkillFilter, locale: LocaleCode): Promise<SkillListItem[]> {
  assertAdmin(actor);
  const q = filter.q?.toLowerCase();
  const rows = await db.skill.findMany({
    where: {
      ...(filter.group ? { group: { slug: filter.group } } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.missing === "en" ? { labelEn: "" } : filter.missing === "ru" ? { labelRu: "" } : {}),
    },
    orderBy: [{ group: { position: "asc" } }, { position: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      labelEn: true,
      labelRu: true,
      altLabelsEn: true,
      altLabelsRu: true,
      status: true,
      type: true,
      version: true,
      group: { select: { slug: true, labelEn: true, labelRu: true } },
      _count: { select: { requirements: true } },
    },
  });
  // Text is matched here (labels and alternative labels, both languages, any case): a few hundred rows at most.
  const matches = (s: (typeof rows)[number]) =>
    !q || [s.slug, s.labelEn, s.labelRu, ...s.altLabelsEn, ...s.altLabelsRu].some((t) => t.toLowerCase().includes(q));
  return rows.filter(matches).map((s) => ({
    slug: s.slug,
    labelEn: s.labelEn,
    labelRu: s.labelRu,
    group: pick(s.group, "label", locale),
    groupSlug: s.group.slug,
    status: s.status,
    type: s.type,
    version: s.version,
    usedBy: s._count.requirements,
  }));
}

/** The skills a select may offer (active ones, unless `all`), labelled in the reader's language. */
export async function listSkillOptions(actor: SessionUser, locale: LocaleCode, all = false): Promise<SkillOption[]> {
  assertAdmin(actor);
  const rows = await db.skill.findMany({
    where: all ? {} : { status: "ACTIVE" },
    orderBy: [{ labelEn: "asc" }],
    select: { slug: true, labelEn: true, labelRu: true, status: true, version: true },
  });
  return rows
    .map((s) => ({ slug: s.slug, label: pick(s, "label", locale), status: s.status, version: s.version }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export async function getSkillForEdit(actor: SessionUser, slug: string, locale: LocaleCode) {
  assertAdmin(actor);
  const [doc, row, usedBy, postings] = await Promise.all([
    readSkillDoc(tx, slug),
    db.skill.findUnique({ where: { slug }, select: { version: true } }),
    db.roleRequirement.findMany({
      where: { skill: { slug } },
      orderBy: { role: { position: "asc" } },
      select: { importance: true, minLevel: true, role: { select: { slug: true, labelEn: true, labelRu: true } } },
    }),
    db.jobPosting.groupBy({ by: ["status"], where: { skills: { some: { skill: { slug } } } }, _count: { _all: true } }),
  ]);
  const count = (statuses: string[]) => postings.filter((p) => statuses.includes(p.status)).reduce((n, p) => n + p._count._all, 0);
  if (!doc || !row) return null;
  return {
    doc: doc as SkillDoc,
    version: row.version,
    usage: {
      roles: usedBy.map((u) => ({ slug: u.role.slug, label: pick(u.role, "label", locale), importance: u.importance, minLevel: u.minLevel })),
      postings: { open: count(["SUBMITTED", "PUBLISHED"]), total: count(["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED", "CLOSED", "EXPIRED"]) },
    },
  };
}

export async function listGroupsForAdmin(actor: SessionUser) {
  assertAdmin(actor);
  const rows = await db.skillGroup.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { slug: true, labelEn: true, labelRu: true, status: true, version: true, _count: { select: { skills: true } } },
  });
  return rows.map(({ _count, ...g }) => ({ ...g, skills: _count.skills }));
}

export async function getGroupForEdit(actor: SessionUser, slug: string): Promise<{ doc: SkillGroupDoc; version: number } | null> {
  assertAdmin(actor);
  const [doc, row] = await Promise.all([readGroupDoc(tx, slug), db.skillGroup.findUnique({ where: { slug }, select: { version: true } })]);
  return doc && row ? { doc, version: row.version } : null;
}

export async function listRolesForAdmin(actor: SessionUser, locale: LocaleCode) {
  assertAdmin(actor);
  const rows = await db.role.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      slug: true,
      labelEn: true,
      labelRu: true,
      family: true,
      seniority: true,
      status: true,
      version: true,
      _count: { select: { requirements: true, edgesFrom: true, edgesTo: true } },
    },
  });
  return rows.map(({ _count, ...r }) => ({
    ...r,
    label: pick(r, "label", locale),
    requirements: _count.requirements,
    edges: _count.edgesFrom + _count.edgesTo,
  }));
}

export async function getRoleForEdit(actor: SessionUser, slug: string, locale: LocaleCode): Promise<RoleEditView | null> {
  assertAdmin(actor);
  const [doc, row] = await Promise.all([
    readRoleDoc(tx, slug),
    db.role.findUnique({
      where: { slug },
      select: {
        version: true,
        requirements: {
          orderBy: [{ position: "asc" }, { skill: { slug: "asc" } }],
          select: { importance: true, minLevel: true, skill: { select: { slug: true, labelEn: true, labelRu: true, status: true } } },
        },
        edgesFrom: { select: { kind: true, rationaleEn: true, rationaleRu: true, version: true, toRole: { select: { slug: true, labelEn: true, labelRu: true } } } },
        edgesTo: { select: { kind: true, fromRole: { select: { slug: true, labelEn: true, labelRu: true } } } },
      },
    }),
  ]);
  if (!doc || !row) return null;
  const { requirements: _r, ...fields } = doc as RoleDoc;
  return {
    fields,
    version: row.version,
    requirements: row.requirements.map((q) => ({
      skill: q.skill.slug,
      label: pick(q.skill, "label", locale),
      skillStatus: q.skill.status,
      importance: q.importance,
      minLevel: q.minLevel,
    })),
    edgesOut: row.edgesFrom.map((e) => ({
      to: e.toRole.slug,
      label: pick(e.toRole, "label", locale),
      kind: e.kind,
      rationaleEn: e.rationaleEn,
      rationaleRu: e.rationaleRu,
      version: e.version,
    })),
    edgesIn: row.edgesTo.map((e) => ({ from: e.fromRole.slug, label: pick(e.fromRole, "label", locale), kind: e.kind })),
  };
}

export async function listFamiliesForAdmin(actor: SessionUser): Promise<{ family: RoleFamily; doc: FamilyDoc | null; version: number | null }[]> {
  assertAdmin(actor);
  const versions = new Map((await db.roleFamilyProfile.findMany({ select: { family: true, version: true } })).map((f) => [f.family, f.version]));
  return Promise.all(
    ROLE_FAMILIES.map(async (family) => ({ family, doc: await readFamilyDoc(tx, family), version: versions.get(family) ?? null })),
  );
}

export const CHANGES_PAGE_SIZE = 50;

/** The audit log, newest first: all of it, one kind of item, or one item. */
export async function listChanges(
  actor: SessionUser,
  filter: { entity?: TaxonomyEntity; key?: string; role?: string; page?: number },
): Promise<{ changes: ChangeView[]; total: number }> {
  assertAdmin(actor);
  const where = filter.role
    ? // A role's history: the role itself, its requirements and the growth paths that leave it.
      {
        OR: [
          { entity: "ROLE" as const, entityKey: filter.role },
          { entity: "REQUIREMENT" as const, entityKey: { startsWith: `${filter.role}/` } },
          { entity: "EDGE" as const, entityKey: { startsWith: `${filter.role}>` } },
        ],
      }
    : { ...(filter.entity ? { entity: filter.entity } : {}), ...(filter.key ? { entityKey: filter.key } : {}) };
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total] = await Promise.all([
    db.taxonomyChange.findMany({ where, orderBy: { at: "desc" }, skip: (page - 1) * CHANGES_PAGE_SIZE, take: CHANGES_PAGE_SIZE }),
    db.taxonomyChange.count({ where }),
  ]);
  const reverted = new Set(
    (await db.taxonomyChange.findMany({ where: { revertOf: { in: rows.map((r) => r.id) } }, select: { revertOf: true } })).map((r) => r.revertOf),
  );
  return {
    total,
    changes: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorName: r.actorName,
      entity: r.entity,
      key: r.entityKey,
      label: r.label,
      action: r.action,
      fields: changedFields(r.before, r.after),
      reverted: reverted.has(r.id),
      revertOf: r.revertOf,
    })),
  };
}

const show = (v: unknown): string => (v === null || v === undefined ? "" : Array.isArray(v) ? v.join("; ") : typeof v === "object" ? JSON.stringify(v) : String(v));

/** The fields an entry changed, with their values before and after (texts shortened for the log). */
export function changedFields(before: unknown, after: unknown): { field: string; before: string; after: string }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, before: show(b[k]).slice(0, 300), after: show(a[k]).slice(0, 300) }));
}
