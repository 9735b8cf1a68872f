import "server-only";
// In-app notices: one row per user, written in the same transaction as what
// they tell of. Texts come from the catalogues by kind; `data` holds the
// values for their placeholders.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/server/sessions";
import type { Tx } from "@/lib/server/transaction";
import type { NoticeView } from "@/lib/views/notices";
import type { NoticeKind } from "@/lib/views/vocabulary";

/** A notice to every member of the posting's company, with the posting's titles. Returns the members' ids. */
export async function notifyCompany(tx: Tx, postingId: string, kind: NoticeKind, extra: Record<string, string> = {}): Promise<string[]> {
  const posting = await tx.jobPosting.findUniqueOrThrow({
    where: { id: postingId },
    select: { titleEn: true, titleRu: true, expiresAt: true, company: { select: { members: { select: { userId: true } } } } },
  });
  const data = {
    titleEn: posting.titleEn,
    titleRu: posting.titleRu,
    ...(posting.expiresAt ? { expiresAt: posting.expiresAt.toISOString() } : {}),
    ...extra,
  } satisfies Prisma.InputJsonValue;
  const userIds = posting.company.members.map((m) => m.userId);
  await tx.notice.createMany({ data: userIds.map((userId) => ({ userId, kind, postingId, data })) });
  return userIds;
}

export async function listMyNotices(actor: SessionUser, limit = 50): Promise<NoticeView[]> {
  const rows = await db.notice.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, kind: true, postingId: true, data: true, createdAt: true, readAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    postingId: r.postingId,
    data: (r.data ?? {}) as Record<string, string>,
    createdAt: r.createdAt.toISOString(),
    read: r.readAt !== null,
  }));
}

export async function countUnreadNotices(actor: SessionUser): Promise<number> {
  return db.notice.count({ where: { userId: actor.id, readAt: null } });
}

/** Marks the actor's own notices read (all of them, or the ones listed). */
export async function markNoticesRead(actor: SessionUser, ids?: string[]): Promise<number> {
  const { count } = await db.notice.updateMany({
    where: { userId: actor.id, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return count;
}
