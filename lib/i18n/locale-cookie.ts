import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type AppLocale } from "@/lib/i18n/config";

/** Keeps the interface language for a year (read by lib/i18n/request.ts). */
export async function setLocaleCookie(locale: AppLocale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: 60 * 60 * 24 * 365, sameSite: "lax", path: "/" });
}
