"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { APPLICATION_LIMITS } from "@/lib/domain/application-rules";
import { applyToPosting } from "@/lib/server/applications/apply";
import { zApplyInput } from "@/lib/validations/application";

/**
 * Applies to an open posting with the profile as it is now, a cover note and
 * the answers to its questions. No revalidatePath: it would re-render the job
 * page under the form and take away the "sent" note; the pages that list
 * applications are rendered per request anyway.
 */
export const applyAction = defineAction(
  {
    name: "apply",
    roles: ["CANDIDATE"],
    input: zApplyInput,
    limits: [{ name: "applications", by: "user", max: APPLICATION_LIMITS.perDay, windowMinutes: 24 * 60 }],
  },
  async ({ input, user }) => applyToPosting(user, input),
);
