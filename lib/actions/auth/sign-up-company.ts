"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { SIGN_UP_LIMITS } from "@/lib/actions/auth/limits";
import { registerCompany } from "@/lib/server/accounts";
import { zCompanySignUpInput } from "@/lib/validations/auth";
import { ok } from "@/lib/validations/result";

export const signUpCompanyAction = defineAction(
  { name: "signUpCompany", roles: "anyone", input: zCompanySignUpInput, limits: SIGN_UP_LIMITS },
  async ({ input }) => {
    const result = await registerCompany(input);
    return result.ok ? ok(null) : result;
  },
);
