"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setLocaleCookie } from "@/lib/i18n/locale-cookie";
import { updateMyCandidateProfile } from "@/lib/server/candidates";
import { zCandidateProfileInput } from "@/lib/validations/profile";

export const updateCandidateProfileAction = defineAction(
  { name: "updateCandidateProfile", roles: ["CANDIDATE"], input: zCandidateProfileInput },
  async ({ input, user }) => {
    const result = await updateMyCandidateProfile(user, input);
    if (result.ok) {
      // The profile's language is the interface language too.
      await setLocaleCookie(input.locale);
      revalidatePath("/", "layout");
    }
    return result;
  },
);
