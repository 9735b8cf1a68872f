"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { deleteItem } from "@/lib/server/taxonomy/edit";
import { zDeleteItemInput } from "@/lib/validations/taxonomy-editor";

export const deleteTaxonomyItemAction = defineAction({ name: "deleteTaxonomyItem", roles: ["ADMIN"], input: zDeleteItemInput }, async ({ input, user }) =>
  taxonomyChanged(await deleteItem(user, input)),
);
