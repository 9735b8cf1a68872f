"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { closePosting } from "@/lib/server/postings/status";
import { zPostingIdInput } from "@/lib/validations/posting";

/** Closes a published posting: it stays, marked closed. */
export const closePostingAction = defineAction(
  { name: "closePosting", roles: ["EMPLOYER"], input: zPostingIdInput },
  async ({ input, user }) => {
    const result = await closePosting(user, input.postingId);
    if (result.ok) revalidatePath("/company/postings");
    return result;
  },
);
