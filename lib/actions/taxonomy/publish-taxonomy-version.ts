"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { taxonomyChanged } from "@/lib/actions/taxonomy/changed";
import { publishVersion } from "@/lib/server/taxonomy/versions";
import { zPublishVersionInput } from "@/lib/validations/taxonomy-editor";

export const publishTaxonomyVersionAction = defineAction(
  { name: "publishTaxonomyVersion", roles: ["ADMIN"], input: zPublishVersionInput },
  async ({ input, user }) => taxonomyChanged(await publishVersion(user, input.note)),
);
