"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { deletePostingDraft } from "@/lib/server/postings/drafts";
import { zPostingIdInput } from "@/lib/validations/posting";

/** Deletes a draft that was never submitted. */
export const deletePostingDraftAction = defineAction(
  { name: "deletePostingDraft", roles: ["EMPLOYER"], input: zPostingIdInput },
  async ({ input, user }) => {
    const result = await deletePostingDraft(user, input.postingId);
    if (result.ok) revalidatePath("/company/postings");
    return result;
  },
);
