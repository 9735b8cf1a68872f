"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { CHANGE_PASSWORD_LIMITS } from "@/lib/actions/auth/limits";
import { changePassword } from "@/lib/server/accounts";
import { zChangePasswordInput } from "@/lib/validations/auth";

export const changePasswordAction = defineAction(
  { name: "changePassword", roles: "signed-in", input: zChangePasswordInput, limits: CHANGE_PASSWORD_LIMITS },
  async ({ input, user }) => changePassword(user, input.currentPassword, input.newPassword),
);
