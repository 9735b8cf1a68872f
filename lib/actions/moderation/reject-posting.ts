"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { rejectPosting } from "@/lib/server/postings/status";
import { zRejectPostingInput } from "@/lib/validations/posting";

/** Sends a posting back to its company with the reason, which the company sees. */
export const rejectPostingAction = defineAction(
  { name: "rejectPosting", roles: ["ADMIN"], input: zRejectPostingInput },
  async ({ input, user }) => {
    const result = await rejectPosting(user, input.postingId, input.reason);
    if (result.ok) revalidatePath("/admin/moderation");
    return result;
  },
);
