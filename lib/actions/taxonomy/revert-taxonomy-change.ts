"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { revertChange } from "@/lib/server/taxonomy/revert";
import { zRevertChangeInput } from "@/lib/validations/taxonomy-editor";

export const revertTaxonomyChangeAction = defineAction(
  { name: "revertTaxonomyChange", roles: ["ADMIN"], input: zRevertChangeInput },
  async ({ input, user }) => taxonomyChanged(await revertChange(user, input.changeId)),
);
