import "server-only";
// The taxonomy's revision: a counter in AppSetting that every change raises in
// its own transaction (audit.ts → cache.ts bumpRevision). Whatever is kept
// from the taxonomy (cache.ts, page-cache.ts) is stamped with it.
// No runtime imports: the production server's own bundle reads it too.
import type { PrismaClient } from "@/lib/generated/prisma/client";

export const REVISION_KEY = "taxonomy.revision";

/** The current revision (null before the first change). */
export async function readRevision(prisma: Pick<PrismaClient, "appSetting">): Promise<string | null> {
  const row = await prisma.appSetting.findUnique({ where: { key: REVISION_KEY }, select: { value: true } });
  return row?.value ?? null;
}
