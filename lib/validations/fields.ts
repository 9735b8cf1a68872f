// Shared field pieces. Error messages are message-catalogue keys (under "errors."),
// so the form shows them in the reader's language and the server returns them as is.
import { z } from "@/lib/validations/z";
import { passwordProblem, PASSWORD_MAX } from "@/lib/domain/password-policy";

export const LOCALES = ["en", "ru"] as const;
export type Locale = (typeof LOCALES)[number];
export const zLocale = z.enum(LOCALES, { message: "errors.invalidChoice" });

export const zEmail = z
  .string({ message: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .pipe(z.email({ message: "errors.invalidEmail" }))
  .transform((v) => v.toLowerCase());

export const zPersonName = z
  .string({ message: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(100, "errors.tooLong");

/** A password as typed at sign-in: never trimmed, only bounded. */
export const zPasswordAttempt = z
  .string({ message: "errors.required" })
  .min(1, "errors.required")
  .max(PASSWORD_MAX, "errors.passwordTooLong");

/** A new password: the policy in lib/domain/password-policy.ts. */
export const zNewPassword = z.string({ message: "errors.required" }).superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `errors.password.${problem}` });
});

/** Adds the "password must not contain the e-mail" rule to a schema with email + password. */
export function refinePasswordAgainstEmail<T extends { email: string; password: string }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (passwordProblem(value.password, value.email) === "containsEmail") {
    ctx.addIssue({ code: "custom", path: ["password"], message: "errors.password.containsEmail" });
  }
}

export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "errors.tooLong")
    .optional()
    .transform((v) => (v ? v : null));

export const zOptionalUrl = z
  .string()
  .trim()
  .max(300, "errors.tooLong")
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(v), "errors.invalidUrl");
