// The candidate's background (past roles, skills with levels, preferences),
// the gap plan's target and the text a candidate pastes for suggestions. The
// background form and its action parse with the same schemas.
import { z } from "@/lib/validations/z";
import { fromNumberInput, isWebAddress, noControlCharacters, zAmount, zId, zOptionalChoice, zOptionalText } from "@/lib/validations/fields";
import { CURRENCIES, salaryProblems, WORK_MODES } from "@/lib/domain/posting-rules";
import { LANGUAGE_CODES, SKILL_LEVELS } from "@/lib/validations/posting";

export const BACKGROUND_LIMITS = {
  roles: 20,
  skills: 80,
  title: 120,
  evidence: 300,
  years: 50,
  languages: 10,
  pastedText: 20_000,
} as const;

export { LANGUAGE_CODES, SKILL_LEVELS };

/** Evidence is a line of text or a link; a link must be http(s), so "javascript:…" is refused, not stored. */
const zEvidence = zOptionalText(BACKGROUND_LIMITS.evidence).superRefine((v, ctx) => {
  if (v === null) return;
  if (/[\r\n]/.test(v)) ctx.addIssue({ code: "custom", message: "errors.career.evidenceOneLine" });
  else if (/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^https?:/i.test(v)) ctx.addIssue({ code: "custom", message: "errors.career.evidenceScheme" });
  else if (/^https?:/i.test(v) && !isWebAddress(v)) ctx.addIssue({ code: "custom", message: "errors.invalidUrl" });
});

export const zBackgroundRole = z.strictObject({
  roleId: z.string().min(1, "errors.career.chooseRole").pipe(zId),
  title: zOptionalText(BACKGROUND_LIMITS.title),
  years: z.preprocess(fromNumberInput, z.number().int("errors.wholeNumber").min(0).max(BACKGROUND_LIMITS.years)),
  current: z.boolean(),
});

export const zBackgroundSkill = z.strictObject({
  skillId: zId,
  level: z.preprocess(fromNumberInput, z.number().int().min(1).max(5)),
  evidence: zEvidence,
});

export const zBackgroundInput = z
  .strictObject({
    roles: z.array(zBackgroundRole).max(BACKGROUND_LIMITS.roles),
    skills: z.array(zBackgroundSkill).max(BACKGROUND_LIMITS.skills),
    workMode: zOptionalChoice(WORK_MODES),
    languages: z.array(z.enum(LANGUAGE_CODES)).max(BACKGROUND_LIMITS.languages),
    salaryFrom: zAmount,
    currency: zOptionalChoice(CURRENCIES),
    discoverable: z.boolean(),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.skills.forEach((s, i) => {
      if (seen.has(s.skillId)) ctx.addIssue({ code: "custom", path: ["skills", i, "skillId"], message: "errors.career.duplicateSkill" });
      seen.add(s.skillId);
    });
    if (new Set(v.languages).size !== v.languages.length) ctx.addIssue({ code: "custom", path: ["languages"], message: "errors.invalidChoice" });
    if (v.salaryFrom !== null) {
      for (const p of salaryProblems({ from: v.salaryFrom, to: null, currency: v.currency })) {
        ctx.addIssue({ code: "custom", path: [p.field], message: `errors.posting.salary.${p.problem}` });
      }
    }
  })
  // A currency without an amount says nothing: it is not kept.
  .transform((v) => (v.salaryFrom === null ? { ...v, currency: null } : v));
export type BackgroundInput = z.output<typeof zBackgroundInput>;
export type BackgroundValues = z.input<typeof zBackgroundInput>;

/** The gap plan's role; null clears it. */
export const zTargetRoleInput = z.strictObject({ roleId: zId.nullable() });
export type TargetRoleInput = z.output<typeof zTargetRoleInput>;

/** A missing skill ticked in the gap plan: added at the level the role asks. */
export const zAddSkillInput = z.strictObject({ skillId: zId, level: z.number().int().min(1).max(5) });
export type AddSkillInput = z.output<typeof zAddSkillInput>;

/** A pasted CV or "about me", or a job title to map onto a role. */
export const zSuggestInput = z.strictObject({
  /** "text": a CV or an "about me" (skills and roles found in it); "title": one job title (the closest roles). */
  mode: z.enum(["text", "title"]),
  text: z.string().trim().min(1).max(BACKGROUND_LIMITS.pastedText).refine(noControlCharacters, "errors.invalidCharacters"),
});
export type SuggestInput = z.output<typeof zSuggestInput>;
