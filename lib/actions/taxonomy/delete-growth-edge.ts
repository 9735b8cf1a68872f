"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { deleteGrowthEdge } from "@/lib/server/taxonomy/edit-links";
import { zDeleteGrowthEdgeInput } from "@/lib/validations/taxonomy-editor";

export const deleteGrowthEdgeAction = defineAction({ name: "deleteGrowthEdge", roles: ["ADMIN"], input: zDeleteGrowthEdgeInput }, async ({ input, user }) =>
  taxonomyChanged(await deleteGrowthEdge(user, input)),
);
