"use server";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/actions/safe-action";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { draftDescriptions, type PostingsTranslator } from "@/lib/server/postings/description";
import { zPostingIdInput } from "@/lib/validations/posting";

/** The description written from the saved template, in both languages; the wizard puts it in the form to edit. */
export const draftPostingDescriptionAction = defineAction(
  { name: "draftPostingDescription", roles: ["EMPLOYER"], input: zPostingIdInput },
  async ({ input, user }) => {
    const translators = await Promise.all(
      LOCALES.map(async (locale) => [locale, (await getTranslations({ locale, namespace: "postings" })) as PostingsTranslator] as const),
    );
    return draftDescriptions(user, input.postingId, Object.fromEntries(translators) as Record<AppLocale, PostingsTranslator>);
  },
);
