"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { revokeInvite } from "@/lib/server/company-invites";
import { zRevokeInviteInput } from "@/lib/validations/team";

export const revokeInviteAction = defineAction(
  { name: "revokeInvite", roles: ["EMPLOYER"], input: zRevokeInviteInput },
  async ({ input, user }) => {
    const result = await revokeInvite(user, input.inviteId);
    if (result.ok) revalidatePath("/company");
    return result;
  },
);
