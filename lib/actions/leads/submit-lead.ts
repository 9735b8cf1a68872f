"use server";
import { defineAction } from "@/lib/actions/safe-action";
import { createLead } from "@/lib/server/leads";
import { zLeadInput } from "@/lib/validations/leads";

/** The public contact form: limited per address (and a honeypot) against spam. */
export const submitLeadAction = defineAction(
  { name: "submitLead", roles: "anyone", input: zLeadInput, limits: [{ name: "lead", by: "address", max: 5, windowMinutes: 60 }] },
  async ({ input }) => createLead(input),
);
