"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { setStatus } from "@/lib/server/taxonomy/edit";
import { zSetStatusInput } from "@/lib/validations/taxonomy-editor";

export const setTaxonomyStatusAction = defineAction({ name: "setTaxonomyStatus", roles: ["ADMIN"], input: zSetStatusInput }, async ({ input, user }) =>
  taxonomyChanged(await setStatus(user, input)),
);
