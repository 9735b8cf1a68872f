// Pure rules of a job posting: the limits the wizard and the server share, the
// salary and location rules, and which status changes are allowed and by whom.

export const POSTING_LIMITS = {
  titleMax: 220, // hh.ru's limit for a vacancy name
  skillsMax: 15,
  mustHavesMax: 6,
  listItemsMax: 15,
  listItemMax: 300,
  questionsMax: 5,
  questionMax: 300,
  descriptionMin: 200,
  descriptionMax: 10_000,
  cityMax: 100,
  languagesMax: 5,
  validDaysDefault: 30,
  validDaysMax: 90,
  reminderDays: 3,
  rejectionReasonMax: 1000,
} as const;

export const CURRENCIES = ["RUB", "USD", "EUR", "KZT"] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];

/**
 * Sane bounds of a monthly salary before tax, per currency: below the lower
 * one is a typo (or an hourly rate), above the upper one an extra zero.
 */
export const SALARY_BOUNDS: Record<CurrencyCode, { min: number; max: number }> = {
  RUB: { min: 5_000, max: 5_000_000 },
  USD: { min: 100, max: 100_000 },
  EUR: { min: 100, max: 100_000 },
  KZT: { min: 30_000, max: 30_000_000 },
};

export type SalaryProblem = "currencyMissing" | "amountMissing" | "belowMin" | "aboveMax" | "reversed";

/** What is wrong with a disclosed salary, field by field (empty when nothing is). */
export function salaryProblems(salary: {
  from: number | null;
  to: number | null;
  currency: CurrencyCode | null;
}): { field: "salaryFrom" | "salaryTo" | "currency"; problem: SalaryProblem }[] {
  const problems: { field: "salaryFrom" | "salaryTo" | "currency"; problem: SalaryProblem }[] = [];
  if (salary.from === null && salary.to === null) problems.push({ field: "salaryFrom", problem: "amountMissing" });
  if (!salary.currency) {
    problems.push({ field: "currency", problem: "currencyMissing" });
    return problems;
  }
  const bounds = SALARY_BOUNDS[salary.currency];
  for (const field of ["salaryFrom", "salaryTo"] as const) {
    const amount = field === "salaryFrom" ? salary.from : salary.to;
    if (amount === null) continue;
    if (amount < bounds.min) problems.push({ field, problem: "belowMin" });
    else if (amount > bounds.max) problems.push({ field, problem: "aboveMax" });
  }
  if (salary.from !== null && salary.to !== null && salary.from > salary.to) {
    problems.push({ field: "salaryTo", problem: "reversed" });
  }
  return problems;
}

export const WORK_MODES = ["REMOTE", "HYBRID", "ON_SITE"] as const;
export type WorkModeCode = (typeof WORK_MODES)[number];

/** A remote job names the country it hires in; a hybrid or on-site one also its city. */
export function locationProblems(location: {
  workMode: WorkModeCode | null;
  country: string | null;
  city: string | null;
}): { field: "workMode" | "country" | "city"; problem: "required" }[] {
  const problems: { field: "workMode" | "country" | "city"; problem: "required" }[] = [];
  if (!location.workMode) problems.push({ field: "workMode", problem: "required" });
  if (!location.country) problems.push({ field: "country", problem: "required" });
  if (location.workMode && location.workMode !== "REMOTE" && !location.city) {
    problems.push({ field: "city", problem: "required" });
  }
  return problems;
}

/** When a posting approved at `publishedAt` expires. */
export function expiryDate(publishedAt: Date, validDays: number): Date {
  return new Date(publishedAt.getTime() + validDays * 86_400_000);
}

/** The latest date an open posting may be extended to: 90 days after it was published. */
export function latestExpiry(publishedAt: Date): Date {
  return expiryDate(publishedAt, POSTING_LIMITS.validDaysMax);
}

// ---------- the lifecycle ----------

export const POSTING_STATUSES = ["DRAFT", "SUBMITTED", "REJECTED", "PUBLISHED", "CLOSED", "EXPIRED"] as const;
export type PostingStatusCode = (typeof POSTING_STATUSES)[number];

export type PostingTransition = "submit" | "withdraw" | "approve" | "reject" | "close" | "expire" | "extend";

/** Who may make each change, from which statuses, and where it leads. */
export const TRANSITIONS: Record<
  PostingTransition,
  { by: "company" | "admin" | "system"; from: readonly PostingStatusCode[]; to: PostingStatusCode }
> = {
  submit: { by: "company", from: ["DRAFT", "REJECTED"], to: "SUBMITTED" },
  withdraw: { by: "company", from: ["SUBMITTED"], to: "DRAFT" },
  approve: { by: "admin", from: ["SUBMITTED"], to: "PUBLISHED" },
  reject: { by: "admin", from: ["SUBMITTED"], to: "REJECTED" },
  close: { by: "company", from: ["PUBLISHED"], to: "CLOSED" },
  expire: { by: "system", from: ["PUBLISHED"], to: "EXPIRED" },
  extend: { by: "company", from: ["PUBLISHED"], to: "PUBLISHED" },
};

export function canTransition(status: PostingStatusCode, transition: PostingTransition): boolean {
  return TRANSITIONS[transition].from.includes(status);
}

/** A company edits its posting's content only while no admin is looking at it and it is not public. */
export function isEditable(status: PostingStatusCode): boolean {
  return status === "DRAFT" || status === "REJECTED";
}

/** Open to readers and applicants now: published and not past its end (the lifecycle marks it expired within a minute). */
export function isOpenNow(posting: { status: PostingStatusCode; expiresAt: Date | null }, now: Date): boolean {
  return posting.status === "PUBLISHED" && posting.expiresAt !== null && posting.expiresAt > now;
}

/** Open postings: what a new posting may duplicate. */
export function isOpen(status: PostingStatusCode): boolean {
  return status === "SUBMITTED" || status === "PUBLISHED";
}
