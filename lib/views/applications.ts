// What the application pages receive: plain data, safe to hand to client components.
import type { AnsweredQuestion, ApplicationStageCode } from "@/lib/domain/application-rules";

/** The candidate's profile as it was at applying, stored with the application. */
export interface ApplicationSnapshot {
  name: string;
  email: string;
  headline: string | null;
  location: string | null;
  about: string | null;
  workMode: string | null;
  languages: string[];
  salaryFrom: number | null;
  currency: string | null;
  roles: { roleId: string; labelEn: string; labelRu: string; title: string | null; years: number; current: boolean }[];
  skills: { skillId: string; labelEn: string; labelRu: string; level: number; evidence: string | null }[];
}

export interface StageEventView {
  at: string;
  from: ApplicationStageCode | null;
  to: ApplicationStageCode;
  /** A member's name, or null for the candidate's own steps. */
  actorName: string | null;
}

/** One row of "My applications". */
export interface MyApplicationView {
  id: string;
  postingTitle: string;
  postingSlug: string;
  companyName: string;
  /** Whether the posting is still open (the job page can be read). */
  postingOpen: boolean;
  stage: ApplicationStageCode;
  stageChangedAt: string;
  appliedAt: string;
  /** The rejection reason, only when the company chose to share it. */
  reason: string | null;
  canWithdraw: boolean;
  events: StageEventView[];
}

export interface SkillMatchView {
  label: string;
  /** The candidate's level (null: not stated) against the level the posting asks. */
  level: number | null;
  wanted: number;
  mustHave: boolean;
}

/** One applicant in a company's list (ranked by fit). */
export interface ApplicantRow {
  id: string;
  /** "Deleted account" once the candidate deleted it (the row stays as a count). */
  name: string | null;
  headline: string | null;
  stage: ApplicationStageCode;
  stageChangedAt: string;
  appliedAt: string;
  fit: number | null;
  mustMet: number;
  mustTotal: number;
  knockoutsFailed: number;
  matched: string[];
  missing: string[];
  noteCount: number;
}

export interface ApplicationNoteView {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

/** One applicant in full, for the company. */
export interface ApplicantDetail extends ApplicantRow {
  version: number;
  snapshot: ApplicationSnapshot | null;
  coverNote: string | null;
  answers: (AnsweredQuestion & { failed: boolean })[];
  skills: SkillMatchView[];
  rejectionReason: string | null;
  reasonShared: boolean;
  events: StageEventView[];
  notes: ApplicationNoteView[];
  postingId: string;
  postingTitle: string;
}

/** The counts per stage shown above a posting's applicants. */
export type StageCounts = Partial<Record<ApplicationStageCode, number>>;

/** What the job page's apply box shows this reader. */
export type ApplyState =
  | { kind: "anonymous" }
  | { kind: "notCandidate" }
  | { kind: "applied"; stage: ApplicationStageCode; at: string }
  | { kind: "form"; questions: { id: string; kind: "YES_NO" | "TEXT"; text: string }[]; name: string; roles: number; skills: number };

/** A discoverable candidate in a company's search: no surname, no contact details. */
export interface FoundCandidate {
  id: string;
  firstName: string;
  headline: string | null;
  location: string | null;
  workMode: string | null;
  target: string | null;
  roles: { label: string; years: number; current: boolean }[];
  skills: { label: string; level: number; asked: boolean }[];
  moreSkills: number;
}
