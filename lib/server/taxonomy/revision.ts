import "server-only";
// The taxonomy's revision: a counter in AppSetting that every change raises in
// its own transaction (audit.ts → cache.ts bumpRevision). Whatever is kept
// from the taxonomy (cache.ts, page-cache.ts) is stamped with it. The job
// board's revision is its sibling (raised by job-search/sync.ts
// syncJobSearch); kept public pages are stamped with both.
// No runtime imports: the production server's own bundle reads it too.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const REVISION_KEY = "taxonomy.revision";
/** Raised by every change to the job board's index (lib/server/job-search/sync.ts syncJobSearch). */
export const BOARD_REVISION_KEY = "board.revision";

/** The current revision (null before the first change). */
export async function readRevision(prisma: Pick<PrismaClient, "appSetting">): Promise<string | null> {
  const row = await prisma.appSetting.findUnique({ where: { key: REVISION_KEY }, select: { value: true } });
  return row?.value ?? null;
}

/** The taxonomy's and the job board's revisions as one stamp: what a public page shows depends on both. */
export async function readPageRevision(prisma: Pick<PrismaClient, "appSetting">): Promise<string> {
  const rows = await prisma.appSetting.findMany({ where: { key: { in: [REVISION_KEY, BOARD_REVISION_KEY] } }, select: { key: true, value: true } });
  const of = (key: string) => rows.find((r) => r.key === key)?.value ?? "0";
  return `${of(REVISION_KEY)}.${of(BOARD_REVISION_KEY)}`;
}
