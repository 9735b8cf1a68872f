// Pure rules of an application: the stages and which moves between them the
// company may make, the candidate's withdrawal, the limits the forms and the
// server share, and the knock-out check of the screening answers.
//
// The pipeline follows Greenhouse's and hh.ru's: forward one or more stages,
// reject from any open stage, and reconsider a rejection (back to screening).
// Hired and withdrawn are final: a hire is undone outside the app, and a
// withdrawn candidate applies again only if they choose to, never by a
// company's click.

export const APPLICATION_STAGES = ["NEW", "SCREENING", "INTERVIEW", "OFFER", "HIRED", "REJECTED", "WITHDRAWN"] as const;
export type ApplicationStageCode = (typeof APPLICATION_STAGES)[number];

/** The stages a company moves an application to, from each stage. */
export const STAGE_MOVES: Record<ApplicationStageCode, readonly ApplicationStageCode[]> = {
  NEW: ["SCREENING", "INTERVIEW", "REJECTED"],
  SCREENING: ["INTERVIEW", "OFFER", "REJECTED"],
  INTERVIEW: ["OFFER", "REJECTED"],
  OFFER: ["HIRED", "REJECTED"],
  HIRED: [],
  REJECTED: ["SCREENING"],
  WITHDRAWN: [],
};

export function canMoveStage(from: ApplicationStageCode, to: ApplicationStageCode): boolean {
  return STAGE_MOVES[from].includes(to);
}

/** Stages in which the application is still in play (the company's default filter). */
export const ACTIVE_STAGES: readonly ApplicationStageCode[] = ["NEW", "SCREENING", "INTERVIEW", "OFFER"];

/** The candidate may withdraw while the application is still in play. */
export function canWithdraw(stage: ApplicationStageCode): boolean {
  return ACTIVE_STAGES.includes(stage);
}

export const APPLICATION_LIMITS = {
  coverNoteMax: 3000,
  answerMax: 1000,
  noteMax: 2000,
  reasonMax: 500,
  /** Applications a candidate may send per day: a bot sending hundreds floods companies. */
  perDay: 30,
} as const;

export interface AskedQuestion {
  id: string;
  kind: "YES_NO" | "TEXT";
  textEn: string;
  textRu: string;
  knockout: boolean;
  expectedYes: boolean | null;
}

export interface AnsweredQuestion extends AskedQuestion {
  /** "yes"/"no" for a yes/no question, the text for a text question. */
  answer: string;
}

/** Whether a knock-out question's answer is other than the company expects (an unanswered or non-knock-out one never is). */
export function failsKnockout(q: AnsweredQuestion): boolean {
  if (!q.knockout || q.kind !== "YES_NO" || q.expectedYes === null) return false;
  return (q.answer === "yes") !== q.expectedYes;
}

/**
 * The posting's questions with the candidate's answers, in the posting's order:
 * every question needs an answer (yes/no for yes/no questions), no answer may
 * name a question the posting does not ask. Returns the field errors instead
 * when something is missing or wrong (keys "answers.<questionId>").
 */
export function answerQuestions(
  questions: readonly AskedQuestion[],
  answers: Readonly<Record<string, string>>,
): { ok: true; answered: AnsweredQuestion[] } | { ok: false; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) if (!known.has(id)) fieldErrors[`answers.${id}`] = "errors.application.unknownQuestion";
  const answered = questions.map((q) => {
    const answer = (answers[q.id] ?? "").trim();
    if (!answer) fieldErrors[`answers.${q.id}`] = "errors.required";
    else if (q.kind === "YES_NO" && answer !== "yes" && answer !== "no") fieldErrors[`answers.${q.id}`] = "errors.application.yesOrNo";
    return { ...q, answer };
  });
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, answered };
}
