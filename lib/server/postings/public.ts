import "server-only";
// Postings as the public sees them: a job page, the sitemap's list. Open
// (published, before its end) and expired postings have public pages, an
// expired one marked so; any other status is seen only by the posting's
// company members and by admins, as any other id answers not-found.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { jobSlug } from "@/lib/domain/job-slug";
import { isOpenNow } from "@/lib/domain/posting-rules";
import type { LocaleCode } from "@/lib/domain/taxonomy";
import { ownPosting } from "@/lib/server/postings/access";
import { DISPLAY_SELECT, displayOf } from "@/lib/server/postings/read";
import type { SessionUser } from "@/lib/server/sessions";
import type { PublicJob } from "@/lib/views/jobs";

const PUBLIC_SELECT = {
  ...DISPLAY_SELECT,
  titleEn: true,
  titleRu: true,
  descriptionEn: true,
  descriptionRu: true,
  publishedAt: true,
  updatedAt: true,
  company: { select: { name: true, website: true } },
  role: { select: { labelEn: true, labelRu: true, slug: true } },
} satisfies Prisma.JobPostingSelect;

/** Whether `actor` may see a posting that is not public: a member of its company, or an admin (drafts excepted, as in moderation). */
async function seesUnpublished(actor: SessionUser | null, postingId: string, status: string): Promise<boolean> {
  if (actor?.role === "ADMIN") return status !== "DRAFT";
  if (actor?.role !== "EMPLOYER") return false;
  return (await db.jobPosting.count({ where: ownPosting(actor, postingId) })) === 1;
}

/** A posting's public page in `language`, or null when `actor` may not see it (or it does not exist). */
export async function getPublicJob(actor: SessionUser | null, postingId: string, language: LocaleCode, now = new Date()): Promise<PublicJob | null> {
  const row = await db.jobPosting.findFirst({ where: { id: postingId }, select: PUBLIC_SELECT });
  if (!row) return null;
  const isOpen = isOpenNow(row, now);
  const isPublic = row.status === "PUBLISHED" || row.status === "EXPIRED";
  if (!isPublic && !(await seesUnpublished(actor, postingId, row.status))) return null;
  const other: LocaleCode = language === "en" ? "ru" : "en";
  const otherHasText = Boolean(other === "en" ? row.titleEn && row.descriptionEn : row.titleRu && row.descriptionRu);
  return {
    id: row.id,
    slug: jobSlug(row.titleEn || row.titleRu, row.id),
    // A published posting past its end is expired for its readers, whether or not the lifecycle has marked it yet.
    status: row.status === "PUBLISHED" && !isOpen ? "EXPIRED" : row.status,
    isOpen,
    isPublic,
    display: displayOf(row, language),
    language,
    otherLanguage: otherHasText ? other : null,
    companyWebsite: row.company.website,
    roleSlug: row.role?.slug ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Counts a reader's visit to an open posting (its company sees the number). */
export async function countJobView(postingId: string): Promise<void> {
  await db.$executeRaw`UPDATE "JobPosting" SET "viewCount" = "viewCount" + 1 WHERE "id" = ${postingId} AND "status" = 'PUBLISHED'`;
}

/** Postings per sitemap file: the protocol allows 50,000. */
export const SITEMAP_JOBS_PER_FILE = 40_000;

export async function countOpenJobs(now = new Date()): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS "n" FROM "PostingSearch" WHERE "expiresAt" > ${now}`;
  return rows[0]?.n ?? 0;
}

/** One sitemap file's open postings (file 0, 1, …), in id order, with their last change. */
export async function listSitemapJobs(file: number, now = new Date()): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await db.$queryRaw<{ id: string; titleEn: string; titleRu: string; updatedAt: Date }[]>`
    SELECT p."id", p."titleEn", p."titleRu", p."updatedAt"
    FROM (SELECT "postingId" FROM "PostingSearch" WHERE "expiresAt" > ${now} ORDER BY "postingId"
          LIMIT ${SITEMAP_JOBS_PER_FILE} OFFSET ${file * SITEMAP_JOBS_PER_FILE}) s
    JOIN "JobPosting" p ON p."id" = s."postingId"
    ORDER BY p."id"`;
  return rows.map((r) => ({ slug: jobSlug(r.titleEn || r.titleRu, r.id), updatedAt: new Date(r.updatedAt).toISOString() }));
}
