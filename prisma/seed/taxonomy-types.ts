export type SkillType = "KNOWLEDGE" | "SKILL";
export type RoleFamily = "SMM" | "COMMUNITY" | "ADJACENT" | "FEEDER";
export type Seniority = "JUNIOR" | "MIDDLE" | "SENIOR" | "LEAD" | "HEAD";
export type Importance = "ESSENTIAL" | "OPTIONAL";
export type GrowthKind = "VERTICAL" | "HORIZONTAL";

export interface SeedSkillGroup { slug: string; labelEn: string; labelRu: string; position: number }
export interface SeedSkill {
  slug: string;            // kebab-case, unique
  group: string;           // a SeedSkillGroup slug
  type: SkillType;
  labelEn: string; labelRu: string;
  descriptionEn: string; descriptionRu: string;   // one sentence each
  altLabelsEn: string[]; altLabelsRu: string[];   // synonyms job posts use (0-4 each)
  sourceUri: string | null;  // ESCO concept URI ONLY if verified (see below), else null
}
export interface SeedRequirement { skill: string; importance: Importance; minLevel: 1 | 2 | 3 | 4 | 5 }
export interface SeedRole {
  slug: string; family: RoleFamily; seniority: Seniority;
  labelEn: string; labelRu: string;
  summaryEn: string; summaryRu: string;              // 1-2 sentences
  responsibilitiesEn: string[]; responsibilitiesRu: string[];  // 4-7 items, same count and order in both
  kpisEn: string[]; kpisRu: string[];                // same count and order
  channelsEn: string[]; channelsRu: string[];        // same count and order
  sourceUri: string | null;                           // ESCO occupation URI where one fits (from REFERENCE-DATA.md)
  requirements: SeedRequirement[];
}
export interface SeedGrowthEdge { from: string; to: string; kind: GrowthKind; rationaleEn: string; rationaleRu: string }
