"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { setJobSaved } from "@/lib/server/saved";
import { zSaveJobInput } from "@/lib/validations/application";

/** Saves an open job to come back to, or takes it off the list. */
export const saveJobAction = defineAction(
  { name: "saveJob", roles: ["CANDIDATE"], input: zSaveJobInput, limits: [{ name: "savedJobs", by: "user", max: 300, windowMinutes: 60 }] },
  async ({ input, user }) => {
    const result = await setJobSaved(user, input.postingId, input.saved);
    if (result.ok) revalidatePath("/saved");
    return result;
  },
);
