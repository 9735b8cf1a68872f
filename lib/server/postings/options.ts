import "server-only";
// What the wizard offers from the taxonomy: the roles of the two families with
// what each prefills, and the skills a posting may ask for (active ones only;
// deprecated skills are not offered). Read through the taxonomy's cache.
import { db } from "@/lib/db";
import { POSTING_LIMITS } from "@/lib/domain/posting-rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pick, SENIORITY_ORDER } from "@/lib/domain/taxonomy";
import { cachedTaxonomy } from "@/lib/server/taxonomy/cache";
import type { RoleTemplate, SkillOption } from "@/lib/views/postings";

export function listRoleTemplates(): Promise<RoleTemplate[]> {
  return cachedTaxonomy("posting-role-templates", async () => {
    const [roles, families] = await Promise.all([
      db.role.findMany({
        where: { status: "ACTIVE", family: { in: ["SMM", "COMMUNITY"] } },
        orderBy: [{ position: "asc" }, { slug: "asc" }],
        select: {
          id: true,
          family: true,
          seniority: true,
          labelEn: true,
          labelRu: true,
          responsibilitiesEn: true,
          responsibilitiesRu: true,
          kpisEn: true,
          kpisRu: true,
          channelsEn: true,
          channelsRu: true,
          requirements: {
            where: { skill: { status: "ACTIVE" } },
            orderBy: [{ importance: "asc" }, { minLevel: "desc" }, { position: "asc" }],
            select: { skillId: true, importance: true, minLevel: true },
          },
        },
      }),
      db.roleFamilyProfile.findMany({ select: { family: true, kpisEn: true, kpisRu: true, channelsEn: true, channelsRu: true } }),
    ]);
    const profile = new Map(families.map((f) => [f.family, f]));
    const orFamily = <K extends "kpisEn" | "kpisRu" | "channelsEn" | "channelsRu">(role: (typeof roles)[number], key: K) =>
      (role[key].length > 0 ? role[key] : (profile.get(role.family)?.[key] ?? [])).slice(0, POSTING_LIMITS.listItemsMax);
    return roles
      .sort((a, b) => SENIORITY_ORDER.indexOf(a.seniority) - SENIORITY_ORDER.indexOf(b.seniority))
      .map((role) => {
        let mustHaves = 0;
        const skills = role.requirements.slice(0, POSTING_LIMITS.skillsMax).map((r) => {
          const mustHave = r.importance === "ESSENTIAL" && mustHaves < POSTING_LIMITS.mustHavesMax;
          if (mustHave) mustHaves++;
          return { skillId: r.skillId, mustHave, level: r.minLevel };
        });
        return {
          id: role.id,
          family: role.family as "SMM" | "COMMUNITY",
          seniority: role.seniority,
          labelEn: role.labelEn,
          labelRu: role.labelRu,
          responsibilitiesEn: role.responsibilitiesEn.slice(0, POSTING_LIMITS.listItemsMax),
          responsibilitiesRu: role.responsibilitiesRu.slice(0, POSTING_LIMITS.listItemsMax),
          kpisEn: orFamily(role, "kpisEn"),
          kpisRu: orFamily(role, "kpisRu"),
          channelsEn: orFamily(role, "channelsEn"),
          channelsRu: orFamily(role, "channelsRu"),
          skills,
        };
      });
  });
}

const SKILL_OPTION_SELECT = {
  id: true,
  labelEn: true,
  labelRu: true,
  altLabelsEn: true,
  altLabelsRu: true,
  group: { select: { labelEn: true, labelRu: true } },
} as const;

function skillOption(s: Prisma.SkillGetPayload<{ select: typeof SKILL_OPTION_SELECT }>, locale: "en" | "ru"): SkillOption {
  return {
    id: s.id,
    labelEn: s.labelEn,
    labelRu: s.labelRu,
    altLabels: [...s.altLabelsEn, ...s.altLabelsRu],
    groupLabel: pick(s.group, "label", locale),
  };
}

/** Active skills to choose from, plus any the posting already has (a deprecated one stays where it is used). */
export async function listSkillOptions(locale: "en" | "ru", keepIds: string[] = []): Promise<SkillOption[]> {
  const active = await cachedTaxonomy(`posting-skill-options:${locale}`, async () => {
    const rows = await db.skill.findMany({
      where: { status: "ACTIVE" },
      orderBy: [{ group: { position: "asc" } }, { position: "asc" }, { slug: "asc" }],
      select: SKILL_OPTION_SELECT,
    });
    return rows.map((s) => skillOption(s, locale));
  });
  const missing = keepIds.filter((id) => !active.some((s) => s.id === id));
  if (missing.length === 0) return active;
  const kept = await db.skill.findMany({ where: { id: { in: missing } }, select: SKILL_OPTION_SELECT });
  return [...active, ...kept.map((s) => skillOption(s, locale))];
}
