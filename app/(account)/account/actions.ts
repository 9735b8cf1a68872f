"use server";
import { sessionWithRole } from "@/lib/auth/session";
import { changePassword } from "@/lib/server/accounts";
import { zChangePasswordInput } from "@/lib/validations/auth";
import { invalidInput, type Result } from "@/lib/validations/result";

export async function changePasswordAction(input: unknown): Promise<Result<null>> {
  const user = await sessionWithRole();
  if (!user) return { ok: false, error: "errors.unauthorized" };
  const parsed = zChangePasswordInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return changePassword(user, parsed.data.currentPassword, parsed.data.newPassword);
}
