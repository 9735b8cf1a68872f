import "server-only";
// The candidate's own applications: the list with stages and their dates, and
// withdrawing. Every query carries the candidate's id: another candidate's
// application is simply not found. The company's notes are never read here.
import { db } from "@/lib/db";
import { canWithdraw } from "@/lib/domain/application-rules";
import { jobSlug } from "@/lib/domain/job-slug";
import { isOpenNow } from "@/lib/domain/posting-rules";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { notifyCompany } from "@/lib/server/notices";
import type { SessionUser } from "@/lib/server/sessions";
import { Refusal, transaction } from "@/lib/server/transaction";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { MyApplicationView } from "@/lib/views/applications";

export async function listMyApplications(actor: SessionUser, locale: LocaleCode, now = new Date()): Promise<MyApplicationView[]> {
  if (actor.role !== "CANDIDATE") return [];
  const rows = await db.application.findMany({
    where: { candidateId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      stage: true,
      stageChangedAt: true,
      createdAt: true,
      rejectionReason: true,
      reasonShared: true,
      posting: { select: { id: true, titleEn: true, titleRu: true, status: true, expiresAt: true, company: { select: { name: true } } } },
      events: { orderBy: { at: "asc" }, select: { at: true, from: true, to: true, actorName: true } },
    },
  });
  return rows.map((r) => {
    const title = pick(r.posting, "title", locale);
    return {
      id: r.id,
      postingTitle: title,
      postingSlug: jobSlug(r.posting.titleEn || r.posting.titleRu, r.posting.id),
      companyName: r.posting.company.name,
      postingOpen: isOpenNow(r.posting, now),
      stage: r.stage,
      stageChangedAt: r.stageChangedAt.toISOString(),
      appliedAt: r.createdAt.toISOString(),
      reason: r.stage === "REJECTED" && r.reasonShared ? r.rejectionReason : null,
      canWithdraw: canWithdraw(r.stage),
      // The candidate sees that a stage changed, not which colleague moved it.
      events: r.events.map((e) => ({ at: e.at.toISOString(), from: e.from, to: e.to, actorName: null })),
    };
  });
}

/** Withdraws the candidate's own open application: the company sees it withdrawn; nothing is deleted. */
export async function withdrawMyApplication(actor: SessionUser, applicationId: string, now = new Date()): Promise<Result<null>> {
  if (actor.role !== "CANDIDATE") return fail("errors.forbidden");
  return transaction(async (tx) => {
    const app = await tx.application.findFirst({ where: { id: applicationId, candidateId: actor.id }, select: { stage: true, postingId: true, snapshot: true } });
    if (!app) return fail("errors.notFound");
    if (!canWithdraw(app.stage)) return fail("errors.application.cannotWithdraw");
    // Conditional on the stage read: a company's move at the same moment makes one of the two fail cleanly.
    const moved = await tx.application.updateMany({
      where: { id: applicationId, candidateId: actor.id, stage: app.stage },
      data: { stage: "WITHDRAWN", stageChangedAt: now, version: { increment: 1 } },
    });
    if (moved.count === 0) throw new Refusal(fail("errors.application.changedMeanwhile"));
    await tx.applicationEvent.create({ data: { applicationId, at: now, actorName: null, from: app.stage, to: "WITHDRAWN" } });
    const name = (app.snapshot as { name?: string }).name ?? "";
    await notifyCompany(tx, app.postingId, "APPLICATION_WITHDRAWN", { name, applicationId });
    return ok(null);
  });
}
