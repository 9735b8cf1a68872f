"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { saveRequirement } from "@/lib/server/taxonomy/edit-links";
import { zSaveRequirementInput } from "@/lib/validations/taxonomy-editor";

export const saveRequirementAction = defineAction({ name: "saveRequirement", roles: ["ADMIN"], input: zSaveRequirementInput }, async ({ input, user }) =>
  taxonomyChanged(await saveRequirement(user, input)),
);
