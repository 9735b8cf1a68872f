"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setSearchNotify } from "@/lib/server/saved";
import { zSearchNotifyInput } from "@/lib/validations/application";

/** Turns a saved search's alerts on or off. */
export const setSearchNotifyAction = defineAction(
  { name: "setSearchNotify", roles: ["CANDIDATE"], input: zSearchNotifyInput },
  async ({ input, user }) => {
    const result = await setSearchNotify(user, input.searchId, input.notify);
    if (result.ok) revalidatePath("/saved");
    return result;
  },
);
