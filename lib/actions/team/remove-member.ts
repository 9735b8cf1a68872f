"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { removeMember } from "@/lib/server/company-invites";
import { zRemoveMemberInput } from "@/lib/validations/team";

export const removeMemberAction = defineAction(
  { name: "removeMember", roles: ["EMPLOYER"], input: zRemoveMemberInput },
  async ({ input, user }) => {
    const result = await removeMember(user, input.userId);
    if (result.ok) revalidatePath("/company");
    return result;
  },
);
