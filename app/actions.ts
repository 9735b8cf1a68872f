"use server";
// Actions shared by every page: the language switch and what happens right after sign-in.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { getSession, HOME_BY_ROLE } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { setMyLocale } from "@/lib/server/users";
import { zLocaleInput } from "@/lib/validations/profile";

/** The language switch: kept in a cookie, and on the account of a signed-in user. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = zLocaleInput.safeParse({ locale: formData.get("locale") });
  if (!parsed.success) return;
  await setLocaleCookie(parsed.data.locale);
  const user = await getSession();
  if (user) await setMyLocale(user, parsed.data.locale);
  revalidatePath("/", "layout");
}

/**
 * After next-auth has set the session cookie: a language chosen in this browser
 * wins and is saved to the account; otherwise the account's language applies.
 */
export async function afterSignInAction(): Promise<{ home: string } | null> {
  const user = await getSession();
  if (!user) return null;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) {
    if (chosen !== user.locale) await setMyLocale(user, chosen);
  } else {
    await setLocaleCookie(user.locale);
  }
  return { home: HOME_BY_ROLE[user.role] };
}
