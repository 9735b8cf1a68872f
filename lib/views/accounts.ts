// What the account, profile, company and admin pages show: plain data that
// lib/server builds and components render (never a raw database row).
import type { AppLocale } from "@/lib/i18n/config";
import type { CompanyMemberRole, CompanySize, UserRole } from "@/lib/views/vocabulary";

export interface CandidateProfileView {
  name: string;
  email: string;
  locale: AppLocale;
  headline: string | null;
  location: string | null;
  about: string | null;
}

export interface CompanyProfileView {
  id: string;
  name: string;
  website: string | null;
  size: CompanySize | null;
  description: string | null;
  myRole: CompanyMemberRole;
  members: { userId: string; name: string; email: string; role: CompanyMemberRole }[];
}

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  disabled: boolean;
  createdAt: Date;
  company: string | null;
}

/** An invitation the owner sent and nobody has taken yet. */
export interface PendingInvite {
  id: string;
  email: string;
  expiresAt: string;
}

/** What the invitation page tells the invited person. */
export interface InviteView {
  email: string;
  companyName: string;
}
