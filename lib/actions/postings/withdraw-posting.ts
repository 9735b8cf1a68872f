"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { withdrawPosting } from "@/lib/server/postings/status";
import { zPostingIdInput } from "@/lib/validations/posting";

/** Takes a submitted posting back to edit it before an admin decides. */
export const withdrawPostingAction = defineAction(
  { name: "withdrawPosting", roles: ["EMPLOYER"], input: zPostingIdInput },
  async ({ input, user }) => {
    const result = await withdrawPosting(user, input.postingId);
    if (result.ok) revalidatePath("/company/postings");
    return result;
  },
);
