"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { SIGN_UP_LIMITS } from "@/lib/actions/auth/limits";
import { signUpWithInvite } from "@/lib/server/company-invites";
import { zInviteSignUpInput } from "@/lib/validations/team";

/** An invited recruiter without an account makes one; the browser then signs in with the invitation's e-mail. */
export const signUpWithInviteAction = defineAction(
  { name: "signUpWithInvite", roles: "anyone", input: zInviteSignUpInput, limits: SIGN_UP_LIMITS },
  async ({ input }) => signUpWithInvite(input),
);
