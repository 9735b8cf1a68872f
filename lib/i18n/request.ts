// next-intl without locale prefixes in URLs: the language comes from the
// NEXT_LOCALE cookie (set by the language switch and at sign-in from the
// user's saved preference), else from Accept-Language.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, localeOf, type AppLocale } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";

export async function resolveLocale(): Promise<AppLocale> {
  return localeOf((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

// An explicit locale (getTranslations({ locale })) wins: a reset e-mail in the
// account's language, a posting's preview in both languages.
export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
