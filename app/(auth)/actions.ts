"use server";
// Sign-up and password-reset actions. Public endpoints: each parses its input
// with the shared schema; sign-in itself goes through next-auth (lib/auth/options.ts).
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { registerCandidate, registerCompany } from "@/lib/server/accounts";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { requestPasswordReset, resetPassword, type ResetMailText } from "@/lib/server/password-reset";
import {
  zCandidateSignUpInput,
  zCompanySignUpInput,
  zRequestPasswordResetInput,
  zResetPasswordInput,
} from "@/lib/validations/auth";
import { invalidInput, type Result } from "@/lib/validations/result";

export async function signUpCandidateAction(input: unknown): Promise<Result<null>> {
  const parsed = zCandidateSignUpInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await registerCandidate(parsed.data);
  return result.ok ? { ok: true, value: null } : result;
}

export async function signUpCompanyAction(input: unknown): Promise<Result<null>> {
  const parsed = zCompanySignUpInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await registerCompany(parsed.data);
  return result.ok ? { ok: true, value: null } : result;
}

/** Always answers the same, so the form does not reveal who has an account. */
export async function requestPasswordResetAction(input: unknown): Promise<Result<null>> {
  const parsed = zRequestPasswordResetInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const texts = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = await getTranslations({ locale, namespace: "auth.resetMail" });
      return [locale, { subject: t("subject"), body: (link: string) => t("body", { link }) }] as const;
    }),
  );
  await requestPasswordReset(
    parsed.data.email,
    env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`,
    Object.fromEntries(texts) as Record<AppLocale, ResetMailText>,
  );
  return { ok: true, value: null };
}

export async function resetPasswordAction(input: unknown): Promise<Result<null>> {
  const parsed = zResetPasswordInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return resetPassword(parsed.data.token, parsed.data.password);
}
