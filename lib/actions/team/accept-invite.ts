"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { acceptInvite } from "@/lib/server/company-invites";
import { zAcceptInviteInput } from "@/lib/validations/team";

/** A signed-in employer without a company joins the inviting one. */
export const acceptInviteAction = defineAction(
  {
    name: "acceptInvite",
    roles: ["EMPLOYER"],
    input: zAcceptInviteInput,
    limits: [{ name: "inviteAccept", by: "address", max: 20, windowMinutes: 15 }],
  },
  async ({ input, user }) => acceptInvite(user, input.token),
);
