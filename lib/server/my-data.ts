import "server-only";
// A candidate's own data: everything the portal holds about them as one JSON
// document, and deleting the account.
//
// Deleting keeps, for the companies, that an application existed (the row with
// its stage and dates: their counts and pipeline stay true) and removes the
// person from it: the profile copy, the cover note and the answers are
// cleared, the link to the account is cut, the companies' notes about the
// applicant are deleted, and the applicant's name is taken out of the
// companies' notices; the rate-limit counters keyed by the e-mail or the id
// are dropped. Everything else of the account (profile, background, sessions,
// saved jobs and searches, notices, reset links) goes with the user row
// (ON DELETE CASCADE).
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { verifyPassword } from "@/lib/server/passwords";
import type { SessionUser } from "@/lib/server/sessions";
import { transaction } from "@/lib/server/transaction";
import { fail, ok, type Result } from "@/lib/validations/result";

/** Everything the portal holds about the candidate (the companies' private notes excepted: see the README). */
export async function exportMyData(actor: SessionUser): Promise<Record<string, unknown> | null> {
  if (actor.role !== "CANDIDATE") return null;
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      email: true,
      name: true,
      role: true,
      locale: true,
      createdAt: true,
      candidateProfile: { omit: { userId: true } },
      candidateRoles: { orderBy: { position: "asc" }, select: { title: true, years: true, current: true, role: { select: { slug: true, labelEn: true, labelRu: true } } } },
      candidateSkills: { orderBy: { position: "asc" }, select: { level: true, evidence: true, skill: { select: { slug: true, labelEn: true, labelRu: true } } } },
      applications: {
        orderBy: { createdAt: "asc" },
        select: {
          createdAt: true,
          stage: true,
          stageChangedAt: true,
          snapshot: true,
          coverNote: true,
          answers: true,
          fit: true,
          reasonShared: true,
          rejectionReason: true,
          posting: { select: { id: true, titleEn: true, titleRu: true, company: { select: { name: true } } } },
          events: { orderBy: { at: "asc" }, select: { at: true, from: true, to: true } },
        },
      },
      savedJobs: { select: { createdAt: true, posting: { select: { id: true, titleEn: true, titleRu: true } } } },
      savedSearches: { select: { query: true, notify: true, createdAt: true } },
      notices: { orderBy: { createdAt: "asc" }, select: { kind: true, data: true, createdAt: true, readAt: true } },
      sessions: { select: { createdAt: true, expiresAt: true, revokedAt: true, userAgent: true } },
    },
  });
  if (!user) return null;
  return {
    exportedAt: new Date().toISOString(),
    ...user,
    // A rejection's reason is the candidate's to see only when the company shared it.
    applications: user.applications.map(({ reasonShared, rejectionReason, ...a }) => ({ ...a, rejectionReason: reasonShared ? rejectionReason : null })),
  };
}

/** Deletes the candidate's account after checking the password; see the head of this file for what stays. */
export async function deleteMyAccount(actor: SessionUser, password: string): Promise<Result<null>> {
  if (actor.role !== "CANDIDATE") return fail("errors.account.onlyCandidates");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    return fail("errors.wrongPassword", { password: "errors.wrongPassword" });
  }
  const email = user.email;
  const result = await transaction(async (tx) => {
    const applications = await tx.application.findMany({ where: { candidateId: actor.id }, select: { id: true } });
    const ids = applications.map((a) => a.id);
    await tx.applicationNote.deleteMany({ where: { applicationId: { in: ids } } });
    await tx.application.updateMany({
      where: { id: { in: ids } },
      data: { candidateId: null, snapshot: {}, coverNote: null, answers: [] },
    });
    // The companies' notices named the applicant.
    await tx.$executeRaw`
      UPDATE "Notice" SET "data" = "data" - 'name'
      WHERE "kind" IN ('APPLICATION_RECEIVED', 'APPLICATION_WITHDRAWN') AND "data"->>'applicationId' = ANY(${ids}::text[])`;
    // Rate-limit counters are keyed by the e-mail (sign-in) or the user's id (actions); they would outlive the account for a day.
    await tx.$executeRaw`DELETE FROM "RateLimitBucket" WHERE strpos("key", ${email}) > 0 OR strpos("key", ${actor.id}) > 0`;
    await tx.user.delete({ where: { id: actor.id } });
    return ok({ applications: ids.length });
  });
  if (!result.ok) return result;
  log("info", "account.deleted", { userId: actor.id, applicationsAnonymised: result.value.applications });
  return ok(null);
}
