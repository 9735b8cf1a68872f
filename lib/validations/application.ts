// Applying, withdrawing, moving an applicant between stages, private notes,
// the applicants list's filters, saved jobs and saved searches. The forms and
// their actions parse with the same schemas.
import { z } from "@/lib/validations/z";
import { APPLICATION_LIMITS as L, APPLICATION_STAGES } from "@/lib/domain/application-rules";
import { fromNumberInput, noControlCharacters, zId, zOptionalText, zText } from "@/lib/validations/fields";

export const zApplyInput = z.strictObject({
  postingId: zId,
  coverNote: zOptionalText(L.coverNoteMax),
  /** Question id → answer ("yes"/"no", or text); the posting decides which are needed (lib/domain/application-rules.ts). */
  answers: z
    .record(
      zId,
      z
        .string()
        .max(L.answerMax)
        .refine(noControlCharacters, "errors.invalidCharacters")
        .nullish()
        // A yes/no question left unanswered sends null: the posting's rules say it is required.
        .transform((v) => v ?? ""),
    )
    .default({}),
});
export type ApplyInput = z.output<typeof zApplyInput>;

export const zApplicationRef = z.strictObject({ applicationId: zId });

export const zMoveStageInput = z
  .strictObject({
    applicationId: zId,
    to: z.enum(APPLICATION_STAGES),
    /** The version the member saw: a colleague's move in between is reported, not overwritten. */
    version: z.number().int().min(1),
    reason: zOptionalText(L.reasonMax),
    reasonShared: z.boolean().default(false),
  })
  .refine((v) => v.to === "REJECTED" || (v.reason === null && !v.reasonShared), { path: ["reason"], message: "errors.application.reasonOnlyRejecting" });
export type MoveStageInput = z.output<typeof zMoveStageInput>;

export const zAddNoteInput = z.strictObject({ applicationId: zId, body: zText(L.noteMax) });
export type AddNoteInput = z.output<typeof zAddNoteInput>;

/** The applicants list's filters, from the address (anything unknown falls back to the default). */
export const APPLICANT_STAGE_FILTERS = ["active", "all", ...APPLICATION_STAGES] as const;
export type ApplicantStageFilter = (typeof APPLICANT_STAGE_FILTERS)[number];
export interface ApplicantFilter {
  stage: ApplicantStageFilter;
  /** Only applicants who answered every knock-out question as the company expects. */
  knockoutsPassed: boolean;
  /** Only applicants whose fit is at least this (0: everyone). */
  fitMin: number;
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseApplicantFilter(params: Record<string, string | string[] | undefined>): ApplicantFilter {
  const stage = first(params.stage);
  const fit = fromNumberInput(first(params.fit));
  return {
    stage: (APPLICANT_STAGE_FILTERS as readonly string[]).includes(stage ?? "") ? (stage as ApplicantStageFilter) : "active",
    knockoutsPassed: first(params.knockouts) === "passed",
    fitMin: typeof fit === "number" && Number.isInteger(fit) ? Math.min(100, Math.max(0, fit)) : 0,
  };
}

export const zSaveJobInput = z.strictObject({ postingId: zId, saved: z.boolean() });

/** A search as the board's address query (the server keeps its canonical form). */
export const zSaveSearchInput = z.strictObject({ query: z.string().max(1000).refine(noControlCharacters, "errors.invalidCharacters") });
export const zSavedSearchRef = z.strictObject({ searchId: zId });
export const zSearchNotifyInput = z.strictObject({ searchId: zId, notify: z.boolean() });

/** A company's candidate search, from the address: up to three skills and a growth target (a role), by id. */
export interface CandidateSearch {
  skills: string[];
  target: string | null;
}
export const CANDIDATE_SEARCH_SKILLS = 3;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function parseCandidateSearch(params: Record<string, string | string[] | undefined>): CandidateSearch {
  const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
  const skills = [...new Set(all(params.skill).map((s) => s.trim()).filter((s) => ID.test(s)))].slice(0, CANDIDATE_SEARCH_SKILLS);
  const target = first(params.target)?.trim() ?? "";
  return { skills, target: ID.test(target) ? target : null };
}

export const zInviteInput = z.strictObject({ candidateId: zId, postingId: zId });
