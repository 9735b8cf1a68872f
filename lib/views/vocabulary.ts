// The app's closed vocabularies, defined once: by the Prisma schema's enums
// (lib/generated/prisma/enums.ts is plain constants, safe in the browser).
// Components, schemas and pages import them from here, never from the
// generated client.
import {
  CompanyMemberRole,
  CompanySize,
  GrowthKind,
  Importance,
  RoleFamily,
  Seniority,
  SkillStatus,
  SkillType,
  UserRole,
} from "@/lib/generated/prisma/enums";

export type { CompanyMemberRole, CompanySize, GrowthKind, Importance, RoleFamily, Seniority, SkillStatus, SkillType, UserRole };

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

export const USER_ROLES = values(UserRole);
export const COMPANY_SIZES = values(CompanySize);
export const COMPANY_MEMBER_ROLES = values(CompanyMemberRole);
