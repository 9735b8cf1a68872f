"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { confirmImport } from "@/lib/server/taxonomy/transfer";
import { zApplyImportInput } from "@/lib/validations/taxonomy-editor";

export const applyTaxonomyImportAction = defineAction(
  { name: "applyTaxonomyImport", roles: ["ADMIN"], input: zApplyImportInput },
  async ({ input, user }) => taxonomyChanged(await confirmImport(user, input.format, input.text, input.hash)),
);
