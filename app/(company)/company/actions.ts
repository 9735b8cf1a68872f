"use server";
import { revalidatePath } from "next/cache";
import { sessionWithRole } from "@/lib/auth/session";
import { updateCompanyProfile } from "@/lib/server/companies";
import { zCompanyProfileInput } from "@/lib/validations/profile";
import { invalidInput, type Result } from "@/lib/validations/result";

export async function updateCompanyProfileAction(companyId: string, input: unknown): Promise<Result<null>> {
  const user = await sessionWithRole("EMPLOYER");
  if (!user) return { ok: false, error: "errors.unauthorized" };
  const parsed = zCompanyProfileInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updateCompanyProfile(user, companyId, parsed.data);
  if (result.ok) revalidatePath("/company");
  return result;
}
