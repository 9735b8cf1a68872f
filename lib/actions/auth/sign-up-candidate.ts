"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { SIGN_UP_LIMITS } from "@/lib/actions/auth/limits";
import { registerCandidate } from "@/lib/server/accounts";
import { zCandidateSignUpInput } from "@/lib/validations/auth";
import { ok } from "@/lib/validations/result";

export const signUpCandidateAction = defineAction(
  { name: "signUpCandidate", roles: "anyone", input: zCandidateSignUpInput, limits: SIGN_UP_LIMITS },
  async ({ input }) => {
    const result = await registerCandidate(input);
    return result.ok ? ok(null) : result;
  },
);
