"use server";
import { defineAction } from "@/lib/actions/safe-action";
import type { AppLocale } from "@/lib/i18n/config";
import { getLocale } from "next-intl/server";
import { suggestBackground } from "@/lib/server/career/suggest";
import { ok } from "@/lib/validations/result";
import { zSuggestInput } from "@/lib/validations/career";

export const suggestBackgroundAction = defineAction(
  {
    name: "suggestBackground",
    roles: ["CANDIDATE"],
    input: zSuggestInput,
    limits: [{ name: "suggestBackground", by: "user", max: 120, windowMinutes: 10 }],
  },
  async ({ input }) => ok(await suggestBackground(input, (await getLocale()) as AppLocale)),
);
