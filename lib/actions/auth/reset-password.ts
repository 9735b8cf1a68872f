"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { RESET_SUBMIT_LIMITS } from "@/lib/actions/auth/limits";
import { resetPassword } from "@/lib/server/password-reset";
import { zResetPasswordInput } from "@/lib/validations/auth";

export const resetPasswordAction = defineAction(
  { name: "resetPassword", roles: "anyone", input: zResetPasswordInput, limits: RESET_SUBMIT_LIMITS },
  async ({ input }) => resetPassword(input.token, input.password),
);
