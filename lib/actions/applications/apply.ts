"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { APPLICATION_LIMITS } from "@/lib/domain/application-rules";
import { applyToPosting } from "@/lib/server/applications/apply";
import { zApplyInput } from "@/lib/validations/application";

/** Applies to an open posting with the profile as it is now, a cover note and the answers to its questions. */
export const applyAction = defineAction(
  {
    name: "apply",
    roles: ["CANDIDATE"],
    input: zApplyInput,
    limits: [{ name: "applications", by: "user", max: APPLICATION_LIMITS.perDay, windowMinutes: 24 * 60 }],
  },
  async ({ input, user }) => {
    const result = await applyToPosting(user, input);
    if (result.ok) revalidatePath("/applications");
    return result;
  },
);
