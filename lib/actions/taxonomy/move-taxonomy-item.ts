"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { moveItem } from "@/lib/server/taxonomy/edit";
import { zMoveItemInput } from "@/lib/validations/taxonomy-editor";

export const moveTaxonomyItemAction = defineAction({ name: "moveTaxonomyItem", roles: ["ADMIN"], input: zMoveItemInput }, async ({ input, user }) =>
  taxonomyChanged(await moveItem(user, input)),
);
