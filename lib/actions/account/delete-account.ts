"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { deleteMyAccount } from "@/lib/server/my-data";
import { zDeleteAccountInput } from "@/lib/validations/auth";

/** Deletes the candidate's own account (see lib/server/my-data.ts for what the companies keep). */
export const deleteAccountAction = defineAction(
  {
    name: "deleteAccount",
    roles: ["CANDIDATE"],
    input: zDeleteAccountInput,
    // The password is checked: a stolen session must not turn into unlimited guesses.
    limits: [{ name: "deleteAccount", by: "user", max: 10, windowMinutes: 60 }],
  },
  async ({ input, user }) => deleteMyAccount(user, input.password),
);
