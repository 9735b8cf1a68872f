"use server";
import { revalidatePath } from "next/cache";
import { sessionWithRole } from "@/lib/auth/session";
import { setUserDisabled, setUserRole } from "@/lib/server/users";
import { zSetUserDisabledInput, zSetUserRoleInput } from "@/lib/validations/admin";
import { invalidInput, type Result } from "@/lib/validations/result";

export async function setUserRoleAction(input: unknown): Promise<Result<null>> {
  const admin = await sessionWithRole("ADMIN");
  if (!admin) return { ok: false, error: "errors.unauthorized" };
  const parsed = zSetUserRoleInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await setUserRole(admin, parsed.data.userId, parsed.data.role);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function setUserDisabledAction(input: unknown): Promise<Result<null>> {
  const admin = await sessionWithRole("ADMIN");
  if (!admin) return { ok: false, error: "errors.unauthorized" };
  const parsed = zSetUserDisabledInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await setUserDisabled(admin, parsed.data.userId, parsed.data.disabled);
  if (result.ok) revalidatePath("/admin/users");
  return result;
}
