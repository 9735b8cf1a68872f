import "server-only";
// The default taxonomy: the JSON documents under prisma/seed/taxonomy, in the
// import format, put together into one document. Each file holds one area
// (the groups, a group's skills, a family's roles, the growth paths, the
// families' KPIs and channels); list order is display order.
import manifest from "@/prisma/seed/taxonomy/manifest.json";
import families from "@/prisma/seed/taxonomy/families.json";
import growthEdges from "@/prisma/seed/taxonomy/growth-edges.json";
import adjacentRoles from "@/prisma/seed/taxonomy/roles/adjacent.json";
import communityRoles from "@/prisma/seed/taxonomy/roles/community.json";
import feederRoles from "@/prisma/seed/taxonomy/roles/feeder.json";
import smmRoles from "@/prisma/seed/taxonomy/roles/smm.json";
import skillGroups from "@/prisma/seed/taxonomy/skill-groups.json";
import advertisingSkills from "@/prisma/seed/taxonomy/skills/advertising-targeting.json";
import analyticsSkills from "@/prisma/seed/taxonomy/skills/analytics.json";
import communicationSkills from "@/prisma/seed/taxonomy/skills/communication-moderation.json";
import contentSkills from "@/prisma/seed/taxonomy/skills/content.json";
import eventsSkills from "@/prisma/seed/taxonomy/skills/events-offline.json";
import strategySkills from "@/prisma/seed/taxonomy/skills/strategy-management.json";
import toolsSkills from "@/prisma/seed/taxonomy/skills/tools.json";
import type { TaxonomyDocumentInput } from "@/lib/validations/taxonomy";

/** Raised when the default data changes (prisma/seed/taxonomy/manifest.json). */
export const DEFAULT_TAXONOMY_VERSION: number = manifest.seedVersion;

const SKILL_FILES = [communicationSkills, contentSkills, analyticsSkills, advertisingSkills, eventsSkills, strategySkills, toolsSkills];
const ROLE_FILES = [smmRoles, communityRoles, adjacentRoles, feederRoles];

/** The default taxonomy as one document, still to be validated (the seed parses it like any import). */
export function defaultTaxonomyDocument(): TaxonomyDocumentInput {
  return {
    format: manifest.format,
    formatVersion: manifest.formatVersion,
    skillGroups: skillGroups.skillGroups,
    skills: SKILL_FILES.flatMap((f) => f.skills),
    roles: ROLE_FILES.flatMap((f) => f.roles),
    growthEdges: growthEdges.growthEdges,
    families: families.families,
  } as TaxonomyDocumentInput;
}
