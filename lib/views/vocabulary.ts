// The app's closed vocabularies, defined once: by the Prisma schema's enums
// (lib/generated/prisma/enums.ts is plain constants, safe in the browser).
// Components, schemas and pages import them from here, never from the
// generated client.
import {
  CompanyMemberRole,
  CompanySize,
  GrowthKind,
  Importance,
  LeadNeed,
  LeadStatus,
  NoticeKind,
  ReuseLevel,
  RoleFamily,
  Seniority,
  SkillType,
  TaxonomyAction,
  TaxonomyEntity,
  TaxonomyStatus,
  UserRole,
} from "@/lib/generated/prisma/enums";

export type {
  CompanyMemberRole,
  CompanySize,
  GrowthKind,
  Importance,
  LeadNeed,
  LeadStatus,
  NoticeKind,
  ReuseLevel,
  RoleFamily,
  Seniority,
  SkillType,
  TaxonomyAction,
  TaxonomyEntity,
  TaxonomyStatus,
  UserRole,
};

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const USER_ROLES = values(UserRole);
export const COMPANY_SIZES = values(CompanySize);
export const COMPANY_MEMBER_ROLES = values(CompanyMemberRole);
export const SKILL_TYPES = values(SkillType);
export const TAXONOMY_STATUSES = values(TaxonomyStatus);
export const REUSE_LEVELS = values(ReuseLevel);
export const ROLE_FAMILIES = values(RoleFamily);
export const SENIORITIES = values(Seniority);
export const IMPORTANCES = values(Importance);
export const GROWTH_KINDS = values(GrowthKind);
export const TAXONOMY_ENTITIES = values(TaxonomyEntity);
export const TAXONOMY_ACTIONS = values(TaxonomyAction);
export const LEAD_NEEDS = values(LeadNeed);
export const LEAD_STATUSES = values(LeadStatus);
