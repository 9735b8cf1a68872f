import "server-only";
// The wizard's drafts: created by a company member, saved step by step (and on
// a timer while typing), listed and resumable by every member of the company.
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { isEditable, POSTING_LIMITS } from "@/lib/domain/posting-rules";
import { Refusal, transaction } from "@/lib/server/transaction";
import { membershipOf, ownPosting } from "@/lib/server/postings/access";
import type { Tx } from "@/lib/server/transaction";
import { valuesOf, WIZARD_SELECT, writeStep } from "@/lib/server/postings/values";
import type { SessionUser } from "@/lib/server/sessions";
import { message } from "@/lib/i18n/message";
import { fail, invalidInput, ok, type Failure, type Result } from "@/lib/validations/result";
import { STEP_SCHEMAS, WIZARD_STEPS, type AdvisorAnswersInput, type SavePostingStepInput } from "@/lib/validations/posting";
import type { PostingWizardView } from "@/lib/views/postings";

export async function createPostingDraft(
  actor: SessionUser,
  input: { family?: "SMM" | "COMMUNITY" | null; advisor?: AdvisorAnswersInput | null },
): Promise<Result<{ postingId: string }>> {
  const membership = await membershipOf(actor);
  if (!membership) return fail("errors.posting.noCompany");
  const row = await db.jobPosting.create({
    data: {
      companyId: membership.companyId,
      createdById: actor.id,
      family: input.family ?? null,
      advisor: input.advisor ?? undefined,
      validDays: POSTING_LIMITS.validDaysDefault,
    },
    select: { id: true },
  });
  log("info", "posting.draft_created", { userId: actor.id, companyId: membership.companyId, postingId: row.id });
  return ok({ postingId: row.id });
}

export async function getPostingWizard(actor: SessionUser, postingId: string): Promise<PostingWizardView | null> {
  const row = await db.jobPosting.findFirst({ where: ownPosting(actor, postingId), select: WIZARD_SELECT });
  if (!row) return null;
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    stepReached: row.stepReached,
    rejectionReason: row.rejectionReason,
    values: valuesOf(row),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Why a save of a posting that the actor can see was refused: it moved on, or someone saved it first. */
async function refusal(tx: Tx, actor: SessionUser, postingId: string): Promise<Failure> {
  const row = await tx.jobPosting.findFirst({
    where: ownPosting(actor, postingId),
    select: { status: true, updatedAt: true, editedByName: true },
  });
  if (!row) return fail("errors.notFound");
  if (!isEditable(row.status)) return fail("errors.posting.notEditable");
  return fail(message("errors.staleVersion", { name: row.editedByName ?? "?", at: row.updatedAt.getTime() }));
}

/** The server's own checks of a template: the role and any newly added skill must be in use in the taxonomy. */
async function templateProblems(tx: Tx, postingId: string, input: SavePostingStepInput): Promise<Record<string, string> | null> {
  if (input.step !== "template") return null;
  const { roleId, skills } = input.values;
  const current = await tx.jobPosting.findUniqueOrThrow({
    where: { id: postingId },
    select: { roleId: true, family: true, skills: { select: { skillId: true } } },
  });
  if (roleId && roleId !== current.roleId) {
    // A role of the family chosen at the first step (an SMM posting takes an SMM role).
    const families = current.family ? [current.family] : (["SMM", "COMMUNITY"] as const);
    const role = await tx.role.findFirst({
      where: { id: roleId, status: "ACTIVE", family: { in: [...families] } },
      select: { id: true },
    });
    if (!role) return { roleId: "errors.posting.roleUnavailable" };
  }
  const had = new Set(current.skills.map((s) => s.skillId));
  const added = skills.map((s) => s.skillId).filter((id) => !had.has(id));
  if (added.length > 0) {
    const found = await tx.skill.count({ where: { id: { in: added }, status: "ACTIVE" } });
    if (found !== added.length) return { skills: "errors.posting.skillUnavailable" };
  }
  return null;
}

export async function savePostingStep(
  actor: SessionUser,
  input: SavePostingStepInput,
): Promise<Result<{ version: number; stepReached: number }>> {
  if (input.advance) {
    const strict = STEP_SCHEMAS[input.step].strict.safeParse(input.values);
    if (!strict.success) return invalidInput(strict.error);
  }
  return transaction(async (tx) => {
    // Claim the version first: of two saves from the same version, the second waits here and then finds nothing.
    const claimed = await tx.jobPosting.updateMany({
      where: { ...ownPosting(actor, input.postingId), version: input.version, status: { in: ["DRAFT", "REJECTED"] } },
      data: { version: { increment: 1 }, editedByName: actor.name },
    });
    if (claimed.count !== 1) return refusal(tx, actor, input.postingId);
    const problems = await templateProblems(tx, input.postingId, input);
    if (problems) throw new Refusal(fail("errors.invalidInput", problems));
    const { stepReached: reached } = await tx.jobPosting.findUniqueOrThrow({
      where: { id: input.postingId },
      select: { stepReached: true },
    });
    const data = await writeStep(tx, input.postingId, input.step, input.values);
    const stepReached = input.advance ? Math.max(reached, WIZARD_STEPS.indexOf(input.step) + 1) : reached;
    await tx.jobPosting.update({ where: { id: input.postingId }, data: { ...data, stepReached } });
    return ok({ version: input.version + 1, stepReached });
  });
}

/** Deletes a draft that was never submitted; anything an admin has seen stays. */
export async function deletePostingDraft(actor: SessionUser, postingId: string): Promise<Result<null>> {
  const { count } = await db.jobPosting.deleteMany({
    where: { ...ownPosting(actor, postingId), status: "DRAFT", submittedAt: null },
  });
  if (count === 1) return ok(null);
  const exists = await db.jobPosting.findFirst({ where: ownPosting(actor, postingId), select: { id: true } });
  return fail(exists ? "errors.posting.notDeletable" : "errors.notFound");
}
