// Shared field pieces. Messages are catalogue keys (under "errors."), most of
// them made by the app-wide error map in lib/validations/z.ts with their limits.
//
// Every piece is idempotent: what it outputs it accepts again as input. A form
// parses its values with the schema and sends the output to a server action,
// which parses it again with the same schema; an optional field that became
// null in the browser must pass on the server too.
import { z } from "@/lib/validations/z";
import { passwordProblem, PASSWORD_MAX } from "@/lib/domain/password-policy";
import { canonicalEmail, EMAIL_MAX } from "@/lib/domain/email";
import { LOCALES } from "@/lib/i18n/config";

export const zLocale = z.enum(LOCALES);

/** A database id as it appears in forms and URLs; anything else cannot name a row. */
export const zId = z
  .string()
  .min(1, "errors.notFound")
  .max(64, "errors.notFound")
  .regex(/^[A-Za-z0-9_-]+$/, "errors.notFound");

/** A taxonomy slug as it appears in addresses (/roles/community-manager-middle). */
export const zSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

/** Control characters (NUL among them, which PostgreSQL cannot store) have no place in any text a form sends. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const noControlCharacters = (value: string | null | undefined) => !value || !CONTROL_CHARACTERS.test(value);

/** An e-mail address, stored in one form: trimmed, lower-cased, the domain in ASCII (xn--…) form. */
export const zEmail = z
  .string()
  .trim()
  .min(1)
  .max(EMAIL_MAX)
  .transform((value, ctx) => {
    const canonical = canonicalEmail(value);
    if (canonical === null) {
      ctx.addIssue({ code: "custom", message: "errors.invalidEmail" });
      return z.NEVER;
    }
    return canonical;
  });

export const PERSON_NAME_MAX = 100;
export const COMPANY_NAME_MAX = 120;

/** A required line of text: trimmed, bounded, no control characters. */
export const zText = (max: number) => z.string().trim().min(1).max(max).refine(noControlCharacters, "errors.invalidCharacters");

export const zPersonName = zText(PERSON_NAME_MAX);
export const zCompanyName = zText(COMPANY_NAME_MAX);

/** A password as typed at sign-in: never trimmed, only bounded. */
export const zPasswordAttempt = z.string().min(1).max(PASSWORD_MAX, "errors.passwordTooLong");

/** A new password: the policy in lib/domain/password-policy.ts. */
export const zNewPassword = z
  .string()
  .max(PASSWORD_MAX, "errors.password.tooLong")
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: `errors.password.${problem}` });
  });

/** Adds the "password must not contain the e-mail" rule to a schema with email + password. */
export function refinePasswordAgainstEmail<T extends { email: string; password: string }>(value: T, ctx: z.RefinementCtx) {
  if (passwordProblem(value.password, value.email) === "containsEmail") {
    ctx.addIssue({ code: "custom", path: ["password"], message: "errors.password.containsEmail" });
  }
}

/** Optional text: empty (or absent) means "not given" and becomes null. */
export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(noControlCharacters, "errors.invalidCharacters")
    .nullish()
    .transform((v) => (v ? v : null));

/** A full http(s) address with a host name (the WHATWG URL parser decides, as a browser would). */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** An optional http(s) address. */
export const zOptionalUrl = (max: number) => zOptionalText(max).refine((v) => v === null || isWebAddress(v), "errors.invalidUrl");

/** An optional choice from a list: "" (the "not specified" option) and null both mean none. */
export const zOptionalChoice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .or(z.literal(""))
    .nullish()
    .transform((v) => (v ? v : null));

/** What a number input sends ("", a numeric string, NaN) as a number or null. */
export const fromNumberInput = (v: unknown) =>
  v === "" || v === undefined || (typeof v === "number" && Number.isNaN(v)) ? null : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;

/** A whole amount of money, or nothing. */
export const zAmount = z.preprocess(fromNumberInput, z.number().int("errors.wholeNumber").min(0).max(1_000_000_000).nullable());

/** The argument of an action that takes none. */
export const zNoInput = z.undefined();
