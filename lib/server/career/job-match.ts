import "server-only";
// "x of y skills match" for a signed-in candidate: each posting's skills
// (must-haves as essential, the posting's level as the minimum) against the
// candidate's stated skills, with the same rule as the career map's fit
// (lib/domain/career-fit.ts, jobMatch).
import { db } from "@/lib/db";
import { jobMatch, type StatedSkills } from "@/lib/domain/career-fit";
import type { LocaleCode } from "@/lib/domain/taxonomy";
import type { SessionUser } from "@/lib/server/sessions";
import { searchJobs } from "@/lib/server/job-search";
import { parseJobSearch } from "@/lib/validations/job-search";
import type { JobCard, JobMatch } from "@/lib/views/jobs";

/** The signed-in candidate's stated skills (skill id → level); null for anyone who is not a candidate. */
export async function getMyStatedSkills(actor: SessionUser | null): Promise<StatedSkills | null> {
  if (!actor || actor.role !== "CANDIDATE") return null;
  const rows = await db.candidateSkill.findMany({ where: { userId: actor.id, user: { role: "CANDIDATE" } }, select: { skillId: true, level: true } });
  return new Map(rows.map((r) => [r.skillId, r.level]));
}

/** One posting's match (the job page); the board's cards carry theirs from the search. */
export async function matchPosting(postingId: string, stated: StatedSkills, locale: LocaleCode): Promise<JobMatch | undefined> {
  const skills = await db.postingSkill.findMany({
    where: { postingId },
    orderBy: [{ mustHave: "desc" }, { level: "desc" }, { position: "asc" }],
    select: { skillId: true, mustHave: true, level: true, skill: { select: { labelEn: true, labelRu: true, status: true } } },
  });
  return jobMatch(skills, stated, locale);
}

/** The open jobs that fit the candidate best (the board's "fit" sort), each with its match; none without stated skills. */
export async function listRecommendedJobs(actor: SessionUser, locale: LocaleCode, now: Date, limit = 5): Promise<(JobCard & { match: JobMatch })[]> {
  const mine = await getMyStatedSkills(actor);
  if (!mine || mine.size === 0) return [];
  const result = await searchJobs(parseJobSearch({ sort: "fit" }), locale, now, mine);
  return result.cards.slice(0, limit).flatMap((job) => (job.match && job.match.fit > 0 ? [{ ...job, match: job.match }] : []));
}
