import "server-only";
// A candidate applies to an open posting: the profile as it is now is copied
// into the application (what the company reads does not follow later edits),
// with the cover note and the answers to the posting's questions, and the fit
// of the candidate's skills to the posting's is computed once, here.
//
// One application per candidate and posting: the unique key (postingId,
// candidateId) decides, so of two submits at the same moment (two tabs) one
// is stored and the other gets "You have already applied", never a second row.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { answerQuestions, failsKnockout, type AskedQuestion } from "@/lib/domain/application-rules";
import { computeFit, postingRequirements } from "@/lib/domain/career-fit";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import type { SessionUser } from "@/lib/server/sessions";
import { notifyCompany } from "@/lib/server/notices";
import { openNow } from "@/lib/server/postings/access";
import { isUniqueViolation, Refusal, transaction } from "@/lib/server/transaction";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { ApplyInput } from "@/lib/validations/application";
import type { ApplicationSnapshot, ApplyState } from "@/lib/views/applications";

/** The candidate's profile now, as the application keeps it. */
export async function snapshotOf(userId: string): Promise<ApplicationSnapshot | null> {
  const user = await db.user.findFirst({
    where: { id: userId, role: "CANDIDATE", disabled: false },
    select: {
      name: true,
      email: true,
      candidateProfile: {
        select: { headline: true, location: true, about: true, workMode: true, languages: true, salaryFrom: true, currency: true },
      },
      candidateRoles: {
        orderBy: { position: "asc" },
        select: { roleId: true, title: true, years: true, current: true, role: { select: { labelEn: true, labelRu: true } } },
      },
      candidateSkills: {
        orderBy: { position: "asc" },
        select: { skillId: true, level: true, evidence: true, skill: { select: { labelEn: true, labelRu: true } } },
      },
    },
  });
  if (!user) return null;
  const p = user.candidateProfile;
  return {
    name: user.name,
    email: user.email,
    headline: p?.headline ?? null,
    location: p?.location ?? null,
    about: p?.about ?? null,
    workMode: p?.workMode ?? null,
    languages: p?.languages ?? [],
    salaryFrom: p?.salaryFrom ?? null,
    currency: p?.currency ?? null,
    roles: user.candidateRoles.map((r) => ({ roleId: r.roleId, labelEn: r.role.labelEn, labelRu: r.role.labelRu, title: r.title, years: r.years, current: r.current })),
    skills: user.candidateSkills.map((s) => ({ skillId: s.skillId, labelEn: s.skill.labelEn, labelRu: s.skill.labelRu, level: s.level, evidence: s.evidence })),
  };
}

export async function applyToPosting(actor: SessionUser, input: ApplyInput, now = new Date()): Promise<Result<{ applicationId: string }>> {
  if (actor.role !== "CANDIDATE") return fail("errors.forbidden");
  const posting = await db.jobPosting.findFirst({
    where: { id: input.postingId, ...openNow(now) },
    select: {
      id: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, textEn: true, textRu: true, knockout: true, expectedYes: true } },
      skills: { select: { skillId: true, mustHave: true, level: true, skill: { select: { status: true } } } },
    },
  });
  if (!posting) return fail("errors.application.postingClosed");
  const asked: AskedQuestion[] = posting.questions;
  const answers = answerQuestions(asked, input.answers);
  if (!answers.ok) return fail("errors.invalidInput", answers.fieldErrors);

  const snapshot = await snapshotOf(actor.id);
  if (!snapshot) return fail("errors.forbidden");
  const fit = computeFit(postingRequirements(posting.skills), new Map(snapshot.skills.map((s) => [s.skillId, s.level])));

  try {
    return await transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          postingId: posting.id,
          candidateId: actor.id,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          coverNote: input.coverNote,
          answers: answers.answered as unknown as Prisma.InputJsonValue,
          fit: fit.fit,
          mustMet: fit.essentialMet,
          mustTotal: fit.essentialTotal,
          knockoutsFailed: answers.answered.filter(failsKnockout).length,
          stageChangedAt: now,
          createdAt: now,
          events: { create: { at: now, actorName: null, from: null, to: "NEW" } },
        },
        select: { id: true },
      });
      // The posting may have closed while the candidate typed: counted only if it is still open, else nothing is kept.
      const counted = await tx.jobPosting.updateMany({
        where: { id: posting.id, ...openNow(now) },
        data: { applicationCount: { increment: 1 } },
      });
      if (counted.count === 0) throw new Refusal(fail("errors.application.postingClosed"));
      await notifyCompany(tx, posting.id, "APPLICATION_RECEIVED", { name: snapshot.name, applicationId: application.id });
      return ok({ applicationId: application.id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return fail("errors.application.already");
    throw error;
  }
}

/** What the job page's apply box shows this reader: sign in, not for this account, already applied, or the form. */
export async function getApplyState(actor: SessionUser | null, postingId: string, locale: LocaleCode): Promise<ApplyState> {
  if (!actor) return { kind: "anonymous" };
  if (actor.role !== "CANDIDATE") return { kind: "notCandidate" };
  const [applied, questions, counts] = await Promise.all([
    db.application.findUnique({ where: { postingId_candidateId: { postingId, candidateId: actor.id } }, select: { stage: true, createdAt: true } }),
    db.postingQuestion.findMany({ where: { postingId }, orderBy: { position: "asc" }, select: { id: true, kind: true, textEn: true, textRu: true } }),
    db.user.findUnique({ where: { id: actor.id }, select: { name: true, _count: { select: { candidateRoles: true, candidateSkills: true } } } }),
  ]);
  if (applied) return { kind: "applied", stage: applied.stage, at: applied.createdAt.toISOString() };
  return {
    kind: "form",
    questions: questions.map((q) => ({ id: q.id, kind: q.kind, text: pick(q, "text", locale) })),
    name: counts?.name ?? actor.name,
    roles: counts?._count.candidateRoles ?? 0,
    skills: counts?._count.candidateSkills ?? 0,
  };
}
