// The posting wizard's inputs, one schema pair per step: a loose one that
// saves work in progress (every field may still be empty, but each is typed
// and bounded), and a strict one that a step must pass to move on and the
// whole posting must pass to be submitted. The browser and the server parse
// with the same schemas.
import { z } from "@/lib/validations/z";
import { fromNumberInput, noControlCharacters, zAmount, zId } from "@/lib/validations/fields";
import { message } from "@/lib/i18n/message";
import { readableMessage } from "@/lib/validations/result";
import COUNTRY_CODES from "@/lib/domain/countries.json";
import { ADVISOR_AUDIENCES, ADVISOR_CHANNELS, ADVISOR_METRICS, ADVISOR_OWN_COMMUNITY } from "@/lib/domain/role-advisor";
import { lintPostingText, type LintFinding } from "@/lib/domain/posting-lint";
import {
  CURRENCIES,
  locationProblems,
  POSTING_LIMITS as L,
  salaryProblems,
  WORK_MODES,
} from "@/lib/domain/posting-rules";

export const POSTING_FAMILIES = ["SMM", "COMMUNITY"] as const;
export const EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACT", "INTERNSHIP", "TEMPORARY"] as const;
export const QUESTION_KINDS = ["YES_NO", "TEXT"] as const;
export const LANGUAGE_CODES = ["ru", "en", "kk", "uk", "be", "uz", "de", "fr", "es", "it", "pt", "tr", "zh", "ar", "ja", "ko", "pl"] as const;
export const LANGUAGE_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2", "NATIVE"] as const;
export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
export const WIZARD_STEPS = ["role", "template", "details", "questions", "description", "preview"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export type EditableStep = Exclude<WizardStep, "preview">;

// ---------- field pieces ----------

/** Text that may still be empty in a draft: trimmed, bounded, no control characters. */
const zDraftText = (max: number) => z.string().trim().max(max).refine(noControlCharacters, "errors.invalidCharacters");

/** A list typed one item per line: empty lines dropped. */
const zDraftLines = z
  .array(zDraftText(L.listItemMax))
  .max(L.listItemsMax * 4)
  .transform((items) => items.filter(Boolean))
  .pipe(z.array(z.string()).max(L.listItemsMax));

/** An optional choice: a select left at "Choose…" sends "", which means none. */
const optionalChoice = <T extends z.ZodType>(schema: T) => schema.nullish().or(z.literal("").transform(() => null));

const zCountry = z.enum(COUNTRY_CODES as [string, ...string[]], { message: "errors.invalidChoice" });

/** A day that exists: Date.parse rolls 30 February over to 2 March, so the date must read back as itself. */
const isCalendarDate = (v: string) => {
  const time = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === v;
};

/** A calendar date as a form sends it (YYYY-MM-DD), or nothing. */
const zDateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.invalidDate")
  .refine(isCalendarDate, "errors.invalidDate")
  .nullish()
  .or(z.literal("").transform(() => null));

/** Adds the discrimination lint's findings in `text` as an issue on `path`. */
function lintIssue(ctx: z.RefinementCtx, path: (string | number)[], text: string) {
  const finding: LintFinding | undefined = lintPostingText(text)[0];
  if (finding) {
    ctx.addIssue({ code: "custom", path, message: message(`errors.posting.lint.${finding.category}`, { match: finding.match }) });
  }
}

// ---------- step 1: which role ----------

export const zAdvisorAnswers = z.strictObject({
  channels: z.array(z.enum(ADVISOR_CHANNELS)).max(ADVISOR_CHANNELS.length),
  audience: z.enum(ADVISOR_AUDIENCES).nullish(),
  metric: z.enum(ADVISOR_METRICS).nullish(),
  ownCommunity: z.enum(ADVISOR_OWN_COMMUNITY).nullish(),
});
export type AdvisorAnswersInput = z.output<typeof zAdvisorAnswers>;

const roleFields = {
  advisor: zAdvisorAnswers.nullish(),
  family: z.enum(POSTING_FAMILIES).nullish(),
};
export const zRoleStepDraft = z.strictObject(roleFields);
export const zRoleStep = zRoleStepDraft.superRefine((v, ctx) => {
  if (!v.family) ctx.addIssue({ code: "custom", path: ["family"], message: "errors.posting.chooseFamily" });
});

// ---------- step 2: template ----------

export const zPostingSkill = z.strictObject({
  skillId: zId,
  mustHave: z.boolean(),
  level: z.number().int().min(1).max(5),
});

const templateFields = {
  roleId: optionalChoice(zId),
  skills: z.array(zPostingSkill).max(L.skillsMax),
  responsibilitiesEn: zDraftLines,
  responsibilitiesRu: zDraftLines,
  kpisEn: zDraftLines,
  kpisRu: zDraftLines,
  channelsEn: zDraftLines,
  channelsRu: zDraftLines,
};
function refineSkillList(v: { skills: { skillId: string; mustHave: boolean }[] }, ctx: z.RefinementCtx) {
  if (new Set(v.skills.map((s) => s.skillId)).size !== v.skills.length) {
    ctx.addIssue({ code: "custom", path: ["skills"], message: "errors.posting.skillTwice" });
  }
  if (v.skills.filter((s) => s.mustHave).length > L.mustHavesMax) {
    ctx.addIssue({ code: "custom", path: ["skills"], message: message("errors.posting.tooManyMustHaves", { max: L.mustHavesMax }) });
  }
}
export const zTemplateStepDraft = z.strictObject(templateFields).superRefine(refineSkillList);
export const zTemplateStep = zTemplateStepDraft.superRefine((v, ctx) => {
  if (!v.roleId) ctx.addIssue({ code: "custom", path: ["roleId"], message: "errors.posting.chooseRole" });
  if (!v.skills.some((s) => s.mustHave)) ctx.addIssue({ code: "custom", path: ["skills"], message: "errors.posting.needMustHave" });
  for (const field of ["responsibilitiesEn", "responsibilitiesRu"] as const) {
    if (v[field].length === 0) ctx.addIssue({ code: "custom", path: [field], message: "errors.required" });
  }
  for (const field of ["responsibilitiesEn", "responsibilitiesRu", "kpisEn", "kpisRu", "channelsEn", "channelsRu"] as const) {
    v[field].forEach((line, i) => lintIssue(ctx, [field, i], line));
  }
});

// ---------- step 3: details ----------

const detailsFields = {
  titleEn: zDraftText(L.titleMax),
  titleRu: zDraftText(L.titleMax),
  employmentType: optionalChoice(z.enum(EMPLOYMENT_TYPES)),
  workMode: z.enum(WORK_MODES).nullish(),
  country: optionalChoice(zCountry),
  city: zDraftText(L.cityMax).nullish(),
  salaryHidden: z.boolean(),
  salaryFrom: zAmount,
  salaryTo: zAmount,
  currency: optionalChoice(z.enum(CURRENCIES)),
  languages: z
    .array(z.strictObject({ code: z.enum(LANGUAGE_CODES), level: z.enum(LANGUAGE_LEVELS) }))
    .max(L.languagesMax),
  startDate: zDateOnly,
  validDays: z.preprocess(fromNumberInput, z.number().int("errors.wholeNumber").min(1).max(L.validDaysMax)),
};
export const zDetailsStepDraft = z.strictObject(detailsFields).superRefine((v, ctx) => {
  if (new Set(v.languages.map((l) => l.code)).size !== v.languages.length) {
    ctx.addIssue({ code: "custom", path: ["languages"], message: "errors.posting.languageTwice" });
  }
});
export const zDetailsStep = zDetailsStepDraft.superRefine((v, ctx) => {
  for (const field of ["titleEn", "titleRu"] as const) {
    if (!v[field]) ctx.addIssue({ code: "custom", path: [field], message: "errors.required" });
    else lintIssue(ctx, [field], v[field]);
  }
  if (!v.employmentType) ctx.addIssue({ code: "custom", path: ["employmentType"], message: "errors.required" });
  for (const p of locationProblems({ workMode: v.workMode ?? null, country: v.country ?? null, city: v.city ?? null })) {
    ctx.addIssue({ code: "custom", path: [p.field], message: `errors.posting.${p.field}Required` });
  }
  if (!v.salaryHidden) {
    for (const p of salaryProblems({ from: v.salaryFrom, to: v.salaryTo, currency: v.currency ?? null })) {
      ctx.addIssue({ code: "custom", path: [p.field], message: `errors.posting.salary.${p.problem}` });
    }
  }
  if (v.startDate && v.startDate < new Date().toISOString().slice(0, 10)) {
    ctx.addIssue({ code: "custom", path: ["startDate"], message: "errors.posting.startInPast" });
  }
});

// ---------- step 4: screening questions ----------

export const zScreeningQuestion = z.strictObject({
  kind: z.enum(QUESTION_KINDS),
  textEn: zDraftText(L.questionMax),
  textRu: zDraftText(L.questionMax),
  knockout: z.boolean(),
  /** For a yes/no knock-out: the answer a candidate must give (a form's select sends "yes", "no" or ""). */
  expectedYes: z
    .union([z.boolean(), z.enum(["yes", "no"]).transform((v) => v === "yes"), z.literal("").transform(() => null)])
    .nullish(),
});
export const zQuestionsStepDraft = z.strictObject({ questions: z.array(zScreeningQuestion).max(L.questionsMax) });
export const zQuestionsStep = zQuestionsStepDraft.superRefine((v, ctx) => {
  v.questions.forEach((q, i) => {
    for (const field of ["textEn", "textRu"] as const) {
      if (!q[field]) ctx.addIssue({ code: "custom", path: ["questions", i, field], message: "errors.required" });
      else lintIssue(ctx, ["questions", i, field], q[field]);
    }
    if (q.knockout && q.kind !== "YES_NO") {
      ctx.addIssue({ code: "custom", path: ["questions", i, "knockout"], message: "errors.posting.knockoutYesNo" });
    }
    if (q.knockout && q.kind === "YES_NO" && (q.expectedYes === null || q.expectedYes === undefined)) {
      ctx.addIssue({ code: "custom", path: ["questions", i, "expectedYes"], message: "errors.posting.knockoutAnswer" });
    }
  });
});

// ---------- step 5: description ----------

export const zDescriptionStepDraft = z.strictObject({
  descriptionEn: z.string().max(L.descriptionMax).refine(noControlCharacters, "errors.invalidCharacters"),
  descriptionRu: z.string().max(L.descriptionMax).refine(noControlCharacters, "errors.invalidCharacters"),
});
export const zDescriptionStep = zDescriptionStepDraft.superRefine((v, ctx) => {
  for (const field of ["descriptionEn", "descriptionRu"] as const) {
    const length = v[field].trim().length;
    if (length < L.descriptionMin) {
      ctx.addIssue({ code: "custom", path: [field], message: message("errors.tooShort", { min: L.descriptionMin }) });
    } else lintIssue(ctx, [field], v[field]);
  }
});

// ---------- the steps together ----------

export const STEP_SCHEMAS = {
  role: { draft: zRoleStepDraft, strict: zRoleStep },
  template: { draft: zTemplateStepDraft, strict: zTemplateStep },
  details: { draft: zDetailsStepDraft, strict: zDetailsStep },
  questions: { draft: zQuestionsStepDraft, strict: zQuestionsStep },
  description: { draft: zDescriptionStepDraft, strict: zDescriptionStep },
} as const;

export type RoleStep = z.output<typeof zRoleStepDraft>;
export type TemplateStep = z.output<typeof zTemplateStepDraft>;
export type DetailsStep = z.output<typeof zDetailsStepDraft>;
export type QuestionsStep = z.output<typeof zQuestionsStepDraft>;
export type DescriptionStep = z.output<typeof zDescriptionStepDraft>;
export type StepValues = {
  role: RoleStep;
  template: TemplateStep;
  details: DetailsStep;
  questions: QuestionsStep;
  description: DescriptionStep;
};

/**
 * Saving a step: the posting, the version the form was loaded with (two
 * members editing one draft cannot overwrite each other), the step's values,
 * and whether the company asks to move on (then the strict schema applies).
 */
const zVersion = z.number().int().min(1).max(2_147_483_647);
const stepInput = <S extends EditableStep, T extends z.ZodType>(step: S, values: T) =>
  z.strictObject({ postingId: zId, version: zVersion, step: z.literal(step), values, advance: z.boolean() });
export const zSavePostingStepInput = z.discriminatedUnion("step", [
  stepInput("role", zRoleStepDraft),
  stepInput("template", zTemplateStepDraft),
  stepInput("details", zDetailsStepDraft),
  stepInput("questions", zQuestionsStepDraft),
  stepInput("description", zDescriptionStepDraft),
]);
export type SavePostingStepInput = z.output<typeof zSavePostingStepInput>;

export const zPostingIdInput = z.strictObject({ postingId: zId });
export const zSubmitPostingInput = z.strictObject({
  postingId: zId,
  version: zVersion,
  /** The company saw the near-duplicate warning and submits anyway. */
  confirmNotDuplicate: z.boolean().optional(),
});
export const zExtendPostingInput = z.strictObject({
  postingId: zId,
  days: z.number().int().min(1).max(L.validDaysMax),
});
export const zRejectPostingInput = z.strictObject({
  postingId: zId,
  reason: z.string().trim().min(1).max(L.rejectionReasonMax).refine(noControlCharacters, "errors.invalidCharacters"),
});

export const zCreatePostingDraftInput = z.strictObject({
  family: z.enum(POSTING_FAMILIES).nullish(),
  advisor: zAdvisorAnswers.nullish(),
});

/** The steps a posting's values do not pass strictly yet, each with its field errors (as keys). */
export function incompleteSteps(values: StepValues): { step: EditableStep; fieldErrors: Record<string, string> }[] {
  const out: { step: EditableStep; fieldErrors: Record<string, string> }[] = [];
  for (const step of Object.keys(STEP_SCHEMAS) as EditableStep[]) {
    const parsed = STEP_SCHEMAS[step].strict.safeParse(values[step]);
    if (parsed.success) continue;
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join(".") || "_form"] ??= readableMessage(issue.message);
    out.push({ step, fieldErrors });
  }
  return out;
}
