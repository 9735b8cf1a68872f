"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { removeRequirement } from "@/lib/server/taxonomy/edit-links";
import { zRemoveRequirementInput } from "@/lib/validations/taxonomy-editor";

export const removeRequirementAction = defineAction({ name: "removeRequirement", roles: ["ADMIN"], input: zRemoveRequirementInput }, async ({ input, user }) =>
  taxonomyChanged(await removeRequirement(user, input)),
);
