"use server";
import { revalidatePath } from "next/cache";
import { sessionWithRole } from "@/lib/auth/session";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { updateMyCandidateProfile } from "@/lib/server/candidates";
import { zCandidateProfileInput } from "@/lib/validations/profile";
import { invalidInput, type Result } from "@/lib/validations/result";

export async function updateCandidateProfileAction(input: unknown): Promise<Result<null>> {
  const user = await sessionWithRole("CANDIDATE");
  if (!user) return { ok: false, error: "errors.unauthorized" };
  const parsed = zCandidateProfileInput.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updateMyCandidateProfile(user, parsed.data);
  if (result.ok) {
    // The profile's language is the interface language too.
    await setLocaleCookie(parsed.data.locale);
    revalidatePath("/", "layout");
  }
  return result;
}
