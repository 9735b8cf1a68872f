"use server";
import { cookies } from "next/headers";
import { homeFor } from "@/lib/domain/navigation";
import { defineAction } from "@/lib/actions/safe-action";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { setMyLocale } from "@/lib/server/users";
import { zNoInput } from "@/lib/validations/fields";
import { ok } from "@/lib/validations/result";

/**
 * Right after next-auth has set the session cookie: a language chosen in this
 * browser wins and is saved to the account; otherwise the account's language
 * applies. Answers the role's home page.
 */
export const afterSignInAction = defineAction(
  { name: "afterSignIn", roles: "signed-in", input: zNoInput },
  async ({ user }) => {
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    if (isLocale(chosen)) {
      if (chosen !== user.locale) await setMyLocale(user, chosen);
    } else {
      await setLocaleCookie(user.locale);
    }
    return ok({ home: homeFor(user.role) });
  },
);
