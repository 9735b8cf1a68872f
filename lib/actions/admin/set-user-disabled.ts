"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setUserDisabled } from "@/lib/server/users";
import { zSetUserDisabledInput } from "@/lib/validations/admin";

export const setUserDisabledAction = defineAction(
  { name: "setUserDisabled", roles: ["ADMIN"], input: zSetUserDisabledInput },
  async ({ input, user }) => {
    const result = await setUserDisabled(user, input.userId, input.disabled);
    if (result.ok) revalidatePath("/admin/users");
    return result;
  },
);
