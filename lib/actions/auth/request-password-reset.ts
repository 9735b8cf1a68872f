"use server";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/actions/safe-action";
import { RESET_REQUEST_LIMITS } from "@/lib/actions/auth/limits";
import { publicUrl } from "@/lib/env";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { requestPasswordReset, type ResetMailText } from "@/lib/server/password-reset";
import { zRequestPasswordResetInput } from "@/lib/validations/auth";
import { ok } from "@/lib/validations/result";

/** Always answers the same, so the form does not reveal who has an account. */
export const requestPasswordResetAction = defineAction(
  { name: "requestPasswordReset", roles: "anyone", input: zRequestPasswordResetInput, limits: RESET_REQUEST_LIMITS },
  async ({ input }) => {
    const texts = await Promise.all(
      LOCALES.map(async (locale) => {
        const t = await getTranslations({ locale, namespace: "auth.resetMail" });
        return [locale, { subject: t("subject"), body: (link: string) => t("body", { link }) }] as const;
      }),
    );
    await requestPasswordReset(input.email, publicUrl, Object.fromEntries(texts) as Record<AppLocale, ResetMailText>);
    return ok(null);
  },
);
