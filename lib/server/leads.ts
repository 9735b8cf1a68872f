import "server-only";
// Leads from the public contact form: companies that want help hiring. Admins
// list them and move them through new → contacted → closed.
import { db } from "@/lib/db";
import { message } from "@/lib/i18n/message";
import { log } from "@/lib/log";
import type { SessionUser } from "@/lib/server/sessions";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { LeadInput, SetLeadStatusInput } from "@/lib/validations/leads";
import type { LeadNeed, LeadStatus } from "@/lib/views/vocabulary";

export async function createLead(input: LeadInput): Promise<Result<null>> {
  if (input.homepage) {
    // A bot filled the hidden field: it is told "thank you", and nothing is kept.
    log("info", "lead.honeypot");
    return ok(null);
  }
  const { homepage: _h, ...lead } = input;
  const row = await db.lead.create({ data: lead, select: { id: true } });
  log("info", "lead.created", { leadId: row.id, need: lead.need });
  return ok(null);
}

export interface LeadView {
  id: string;
  name: string;
  company: string;
  email: string;
  need: LeadNeed;
  message: string | null;
  status: LeadStatus;
  version: number;
  createdAt: Date;
}

export async function listLeads(actor: SessionUser, status?: LeadStatus): Promise<LeadView[]> {
  if (actor.role !== "ADMIN") throw new Error("Only an admin may read leads");
  return db.lead.findMany({
    where: status ? { status } : {},
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, company: true, email: true, need: true, message: true, status: true, version: true, createdAt: true },
  });
}

export async function setLeadStatus(actor: SessionUser, input: SetLeadStatusInput): Promise<Result<null>> {
  if (actor.role !== "ADMIN") return fail("errors.forbidden");
  const { count } = await db.lead.updateMany({
    where: { id: input.leadId, version: input.version },
    data: { status: input.status, version: { increment: 1 } },
  });
  if (count === 1) return ok(null);
  const exists = await db.lead.findUnique({ where: { id: input.leadId }, select: { updatedAt: true } });
  return exists ? fail(message("errors.leadChanged")) : fail("errors.notFound");
}
