"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { saveSearch } from "@/lib/server/saved";
import { zSaveSearchInput } from "@/lib/validations/application";

/** Keeps a job-board search, with alerts of new postings that match it. */
export const saveSearchAction = defineAction(
  { name: "saveSearch", roles: ["CANDIDATE"], input: zSaveSearchInput, limits: [{ name: "savedSearches", by: "user", max: 60, windowMinutes: 60 }] },
  async ({ input, user }) => {
    const result = await saveSearch(user, input.query);
    if (result.ok) revalidatePath("/saved");
    return result;
  },
);
