import "server-only";
// Reading postings: a company's own list and one posting with its history
// (members only), the moderation queue (admins only), and a posting as
// candidates will see it, in one language.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { latestExpiry, type PostingStatusCode } from "@/lib/domain/posting-rules";
import { ownPosting } from "@/lib/server/postings/access";
import type { SessionUser } from "@/lib/server/sessions";
import type { PostingDisplay, PostingListItem, PostingManageView } from "@/lib/views/postings";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const titleIn = (row: { titleEn: string; titleRu: string }, locale: LocaleCode) => pick(row, "title", locale);

export async function listCompanyPostings(actor: SessionUser, locale: LocaleCode): Promise<PostingListItem[]> {
  if (actor.role !== "EMPLOYER") return [];
  const rows = await db.jobPosting.findMany({
    where: { company: { members: { some: { userId: actor.id, user: { role: "EMPLOYER", disabled: false } } } } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      status: true,
      titleEn: true,
      titleRu: true,
      stepReached: true,
      updatedAt: true,
      publishedAt: true,
      expiresAt: true,
      viewCount: true,
      applicationCount: true,
      rejectionReason: true,
      editedByName: true,
      role: { select: { labelEn: true, labelRu: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    title: titleIn(r, locale),
    roleLabel: r.role ? pick(r.role, "label", locale) : null,
    stepReached: r.stepReached,
    updatedAt: r.updatedAt.toISOString(),
    publishedAt: iso(r.publishedAt),
    expiresAt: iso(r.expiresAt),
    viewCount: r.viewCount,
    applicationCount: r.applicationCount,
    rejectionReason: r.rejectionReason,
    editedByName: r.editedByName,
  }));
}

const MANAGE_SELECT = {
  id: true,
  version: true,
  status: true,
  companyId: true,
  company: { select: { name: true } },
  rejectionReason: true,
  submittedAt: true,
  publishedAt: true,
  expiresAt: true,
  viewCount: true,
  applicationCount: true,
  taxonomyVersion: true,
  events: { orderBy: { at: "desc" }, select: { at: true, actorName: true, from: true, to: true, note: true } },
} satisfies Prisma.JobPostingSelect;

function manageView(r: Prisma.JobPostingGetPayload<{ select: typeof MANAGE_SELECT }>): PostingManageView {
  return {
    id: r.id,
    version: r.version,
    status: r.status,
    companyId: r.companyId,
    companyName: r.company.name,
    rejectionReason: r.rejectionReason,
    submittedAt: iso(r.submittedAt),
    publishedAt: iso(r.publishedAt),
    expiresAt: iso(r.expiresAt),
    latestExpiry: r.publishedAt ? latestExpiry(r.publishedAt).toISOString() : null,
    viewCount: r.viewCount,
    applicationCount: r.applicationCount,
    taxonomyVersion: r.taxonomyVersion,
    events: r.events.map((e) => ({ ...e, at: e.at.toISOString() })),
  };
}

/** One posting with its status, counters and history: for a member of its company, or an admin. */
export async function getPostingManage(actor: SessionUser, postingId: string): Promise<PostingManageView | null> {
  const where = actor.role === "ADMIN" ? { id: postingId, status: { not: "DRAFT" as const } } : ownPosting(actor, postingId);
  if (actor.role !== "ADMIN" && actor.role !== "EMPLOYER") return null;
  const row = await db.jobPosting.findFirst({ where, select: MANAGE_SELECT });
  return row ? manageView(row) : null;
}

export const DISPLAY_SELECT = {
  id: true,
  status: true,
  company: { select: { name: true } },
  titleEn: true,
  titleRu: true,
  family: true,
  role: { select: { labelEn: true, labelRu: true } },
  employmentType: true,
  workMode: true,
  country: true,
  city: true,
  salaryHidden: true,
  salaryFrom: true,
  salaryTo: true,
  currency: true,
  languages: true,
  startDate: true,
  validDays: true,
  expiresAt: true,
  descriptionEn: true,
  descriptionRu: true,
  skills: {
    orderBy: [{ mustHave: "desc" }, { level: "desc" }, { position: "asc" }],
    select: { mustHave: true, level: true, skill: { select: { labelEn: true, labelRu: true, status: true } } },
  },
  questions: { orderBy: { position: "asc" }, select: { kind: true, textEn: true, textRu: true, knockout: true, expectedYes: true } },
} satisfies Prisma.JobPostingSelect;

/**
 * A posting as candidates will see it, in `locale`: for its company's members
 * (any status: the preview) and admins (anything submitted: moderation).
 */
export async function getPostingDisplay(actor: SessionUser, postingId: string, locale: LocaleCode): Promise<PostingDisplay | null> {
  if (actor.role !== "ADMIN" && actor.role !== "EMPLOYER") return null;
  const where = actor.role === "ADMIN" ? { id: postingId, status: { not: "DRAFT" as const } } : ownPosting(actor, postingId);
  const r = await db.jobPosting.findFirst({ where, select: DISPLAY_SELECT });
  return r ? displayOf(r, locale) : null;
}

/** A posting row (DISPLAY_SELECT) as candidates read it, in `locale`. */
export function displayOf(r: Prisma.JobPostingGetPayload<{ select: typeof DISPLAY_SELECT }>, locale: LocaleCode): PostingDisplay {
  const family = r.family === "SMM" || r.family === "COMMUNITY" ? r.family : null;
  const disclosed = !r.salaryHidden && r.currency && (r.salaryFrom !== null || r.salaryTo !== null);
  return {
    id: r.id,
    status: r.status as PostingStatusCode,
    companyName: r.company.name,
    title: titleIn(r, locale),
    roleLabel: r.role ? pick(r.role, "label", locale) : null,
    family,
    employmentType: r.employmentType,
    workMode: r.workMode,
    country: r.country,
    city: r.city,
    salary: disclosed ? { from: r.salaryFrom, to: r.salaryTo, currency: r.currency! } : null,
    languages: Array.isArray(r.languages) ? (r.languages as { code: string; level: string }[]) : [],
    startDate: r.startDate ? r.startDate.toISOString().slice(0, 10) : null,
    validDays: r.validDays,
    expiresAt: iso(r.expiresAt),
    description: pick(r, "description", locale),
    skills: r.skills.map((s) => ({
      label: pick(s.skill, "label", locale),
      mustHave: s.mustHave,
      level: s.level,
      deprecated: s.skill.status === "DEPRECATED",
    })),
    questions: r.questions.map((q) => ({ text: pick(q, "text", locale), kind: q.kind, knockout: q.knockout, expectedYes: q.expectedYes })),
  };
}

export interface ModerationItem {
  id: string;
  title: string;
  companyName: string;
  submittedAt: string | null;
  duplicateOfId: string | null;
  resubmitted: boolean;
}

/** Submitted postings, oldest first: what admins decide on. */
export async function listModerationQueue(admin: SessionUser, locale: LocaleCode): Promise<ModerationItem[]> {
  if (admin.role !== "ADMIN") return [];
  const rows = await db.jobPosting.findMany({
    where: { status: "SUBMITTED" },
    orderBy: { submittedAt: "asc" },
    take: 200,
    select: {
      id: true,
      titleEn: true,
      titleRu: true,
      submittedAt: true,
      duplicateOfId: true,
      company: { select: { name: true } },
      _count: { select: { events: { where: { to: "REJECTED" } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: titleIn(r, locale),
    companyName: r.company.name,
    submittedAt: iso(r.submittedAt),
    duplicateOfId: r.duplicateOfId,
    resubmitted: r._count.events > 0,
  }));
}
