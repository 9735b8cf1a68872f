"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { createPostingDraft } from "@/lib/server/postings/drafts";
import { zCreatePostingDraftInput } from "@/lib/validations/posting";

/** A new draft; the advisor's "both" answer calls it once more for the other family. */
export const createPostingDraftAction = defineAction(
  {
    name: "createPostingDraft",
    roles: ["EMPLOYER"],
    input: zCreatePostingDraftInput,
    limits: [{ name: "postingDraft", by: "user", max: 60, windowMinutes: 60 }],
  },
  async ({ input, user }) => {
    const result = await createPostingDraft(user, input);
    if (result.ok) revalidatePath("/company/postings");
    return result;
  },
);
