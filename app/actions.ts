"use server";
// Actions shared by every page: the language switch and what happens right after sign-in.
import { revalidatePath } from "next/cache";
import { getSession, HOME_BY_ROLE } from "@/lib/auth/session";
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

/** After next-auth has set the session cookie: apply the user's language, say where they land. */
export async function afterSignInAction(): Promise<{ home: string } | null> {
  const user = await getSession();
  if (!user) return null;
  await setLocaleCookie(user.locale);
  return { home: HOME_BY_ROLE[user.role] };
}
