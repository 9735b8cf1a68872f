import "server-only";
// Reads of the skill taxonomy for the public role pages and the admin overview.
import { db } from "@/lib/db";
import { cachedTaxonomy } from "@/lib/server/taxonomy/cache";
import { compareRequirements, compareRoles, pick, pickList, topRequirements, type LocaleCode } from "@/lib/domain/taxonomy";
import type { RoleDetail, RoleSummary, TaxonomyOverview } from "@/lib/views/taxonomy";

const TOP_SKILLS = 5;

/** Every active role with its key skills and next steps, for the roles page (cached per taxonomy revision). */
export function listRoles(locale: LocaleCode): Promise<RoleSummary[]> {
  return cachedTaxonomy(`roles:${locale}`, () => readRoles(locale, { active: true }));
}

/** Roles as summaries; `active` leaves out deprecated roles and paths to them (the public view). */
async function readRoles(locale: LocaleCode, { active }: { active: boolean }): Promise<RoleSummary[]> {
  const rows = await db.role.findMany({
    where: active ? { status: "ACTIVE" } : {},
    select: {
      slug: true,
      family: true,
      seniority: true,
      labelEn: true,
      labelRu: true,
      summaryEn: true,
      summaryRu: true,
      requirements: {
        select: { importance: true, minLevel: true, skill: { select: { slug: true, labelEn: true, labelRu: true } } },
      },
      edgesFrom: {
        where: active ? { toRole: { status: "ACTIVE" } } : {},
        select: { kind: true, toRole: { select: { slug: true, labelEn: true, labelRu: true } } },
      },
    },
  });
  return rows
    .map((r) => {
      const requirements = r.requirements.map((q) => ({
        importance: q.importance,
        minLevel: q.minLevel,
        slug: q.skill.slug,
        label: pick(q.skill, "label", locale),
      }));
      return {
        slug: r.slug,
        family: r.family,
        seniority: r.seniority,
        label: pick(r, "label", locale),
        summary: pick(r, "summary", locale),
        essentialCount: requirements.filter((q) => q.importance === "ESSENTIAL").length,
        optionalCount: requirements.filter((q) => q.importance === "OPTIONAL").length,
        topSkills: topRequirements(requirements, TOP_SKILLS).map((q) => ({ slug: q.slug, label: q.label })),
        nextSteps: r.edgesFrom
          .map((e) => ({ slug: e.toRole.slug, label: pick(e.toRole, "label", locale), kind: e.kind }))
          .sort((a, b) => (a.kind === b.kind ? a.label.localeCompare(b.label) : a.kind === "VERTICAL" ? -1 : 1)),
      };
    })
    .sort(compareRoles);
}

/** One role's page (cached per taxonomy revision). */
export function getRole(slug: string, locale: LocaleCode): Promise<RoleDetail | null> {
  return cachedTaxonomy(`role:${slug}:${locale}`, () => readRole(slug, locale));
}

async function readRole(slug: string, locale: LocaleCode): Promise<RoleDetail | null> {
  const role = await db.role.findUnique({
    where: { slug },
    include: {
      requirements: {
        include: {
          skill: {
            select: {
              slug: true,
              labelEn: true,
              labelRu: true,
              group: { select: { labelEn: true, labelRu: true } },
              requirements: { select: { role: { select: { family: true } } } },
            },
          },
        },
      },
      edgesFrom: { include: { toRole: { select: { slug: true, labelEn: true, labelRu: true } } } },
      edgesTo: { include: { fromRole: { select: { slug: true, labelEn: true, labelRu: true } } } },
    },
  });
  if (!role) return null;
  return {
    slug: role.slug,
    family: role.family,
    seniority: role.seniority,
    label: pick(role, "label", locale),
    summary: pick(role, "summary", locale),
    responsibilities: pickList(role, "responsibilities", locale),
    kpis: pickList(role, "kpis", locale),
    channels: pickList(role, "channels", locale),
    sourceUri: role.sourceUri,
    status: role.status,
    requirements: role.requirements
      .map((r) => {
        const families = new Set(r.skill.requirements.map((x) => x.role.family));
        return {
          slug: r.skill.slug,
          label: pick(r.skill, "label", locale),
          group: pick(r.skill.group, "label", locale),
          importance: r.importance,
          minLevel: r.minLevel,
          shared: families.has("SMM") && families.has("COMMUNITY"),
        };
      })
      .sort(compareRequirements),
    edges: [
      ...role.edgesFrom.map((e) => ({
        direction: "out" as const,
        kind: e.kind,
        slug: e.toRole.slug,
        label: pick(e.toRole, "label", locale),
        rationale: pick(e, "rationale", locale),
      })),
      ...role.edgesTo.map((e) => ({
        direction: "in" as const,
        kind: e.kind,
        slug: e.fromRole.slug,
        label: pick(e.fromRole, "label", locale),
        rationale: pick(e, "rationale", locale),
      })),
    ],
  };
}

export async function getTaxonomyOverview(locale: LocaleCode): Promise<TaxonomyOverview> {
  const [groups, roles, requirements, edges, deprecatedSkills] = await Promise.all([
    db.skillGroup.findMany({
      orderBy: { position: "asc" },
      select: {
        slug: true,
        labelEn: true,
        labelRu: true,
        skills: { select: { slug: true, labelEn: true, labelRu: true, type: true, status: true } },
      },
    }),
    readRoles(locale, { active: false }),
    db.roleRequirement.count(),
    db.growthEdge.findMany({
      select: {
        kind: true,
        fromRole: { select: { labelEn: true, labelRu: true } },
        toRole: { select: { labelEn: true, labelRu: true } },
      },
    }),
    db.skill.count({ where: { status: "DEPRECATED" } }),
  ]);
  const groupViews = groups.map((g) => ({
    slug: g.slug,
    label: pick(g, "label", locale),
    skills: g.skills
      .map((s) => ({ slug: s.slug, label: pick(s, "label", locale), type: s.type, status: s.status }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  }));
  return {
    counts: {
      groups: groups.length,
      skills: groupViews.reduce((n, g) => n + g.skills.length, 0),
      deprecatedSkills,
      roles: roles.length,
      requirements,
      edges: edges.length,
    },
    groups: groupViews,
    roles,
    edges: edges.map((e) => ({ from: pick(e.fromRole, "label", locale), to: pick(e.toRole, "label", locale), kind: e.kind })),
  };
}
