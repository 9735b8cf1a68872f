import "server-only";
// A posting's status changes: submitting (every step strictly valid, no
// discriminatory wording, no unconfirmed near-duplicate), withdrawing,
// moderation (approve, reject with a reason), extending and closing. Each runs
// in one transaction with its history entry, and only from the statuses
// lib/domain/posting-rules.ts allows, so two admins or two tabs cannot make
// the same change twice.
import type { Prisma } from "@/lib/generated/prisma/client";
import { message } from "@/lib/i18n/message";
import { isNearDuplicate } from "@/lib/domain/posting-duplicate";
import { canTransition, expiryDate, latestExpiry, POSTING_LIMITS, TRANSITIONS, type PostingTransition } from "@/lib/domain/posting-rules";
import { log } from "@/lib/log";
import { ownPosting } from "@/lib/server/postings/access";
import { notifyCompany } from "@/lib/server/notices";
import { syncJobSearch } from "@/lib/server/job-search/sync";
import { valuesOf, WIZARD_SELECT } from "@/lib/server/postings/values";
import type { SessionUser } from "@/lib/server/sessions";
import { Refusal, transaction, type Tx } from "@/lib/server/transaction";
import { fail, ok, type Failure, type Result } from "@/lib/validations/result";
import { incompleteSteps } from "@/lib/validations/posting";

/** Moves a posting from one of the transition's statuses to its target; false when it was not in one. */
async function move(
  tx: Tx,
  where: Prisma.JobPostingWhereInput,
  transition: PostingTransition,
  actor: { id: string | null; name: string },
  data: Prisma.JobPostingUpdateManyMutationInput = {},
  note: string | null = null,
): Promise<{ id: string; from: string } | null> {
  const { from, to } = TRANSITIONS[transition];
  const row = await tx.jobPosting.findFirst({ where: { ...where, status: { in: [...from] } }, select: { id: true, status: true } });
  if (!row) return null;
  // The caller's conditions again (a version, an expiry): a change committed meanwhile makes this match nothing.
  const { count } = await tx.jobPosting.updateMany({
    where: { ...where, id: row.id, status: row.status },
    data: { ...data, status: to, version: { increment: 1 } },
  });
  if (count !== 1) return null;
  await tx.postingEvent.create({
    data: { postingId: row.id, actorId: actor.id, actorName: actor.name, from: row.status, to, note },
  });
  // The job board's index follows in the same transaction: published, extended, closed or taken back.
  await syncJobSearch(tx, [row.id]);
  log("info", `posting.${transition}`, { postingId: row.id, actorId: actor.id });
  return { id: row.id, from: row.status };
}

/** Why a transition found nothing: the posting is not there for this actor, or not in a status that allows it. */
async function notAllowed(tx: Tx, where: Prisma.JobPostingWhereInput): Promise<Failure> {
  const exists = await tx.jobPosting.findFirst({ where, select: { id: true } });
  return fail(exists ? "errors.posting.wrongStatus" : "errors.notFound");
}

export async function submitPosting(
  actor: SessionUser,
  input: { postingId: string; version: number; confirmNotDuplicate?: boolean },
): Promise<Result<{ status: "SUBMITTED" }>> {
  return transaction(async (tx) => {
    const where = ownPosting(actor, input.postingId);
    const row = await tx.jobPosting.findFirst({ where, select: { ...WIZARD_SELECT, companyId: true } });
    if (!row) return fail("errors.notFound");
    if (!canTransition(row.status, "submit")) return fail("errors.posting.wrongStatus");
    if (row.version !== input.version) return fail("errors.posting.changedSinceLoaded");

    // Every step again, strictly: the wizard's own checks, whatever the browser sent before.
    const [incomplete] = incompleteSteps(valuesOf(row));
    if (incomplete) return fail(message("errors.posting.stepIncomplete", { step: incomplete.step }), incomplete.fieldErrors);
    const role = row.roleId
      ? await tx.role.findFirst({ where: { id: row.roleId, family: { in: ["SMM", "COMMUNITY"] } }, select: { id: true } })
      : null;
    if (!role) return fail(message("errors.posting.stepIncomplete", { step: "template" }));

    const open = await tx.jobPosting.findMany({
      where: { companyId: row.companyId, id: { not: row.id }, status: { in: ["SUBMITTED", "PUBLISHED"] } },
      select: { id: true, titleEn: true, titleRu: true, descriptionEn: true, descriptionRu: true, workMode: true, country: true, city: true },
    });
    const duplicate = open.find((other) => isNearDuplicate(row, other));
    if (duplicate && !input.confirmNotDuplicate) {
      return fail(message("errors.posting.nearDuplicate", { title: duplicate.titleEn || duplicate.titleRu, id: duplicate.id }));
    }
    const version = await tx.taxonomyVersion.aggregate({ _max: { number: true } });
    const moved = await move(tx, { id: row.id, version: input.version }, "submit", actor, {
      submittedAt: new Date(),
      rejectionReason: null,
      duplicateOfId: duplicate?.id ?? null,
      taxonomyVersion: version._max.number,
      editedByName: actor.name,
    });
    if (!moved) return fail("errors.posting.changedSinceLoaded");
    return ok({ status: "SUBMITTED" as const });
  });
}

/** The company takes a submitted posting back to edit it before an admin has decided. */
export async function withdrawPosting(actor: SessionUser, postingId: string): Promise<Result<null>> {
  return transaction(async (tx) => {
    const where = ownPosting(actor, postingId);
    return (await move(tx, where, "withdraw", actor)) ? ok(null) : notAllowed(tx, where);
  });
}

export async function closePosting(actor: SessionUser, postingId: string): Promise<Result<null>> {
  return transaction(async (tx) => {
    const where = ownPosting(actor, postingId);
    return (await move(tx, where, "close", actor, { closedAt: new Date() })) ? ok(null) : notAllowed(tx, where);
  });
}

/** Moves the expiry of an open posting `days` further, up to 90 days after it was published. */
export async function extendPosting(actor: SessionUser, postingId: string, days: number): Promise<Result<{ expiresAt: string }>> {
  return transaction(async (tx) => {
    const where = ownPosting(actor, postingId);
    const row = await tx.jobPosting.findFirst({
      where: { ...where, status: "PUBLISHED" },
      select: { id: true, publishedAt: true, expiresAt: true },
    });
    if (!row || !row.publishedAt || !row.expiresAt) return notAllowed(tx, where);
    const latest = latestExpiry(row.publishedAt);
    const wanted = new Date(row.expiresAt.getTime() + days * 86_400_000);
    if (wanted > latest) return fail(message("errors.posting.extendTooFar", { max: POSTING_LIMITS.validDaysMax, latest: latest.getTime() }));
    const remindAgain = wanted.getTime() - Date.now() > POSTING_LIMITS.reminderDays * 86_400_000;
    const moved = await move(tx, { id: row.id, expiresAt: row.expiresAt }, "extend", actor, {
      expiresAt: wanted,
      ...(remindAgain ? { reminderSentAt: null } : {}),
    }, wanted.toISOString());
    if (!moved) throw new Refusal(fail("errors.posting.changedSinceLoaded"));
    return ok({ expiresAt: wanted.toISOString() });
  });
}

// ---------- moderation ----------

export async function approvePosting(admin: SessionUser, postingId: string): Promise<Result<null>> {
  if (admin.role !== "ADMIN") return fail("errors.forbidden");
  return transaction(async (tx) => {
    const row = await tx.jobPosting.findFirst({ where: { id: postingId, status: "SUBMITTED" }, select: { validDays: true } });
    if (!row) return notAllowed(tx, { id: postingId });
    const now = new Date();
    const moved = await move(tx, { id: postingId }, "approve", admin, {
      publishedAt: now,
      expiresAt: expiryDate(now, row.validDays),
      reminderSentAt: null,
      rejectionReason: null,
    });
    if (!moved) return notAllowed(tx, { id: postingId });
    await notifyCompany(tx, postingId, "POSTING_APPROVED");
    return ok(null);
  });
}

export async function rejectPosting(admin: SessionUser, postingId: string, reason: string): Promise<Result<null>> {
  if (admin.role !== "ADMIN") return fail("errors.forbidden");
  return transaction(async (tx) => {
    const moved = await move(tx, { id: postingId }, "reject", admin, { rejectionReason: reason }, reason);
    if (!moved) return notAllowed(tx, { id: postingId });
    await notifyCompany(tx, postingId, "POSTING_REJECTED", { reason });
    return ok(null);
  });
}
