import "server-only";
// A company's applicants: ranked by fit, filtered by stage, knock-outs and fit;
// one applicant in full with the answers, the skills against the posting's,
// the stage history and the members' private notes; moving between stages;
// notes. Every query reaches an application only through a posting of the
// actor's own company (ownPosting): another company's applicant is not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { ACTIVE_STAGES, canMoveStage, failsKnockout, type AnsweredQuestion } from "@/lib/domain/application-rules";
import { computeFit, postingRequirements } from "@/lib/domain/career-fit";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { publicUrl } from "@/lib/env";
import { mailUsers } from "@/lib/server/notice-mail";
import { ownCompany, ownPosting } from "@/lib/server/postings/access";
import type { SessionUser } from "@/lib/server/sessions";
import { Refusal, transaction } from "@/lib/server/transaction";
import type { AddNoteInput, ApplicantFilter, MoveStageInput } from "@/lib/validations/application";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { ApplicantDetail, ApplicantRow, ApplicationSnapshot, StageCounts } from "@/lib/views/applications";

const APPLICANTS_SHOWN = 500;

/** A `where` that finds the application only if the actor is a member of its posting's company. */
export function ownApplication(actor: SessionUser, applicationId: string): Prisma.ApplicationWhereInput {
  return { id: applicationId, posting: { company: ownCompany(actor) } };
}

const storedSnapshot = (value: Prisma.JsonValue): ApplicationSnapshot | null =>
  value && typeof value === "object" && !Array.isArray(value) && "name" in value ? (value as unknown as ApplicationSnapshot) : null;

interface PostingSkills {
  requirements: ReturnType<typeof postingRequirements>;
  label: Map<string, string>;
  wanted: { skillId: string; mustHave: boolean; level: number; label: string }[];
}

async function postingSkills(postingId: string, locale: LocaleCode): Promise<PostingSkills> {
  const rows = await db.postingSkill.findMany({
    where: { postingId },
    orderBy: [{ mustHave: "desc" }, { level: "desc" }, { position: "asc" }],
    select: { skillId: true, mustHave: true, level: true, skill: { select: { labelEn: true, labelRu: true, status: true } } },
  });
  const wanted = rows.map((r) => ({ skillId: r.skillId, mustHave: r.mustHave, level: r.level, label: pick(r.skill, "label", locale) }));
  return { requirements: postingRequirements(rows), label: new Map(wanted.map((w) => [w.skillId, w.label])), wanted };
}

/** The snapshot's skills against the posting's: which are met, which are missing or below the level asked. */
function skillMatch(snapshot: ApplicationSnapshot | null, skills: PostingSkills) {
  const stated = new Map((snapshot?.skills ?? []).map((s) => [s.skillId, s.level]));
  const fit = computeFit(skills.requirements, stated);
  return {
    matched: fit.matched.map((m) => skills.label.get(m.skillId) ?? ""),
    missing: fit.gaps.map((g) => skills.label.get(g.skillId) ?? ""),
    stated,
  };
}

export interface ApplicantsPage {
  postingTitle: string;
  rows: ApplicantRow[];
  counts: StageCounts;
  total: number;
}

export async function listApplicants(
  actor: SessionUser,
  postingId: string,
  filter: ApplicantFilter,
  locale: LocaleCode,
  limit: number | null = APPLICANTS_SHOWN,
): Promise<ApplicantsPage | null> {
  const posting = await db.jobPosting.findFirst({ where: ownPosting(actor, postingId), select: { titleEn: true, titleRu: true } });
  if (!posting) return null;
  const stageWhere: Prisma.ApplicationWhereInput =
    filter.stage === "all" ? {} : filter.stage === "active" ? { stage: { in: [...ACTIVE_STAGES] } } : { stage: filter.stage };
  const [rows, grouped, skills] = await Promise.all([
    db.application.findMany({
      where: {
        postingId,
        ...stageWhere,
        ...(filter.knockoutsPassed ? { knockoutsFailed: 0 } : {}),
        ...(filter.fitMin > 0 ? { fit: { gte: filter.fitMin } } : {}),
      },
      // Best fit first; among equals, fewer failed knock-outs, then who applied first.
      orderBy: [{ fit: { sort: "desc", nulls: "last" } }, { knockoutsFailed: "asc" }, { createdAt: "asc" }],
      take: limit ?? undefined,
      select: ROW_SELECT,
    }),
    db.application.groupBy({ by: ["stage"], where: { postingId }, _count: { _all: true } }),
    postingSkills(postingId, locale),
  ]);
  const counts: StageCounts = {};
  for (const g of grouped) counts[g.stage] = g._count._all;
  return {
    postingTitle: pick(posting, "title", locale),
    rows: rows.map((r) => rowOf(r, skills)),
    counts,
    total: grouped.reduce((n, g) => n + g._count._all, 0),
  };
}

/** What a row of the list reads; one applicant in full reads more. */
const ROW_SELECT = {
  id: true,
  candidateId: true,
  snapshot: true,
  stage: true,
  stageChangedAt: true,
  createdAt: true,
  fit: true,
  mustMet: true,
  mustTotal: true,
  knockoutsFailed: true,
  _count: { select: { notes: true } },
} satisfies Prisma.ApplicationSelect;

type RowSource = Prisma.ApplicationGetPayload<{ select: typeof ROW_SELECT }>;

function rowOf(r: RowSource, skills: PostingSkills): ApplicantRow {
  const snapshot = r.candidateId ? storedSnapshot(r.snapshot) : null;
  const { matched, missing } = skillMatch(snapshot, skills);
  return {
    id: r.id,
    name: snapshot?.name ?? null,
    headline: snapshot?.headline ?? null,
    stage: r.stage,
    stageChangedAt: r.stageChangedAt.toISOString(),
    appliedAt: r.createdAt.toISOString(),
    fit: r.fit,
    mustMet: r.mustMet,
    mustTotal: r.mustTotal,
    knockoutsFailed: r.knockoutsFailed,
    matched,
    missing,
    noteCount: r._count.notes,
  };
}

export async function getApplicant(actor: SessionUser, postingId: string, applicationId: string, locale: LocaleCode): Promise<ApplicantDetail | null> {
  const r = await db.application.findFirst({
    where: { ...ownApplication(actor, applicationId), postingId },
    select: {
      ...ROW_SELECT,
      coverNote: true,
      answers: true,
      rejectionReason: true,
      reasonShared: true,
      version: true,
      posting: { select: { titleEn: true, titleRu: true } },
      events: { orderBy: { at: "asc" }, select: { at: true, from: true, to: true, actorName: true } },
      notes: { orderBy: { createdAt: "asc" }, select: { id: true, authorName: true, body: true, createdAt: true } },
    },
  });
  if (!r) return null;
  const skills = await postingSkills(postingId, locale);
  const row = rowOf(r, skills);
  const snapshot = r.candidateId ? storedSnapshot(r.snapshot) : null;
  const { stated } = skillMatch(snapshot, skills);
  const answers = (Array.isArray(r.answers) ? (r.answers as unknown as AnsweredQuestion[]) : []).map((a) => ({ ...a, failed: failsKnockout(a) }));
  return {
    ...row,
    version: r.version,
    snapshot,
    coverNote: r.coverNote,
    answers,
    skills: skills.wanted.map((w) => ({ label: w.label, level: stated.get(w.skillId) ?? null, wanted: w.level, mustHave: w.mustHave })),
    rejectionReason: r.rejectionReason,
    reasonShared: r.reasonShared,
    events: r.events.map((e) => ({ at: e.at.toISOString(), from: e.from, to: e.to, actorName: e.actorName })),
    notes: r.notes.map((n) => ({ id: n.id, authorName: n.authorName, body: n.body, createdAt: n.createdAt.toISOString() })),
    postingId,
    postingTitle: pick(r.posting, "title", locale),
  };
}

/**
 * Moves an applicant to another stage, if the move is allowed and nobody moved
 * them since the member looked. The candidate gets a notice, and after the
 * commit an e-mail (where SMTP is configured).
 */
export async function moveApplicantStage(actor: SessionUser, input: MoveStageInput, now = new Date()): Promise<Result<null>> {
  const result = await transaction(async (tx) => {
    const app = await tx.application.findFirst({
      where: ownApplication(actor, input.applicationId),
      select: { stage: true, version: true, candidateId: true, postingId: true, posting: { select: { titleEn: true, titleRu: true } } },
    });
    if (!app) return fail("errors.notFound");
    if (app.version !== input.version) return fail("errors.application.changedMeanwhile");
    if (!canMoveStage(app.stage, input.to)) return fail("errors.application.stageNotAllowed");
    const moved = await tx.application.updateMany({
      where: { id: input.applicationId, version: input.version },
      data: {
        stage: input.to,
        stageChangedAt: now,
        version: { increment: 1 },
        rejectionReason: input.to === "REJECTED" ? input.reason : null,
        reasonShared: input.to === "REJECTED" && input.reason !== null && input.reasonShared,
      },
    });
    if (moved.count === 0) throw new Refusal(fail("errors.application.changedMeanwhile"));
    await tx.applicationEvent.create({ data: { applicationId: input.applicationId, at: now, actorName: actor.name, from: app.stage, to: input.to } });
    if (app.candidateId) {
      const shared = input.to === "REJECTED" && input.reasonShared && input.reason ? { reason: input.reason } : {};
      await tx.notice.create({
        data: {
          userId: app.candidateId,
          kind: "APPLICATION_STAGE",
          postingId: app.postingId,
          data: { titleEn: app.posting.titleEn, titleRu: app.posting.titleRu, stage: input.to, ...shared },
        },
      });
    }
    return ok({ candidateId: app.candidateId, posting: app.posting });
  });
  if (!result.ok) return result;
  const { candidateId, posting } = result.value;
  if (candidateId) {
    await mailUsers([candidateId], { subject: "applications.mail.stageSubject", body: "applications.mail.stageBody" }, (locale) => ({
      title: pick(posting, "title", locale),
      stage: input.to,
      link: `${publicUrl}/applications`,
    }));
  }
  return ok(null);
}

export async function addApplicantNote(actor: SessionUser, input: AddNoteInput, now = new Date()): Promise<Result<null>> {
  const app = await db.application.findFirst({ where: ownApplication(actor, input.applicationId), select: { id: true } });
  if (!app) return fail("errors.notFound");
  await db.applicationNote.create({ data: { applicationId: app.id, authorId: actor.id, authorName: actor.name, body: input.body, createdAt: now } });
  return ok(null);
}
