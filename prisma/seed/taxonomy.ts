// Default skill taxonomy for Rolemap (English + Russian): skill groups,
// skills, role templates and growth paths. Admins edit this data after seeding.
// Bump TAXONOMY_SEED_VERSION whenever the default data changes.
export * from "./taxonomy-types";
export { skillGroups, skills } from "./taxonomy-skills";
export { roles, growthEdges } from "./taxonomy-roles";

export const TAXONOMY_SEED_VERSION = 1;
