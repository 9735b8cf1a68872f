"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { saveFamily } from "@/lib/server/taxonomy/edit";
import { zSaveFamilyInput } from "@/lib/validations/taxonomy-editor";

export const saveFamilyAction = defineAction({ name: "saveFamily", roles: ["ADMIN"], input: zSaveFamilyInput }, async ({ input, user }) =>
  taxonomyChanged(await saveFamily(user, input)),
);
