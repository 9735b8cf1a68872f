import "server-only";
// A candidate's saved jobs and saved searches. Every query carries the
// candidate's id; a saved search is kept in the board's canonical form, so the
// same search saved twice is one row.
import { db } from "@/lib/db";
import { jobSlug } from "@/lib/domain/job-slug";
import { isOpenNow } from "@/lib/domain/posting-rules";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { openNow } from "@/lib/server/postings/access";
import type { SessionUser } from "@/lib/server/sessions";
import { isUniqueViolation } from "@/lib/server/transaction";
import { jobSearchParams, parseJobSearch, type JobSearch } from "@/lib/validations/job-search";
import { fail, ok, type Result } from "@/lib/validations/result";

export const SAVED_SEARCHES_MAX = 20;

export interface SavedJobView {
  postingId: string;
  slug: string;
  title: string;
  companyName: string;
  open: boolean;
  savedAt: string;
}

export interface SavedSearchView {
  id: string;
  query: string;
  search: JobSearch;
  notify: boolean;
  createdAt: string;
}

/** What a saved search keeps: its criteria, without the page, the sort or a "posted within" window (alerts are about what is new). */
export function savedQueryOf(raw: string): string {
  const search = parseJobSearch(new URLSearchParams(raw));
  return jobSearchParams(search, { page: 1, asOf: null, postedWithinDays: null, sort: search.words.length > 0 ? "relevance" : "date" }).toString();
}

export async function setJobSaved(actor: SessionUser, postingId: string, saved: boolean, now = new Date()): Promise<Result<null>> {
  if (actor.role !== "CANDIDATE") return fail("errors.forbidden");
  if (!saved) {
    await db.savedJob.deleteMany({ where: { userId: actor.id, postingId } });
    return ok(null);
  }
  const open = await db.jobPosting.findFirst({ where: { id: postingId, ...openNow(now) }, select: { id: true } });
  if (!open) return fail("errors.application.postingClosed");
  await db.savedJob.upsert({ where: { userId_postingId: { userId: actor.id, postingId } }, create: { userId: actor.id, postingId }, update: {} });
  return ok(null);
}

export async function isJobSaved(actor: SessionUser | null, postingId: string): Promise<boolean> {
  if (!actor || actor.role !== "CANDIDATE") return false;
  return (await db.savedJob.count({ where: { userId: actor.id, postingId } })) > 0;
}

export async function listSavedJobs(actor: SessionUser, locale: LocaleCode, now = new Date()): Promise<SavedJobView[]> {
  const rows = await db.savedJob.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, posting: { select: { id: true, titleEn: true, titleRu: true, status: true, expiresAt: true, company: { select: { name: true } } } } },
  });
  return rows.map(({ posting: p, createdAt }) => ({
    postingId: p.id,
    slug: jobSlug(p.titleEn || p.titleRu, p.id),
    title: pick(p, "title", locale),
    companyName: p.company.name,
    open: isOpenNow(p, now),
    savedAt: createdAt.toISOString(),
  }));
}

export async function saveSearch(actor: SessionUser, rawQuery: string): Promise<Result<{ searchId: string }>> {
  if (actor.role !== "CANDIDATE") return fail("errors.forbidden");
  const query = savedQueryOf(rawQuery);
  const existing = await db.savedSearch.findUnique({ where: { userId_query: { userId: actor.id, query } }, select: { id: true } });
  if (existing) return ok({ searchId: existing.id });
  if ((await db.savedSearch.count({ where: { userId: actor.id } })) >= SAVED_SEARCHES_MAX) return fail("errors.saved.tooManySearches");
  try {
    const row = await db.savedSearch.create({ data: { userId: actor.id, query }, select: { id: true } });
    return ok({ searchId: row.id });
  } catch (error) {
    // The same search saved from two tabs at once: one row, both told it is saved.
    if (isUniqueViolation(error)) return ok({ searchId: (await db.savedSearch.findUniqueOrThrow({ where: { userId_query: { userId: actor.id, query } } })).id });
    throw error;
  }
}

export async function listSavedSearches(actor: SessionUser): Promise<SavedSearchView[]> {
  const rows = await db.savedSearch.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: { id: true, query: true, notify: true, createdAt: true } });
  return rows.map((r) => ({ id: r.id, query: r.query, search: parseJobSearch(new URLSearchParams(r.query)), notify: r.notify, createdAt: r.createdAt.toISOString() }));
}

export async function setSearchNotify(actor: SessionUser, searchId: string, notify: boolean): Promise<Result<null>> {
  const { count } = await db.savedSearch.updateMany({ where: { id: searchId, userId: actor.id }, data: { notify } });
  return count === 1 ? ok(null) : fail("errors.notFound");
}

export async function deleteSavedSearch(actor: SessionUser, searchId: string): Promise<Result<null>> {
  const { count } = await db.savedSearch.deleteMany({ where: { id: searchId, userId: actor.id } });
  return count === 1 ? ok(null) : fail("errors.notFound");
}
