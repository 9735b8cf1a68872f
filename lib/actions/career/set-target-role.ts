"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setMyTargetRole } from "@/lib/server/career/background";
import { zTargetRoleInput } from "@/lib/validations/career";

export const setTargetRoleAction = defineAction(
  { name: "setTargetRole", roles: ["CANDIDATE"], input: zTargetRoleInput },
  async ({ input, user }) => {
    const result = await setMyTargetRole(user, input);
    if (result.ok) revalidatePath("/career");
    return result;
  },
);
