"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { previewImport } from "@/lib/server/taxonomy/transfer";
import { zImportFileInput } from "@/lib/validations/taxonomy-editor";

export const previewTaxonomyImportAction = defineAction(
  { name: "previewTaxonomyImport", roles: ["ADMIN"], input: zImportFileInput },
  async ({ input }) => previewImport(input.format, input.text),
);
