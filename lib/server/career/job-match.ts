import "server-only";
// "x of y skills match" for a signed-in candidate: each posting's skills
// (must-haves as essential, the posting's level as the minimum) against the
// candidate's stated skills, with the same rule as the career map's fit.
import { db } from "@/lib/db";
import { computeFit, postingRequirements, type StatedSkills } from "@/lib/domain/career-fit";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import type { SessionUser } from "@/lib/server/sessions";
import { searchJobs } from "@/lib/server/job-search";
import { parseJobSearch } from "@/lib/validations/job-search";
import type { JobCard, JobMatch } from "@/lib/views/jobs";

const MISSING_SHOWN = 3;

/** The signed-in candidate's stated skills (skill id → level); null for anyone who is not a candidate. */
export async function getMyStatedSkills(actor: SessionUser | null): Promise<StatedSkills | null> {
  if (!actor || actor.role !== "CANDIDATE") return null;
  const rows = await db.candidateSkill.findMany({ where: { userId: actor.id, user: { role: "CANDIDATE" } }, select: { skillId: true, level: true } });
  return new Map(rows.map((r) => [r.skillId, r.level]));
}

export async function matchPostings(postingIds: string[], stated: StatedSkills, locale: LocaleCode): Promise<Map<string, JobMatch>> {
  if (postingIds.length === 0) return new Map();
  const rows = await db.postingSkill.findMany({
    where: { postingId: { in: postingIds } },
    orderBy: [{ mustHave: "desc" }, { level: "desc" }, { position: "asc" }],
    select: { postingId: true, skillId: true, mustHave: true, level: true, skill: { select: { labelEn: true, labelRu: true, status: true } } },
  });
  const out = new Map<string, JobMatch>();
  for (const id of postingIds) {
    const skills = rows.filter((r) => r.postingId === id);
    const fit = computeFit(postingRequirements(skills), stated);
    if (fit.fit === null) continue;
    const label = new Map(skills.map((s) => [s.skillId, pick(s.skill, "label", locale)]));
    out.set(id, {
      fit: fit.fit,
      matched: fit.matched.length,
      total: fit.total,
      mustMet: fit.essentialMet,
      mustTotal: fit.essentialTotal,
      missing: fit.gaps.slice(0, MISSING_SHOWN).map((g) => label.get(g.skillId)!),
      moreMissing: Math.max(0, fit.gaps.length - MISSING_SHOWN),
    });
  }
  return out;
}

/** The open jobs that fit the candidate best (the board's "fit" sort), each with its match; none without stated skills. */
export async function listRecommendedJobs(actor: SessionUser, locale: LocaleCode, now: Date, limit = 5): Promise<{ job: JobCard; match: JobMatch }[]> {
  const mine = await getMyStatedSkills(actor);
  if (!mine || mine.size === 0) return [];
  const result = await searchJobs(parseJobSearch({ sort: "fit" }), locale, now, mine);
  const matches = await matchPostings(
    result.cards.slice(0, limit).map((c) => c.id),
    mine,
    locale,
  );
  return result.cards.slice(0, limit).flatMap((job) => {
    const match = matches.get(job.id);
    return match && match.fit > 0 ? [{ job, match }] : [];
  });
}
