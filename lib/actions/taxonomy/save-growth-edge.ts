"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { saveGrowthEdge } from "@/lib/server/taxonomy/edit-links";
import { zSaveGrowthEdgeInput } from "@/lib/validations/taxonomy-editor";

export const saveGrowthEdgeAction = defineAction({ name: "saveGrowthEdge", roles: ["ADMIN"], input: zSaveGrowthEdgeInput }, async ({ input, user }) =>
  taxonomyChanged(await saveGrowthEdge(user, input)),
);
