// What pages and components see of job postings: plain objects, never rows.
import type { PostingStatusCode } from "@/lib/domain/posting-rules";
import type { StepValues } from "@/lib/validations/posting";

/** A posting as the wizard edits it: each step's values in the step's own shape. */
export interface PostingWizardView {
  id: string;
  version: number;
  status: PostingStatusCode;
  stepReached: number;
  rejectionReason: string | null;
  values: StepValues;
  updatedAt: string;
}

/** One line of a company's list of postings. */
export interface PostingListItem {
  id: string;
  status: PostingStatusCode;
  title: string;
  roleLabel: string | null;
  stepReached: number;
  updatedAt: string;
  publishedAt: string | null;
  expiresAt: string | null;
  viewCount: number;
  applicationCount: number;
  rejectionReason: string | null;
  editedByName: string | null;
}

export interface PostingEventView {
  at: string;
  actorName: string;
  from: PostingStatusCode | null;
  to: PostingStatusCode;
  note: string | null;
}

/** A posting as candidates will see it, in one language (the preview, the moderation queue, later the job page). */
export interface PostingDisplay {
  id: string;
  status: PostingStatusCode;
  companyName: string;
  title: string;
  roleLabel: string | null;
  family: "SMM" | "COMMUNITY" | null;
  employmentType: string | null;
  workMode: string | null;
  country: string | null;
  city: string | null;
  salary: { from: number | null; to: number | null; currency: string } | null;
  languages: { code: string; level: string }[];
  startDate: string | null;
  validDays: number;
  expiresAt: string | null;
  description: string;
  skills: { label: string; mustHave: boolean; level: number; deprecated: boolean }[];
  questions: { text: string; kind: "YES_NO" | "TEXT"; knockout: boolean; expectedYes: boolean | null }[];
}

/** A posting with what its company (or an admin) manages: status, counters, history. */
export interface PostingManageView {
  id: string;
  version: number;
  status: PostingStatusCode;
  companyId: string;
  companyName: string;
  rejectionReason: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
  latestExpiry: string | null;
  viewCount: number;
  applicationCount: number;
  taxonomyVersion: number | null;
  events: PostingEventView[];
}

/** A skill the wizard offers: active skills of the taxonomy, in both languages for search. */
export interface SkillOption {
  id: string;
  labelEn: string;
  labelRu: string;
  altLabels: string[];
  groupLabel: string;
}

/** A role the template step offers, with what it prefills. */
export interface RoleTemplate {
  id: string;
  family: "SMM" | "COMMUNITY";
  seniority: string;
  labelEn: string;
  labelRu: string;
  responsibilitiesEn: string[];
  responsibilitiesRu: string[];
  kpisEn: string[];
  kpisRu: string[];
  channelsEn: string[];
  channelsRu: string[];
  skills: { skillId: string; mustHave: boolean; level: number }[];
}
