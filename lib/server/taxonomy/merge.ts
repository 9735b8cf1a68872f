import "server-only";
// Merging two skills (a duplicate or a synonym) into one: every reference to
// the merged skill moves to the kept one, the merged skill's labels become the
// kept one's alternative labels, and the merged skill goes. Nothing that
// referred to either is lost: where a role needs both, it keeps the stronger
// requirement (essential over optional, the higher level), and a posting that
// asks for both keeps the stronger demand.
import { labelOf, recordChange, type Actor } from "@/lib/server/taxonomy/audit";
import { readSkillDoc, writeSkill, type Tx } from "@/lib/server/taxonomy/docs";
import { staleRefusal } from "@/lib/server/taxonomy/edit";
import { Refusal, transaction } from "@/lib/server/transaction";
import { fail, ok, type Result } from "@/lib/validations/result";
import type { SkillDoc } from "@/lib/validations/taxonomy";
import type { MergeSkillsInput } from "@/lib/validations/taxonomy-editor";
import { syncJobSearch } from "@/lib/server/job-search/sync";

/** The kept skill's alternative labels after the merge: its own, then the other's labels, each once. */
export function mergedAltLabels(kept: SkillDoc, merged: SkillDoc, lang: "En" | "Ru"): string[] {
  const own = kept[`label${lang}`].toLowerCase();
  const out: string[] = [];
  const seen = new Set([own]);
  for (const label of [...kept[`altLabels${lang}`], merged[`label${lang}`], ...merged[`altLabels${lang}`]]) {
    const key = label.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(label.trim());
  }
  return out;
}

async function moveRequirements(tx: Tx, keepId: string, mergeId: string) {
  const moved = await tx.roleRequirement.findMany({
    where: { skillId: mergeId },
    select: { roleId: true, importance: true, minLevel: true, position: true, role: { select: { slug: true } } },
  });
  for (const r of moved) {
    const existing = await tx.roleRequirement.findUnique({ where: { roleId_skillId: { roleId: r.roleId, skillId: keepId } } });
    await tx.roleRequirement.delete({ where: { roleId_skillId: { roleId: r.roleId, skillId: mergeId } } });
    if (existing) {
      await tx.roleRequirement.update({
        where: { roleId_skillId: { roleId: r.roleId, skillId: keepId } },
        data: {
          importance: existing.importance === "ESSENTIAL" || r.importance === "ESSENTIAL" ? "ESSENTIAL" : "OPTIONAL",
          minLevel: Math.max(existing.minLevel, r.minLevel),
        },
      });
    } else {
      await tx.roleRequirement.create({
        data: { roleId: r.roleId, skillId: keepId, importance: r.importance, minLevel: r.minLevel, position: r.position },
      });
    }
  }
  return moved.map((r) => ({ role: r.role.slug, importance: r.importance, minLevel: r.minLevel }));
}

/** Postings that ask for the merged skill ask for the kept one; one asking for both keeps the stronger demand. */
async function movePostingSkills(tx: Tx, keepId: string, mergeId: string): Promise<number> {
  const moved = await tx.postingSkill.findMany({ where: { skillId: mergeId } });
  for (const p of moved) {
    const key = { postingId_skillId: { postingId: p.postingId, skillId: keepId } };
    const existing = await tx.postingSkill.findUnique({ where: key });
    await tx.postingSkill.delete({ where: { postingId_skillId: { postingId: p.postingId, skillId: mergeId } } });
    if (existing) {
      await tx.postingSkill.update({
        where: key,
        data: { mustHave: existing.mustHave || p.mustHave, level: Math.max(existing.level, p.level) },
      });
    } else {
      await tx.postingSkill.create({ data: { ...p, skillId: keepId } });
    }
  }
  // The job board filters open postings by skill: theirs now name the kept one.
  await syncJobSearch(tx, moved.map((p) => p.postingId));
  return moved.length;
}

/** Candidates who stated the merged skill state the kept one; one who stated both keeps the higher level and any evidence. */
async function moveCandidateSkills(tx: Tx, keepId: string, mergeId: string): Promise<number> {
  const moved = await tx.candidateSkill.findMany({ where: { skillId: mergeId } });
  for (const c of moved) {
    const key = { userId_skillId: { userId: c.userId, skillId: keepId } };
    const existing = await tx.candidateSkill.findUnique({ where: key });
    await tx.candidateSkill.delete({ where: { userId_skillId: { userId: c.userId, skillId: mergeId } } });
    if (existing) {
      await tx.candidateSkill.update({
        where: key,
        data: { level: Math.max(existing.level, c.level), evidence: existing.evidence ?? c.evidence },
      });
    } else {
      await tx.candidateSkill.create({ data: { ...c, skillId: keepId } });
    }
  }
  return moved.length;
}

export function mergeSkills(actor: Actor, input: MergeSkillsInput): Promise<Result<null>> {
  return transaction(async (tx) => {
    const [keep, merge] = await Promise.all([input.keep, input.merge].map((slug) => readSkillDoc(tx, slug)));
    if (!keep || !merge) return fail("errors.notFound");
    const rows = await tx.skill.findMany({ where: { slug: { in: [input.keep, input.merge] } }, select: { id: true, slug: true, version: true } });
    const keepRow = rows.find((r) => r.slug === input.keep)!;
    const mergeRow = rows.find((r) => r.slug === input.merge)!;
    if (keepRow.version !== input.keepVersion) return staleRefusal(tx, "SKILL", input.keep);
    if (mergeRow.version !== input.mergeVersion) return staleRefusal(tx, "SKILL", input.merge);

    const requirements = await moveRequirements(tx, keepRow.id, mergeRow.id);
    const postings = await movePostingSkills(tx, keepRow.id, mergeRow.id);
    const candidates = await moveCandidateSkills(tx, keepRow.id, mergeRow.id);
    const after: SkillDoc = {
      ...keep,
      altLabelsEn: mergedAltLabels(keep, merge, "En"),
      altLabelsRu: mergedAltLabels(keep, merge, "Ru"),
      descriptionEn: keep.descriptionEn || merge.descriptionEn,
      descriptionRu: keep.descriptionRu || merge.descriptionRu,
      sourceUri: keep.sourceUri ?? merge.sourceUri,
      escoHintUri: keep.escoHintUri ?? merge.escoHintUri,
      reuseLevel: keep.reuseLevel ?? merge.reuseLevel,
    };
    if (!(await writeSkill(tx, after, { expectedVersion: input.keepVersion }))) {
      throw new Refusal(await staleRefusal(tx, "SKILL", input.keep));
    }
    const { count } = await tx.skill.deleteMany({ where: { id: mergeRow.id, version: input.mergeVersion } });
    if (count !== 1) throw new Refusal(await staleRefusal(tx, "SKILL", input.merge));

    await recordChange(tx, actor, {
      entity: "SKILL",
      key: input.merge,
      label: labelOf(merge, input.merge),
      action: "MERGE",
      before: { skill: merge, requirements, postings, candidates },
      after: { mergedInto: input.keep },
    });
    await recordChange(tx, actor, {
      entity: "SKILL",
      key: input.keep,
      label: labelOf(keep, input.keep),
      action: "MERGE",
      before: keep,
      after: { ...after, merged: input.merge },
    });
    return ok(null);
  });
}
