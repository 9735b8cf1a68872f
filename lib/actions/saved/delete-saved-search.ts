"use server";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/safe-action";
import { deleteSavedSearch } from "@/lib/server/saved";
import { zSavedSearchRef } from "@/lib/validations/application";

/** Forgets a saved search and its alerts. */
export const deleteSavedSearchAction = defineAction(
  { name: "deleteSavedSearch", roles: ["CANDIDATE"], input: zSavedSearchRef },
  async ({ input, user }) => {
    const result = await deleteSavedSearch(user, input.searchId);
    if (result.ok) revalidatePath("/saved");
    return result;
  },
);
