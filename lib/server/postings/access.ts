import "server-only";
// Who may touch a posting: the members of its company (owner or recruiter),
// read from the database on every call, and admins for moderation. A foreign
// id is simply not found: no query of this module reaches a row of another
// company (the `where` carries the membership).
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/server/sessions";
import type { Tx } from "@/lib/server/transaction";

export interface Membership {
  companyId: string;
  companyName: string;
  role: "OWNER" | "RECRUITER";
}

/** The company the actor works for, if the actor is (still) an employer and a member. */
export async function membershipOf(actor: SessionUser, tx: Tx | typeof db = db): Promise<Membership | null> {
  if (actor.role !== "EMPLOYER") return null;
  const m = await tx.companyMember.findFirst({
    where: { userId: actor.id, user: { role: "EMPLOYER", disabled: false } },
    orderBy: { createdAt: "asc" },
    select: { companyId: true, role: true, company: { select: { name: true } } },
  });
  return m ? { companyId: m.companyId, companyName: m.company.name, role: m.role } : null;
}

/** A `where` that finds the company only if the actor is (still) an employer and its member. */
export function ownCompany(actor: SessionUser): Prisma.CompanyWhereInput {
  return { members: { some: { userId: actor.id, user: { role: "EMPLOYER", disabled: false } } } };
}

/** A `where` for postings open now (the query form of isOpenNow in lib/domain/posting-rules.ts). */
export function openNow(now: Date) {
  return { status: "PUBLISHED", expiresAt: { gt: now } } satisfies Prisma.JobPostingWhereInput;
}

/** A `where` that finds the posting only if the actor is a member of its company. */
export function ownPosting(actor: SessionUser, postingId: string): Prisma.JobPostingWhereInput {
  return { id: postingId, company: ownCompany(actor) };
}

/** The name recorded in a posting's history for an action of `actor`. */
export const actorName = (actor: SessionUser) => actor.name;
