"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { setMyLocale } from "@/lib/server/users";
import { zLocaleInput } from "@/lib/validations/profile";
import { ok } from "@/lib/validations/result";

/** The language switch (a form that works without JavaScript): kept in a cookie, and on the account of a signed-in user. */
export const setLocaleAction = defineAction(
  { name: "setLocale", roles: "anyone", input: zLocaleInput },
  async ({ input, user }) => {
    await setLocaleCookie(input.locale);
    if (user) await setMyLocale(user, input.locale);
    revalidatePath("/", "layout");
    return ok(null);
  },
);
