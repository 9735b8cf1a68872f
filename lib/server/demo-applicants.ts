import "server-only";
// Demo applicants for the demo company's postings (an empty embedded database
// only), so that an employer who signs in first sees a pipeline: applicants
// ranked by fit, one who failed a knock-out question, every stage from new to
// offer, a rejection, a withdrawal, a note. The people are data
// (prisma/seed/demo/applicants.json); their accounts cannot be signed in to
// (a password nobody knows). Fit, snapshots and answers are made the way a
// real application makes them (lib/domain/career-fit.ts, application-rules.ts).
import { z } from "zod";
import DEMO from "@/prisma/seed/demo/applicants.json";
import type { Prisma } from "@/lib/generated/prisma/client";
import { APPLICATION_STAGES, failsKnockout, type AnsweredQuestion } from "@/lib/domain/application-rules";
import { computeFit, postingRequirements } from "@/lib/domain/career-fit";
import type { Tx } from "@/lib/server/transaction";
import type { ApplicationSnapshot } from "@/lib/views/applications";

const zText = z.string().min(1);
const zDemo = z.object({
  postings: z.array(
    z.object({
      role: zText,
      questions: z.array(z.object({ kind: z.enum(["YES_NO", "TEXT"]), textEn: zText, textRu: zText, knockout: z.boolean().optional(), expectedYes: z.boolean().optional() })),
      applicants: z.array(
        z.object({
          name: zText,
          headline: zText,
          location: zText,
          roles: z.array(z.object({ role: zText, title: zText, years: z.number().int().min(0), current: z.boolean() })),
          skills: z.record(z.string(), z.number().int().min(1).max(5)),
          cover: z.string().nullable(),
          answers: z.array(z.string()),
          stages: z.array(z.enum(APPLICATION_STAGES)),
          reason: z.string().optional(),
          note: z.string().nullable(),
        }),
      ),
    }),
  ),
});

const HOUR = 3_600_000;

/** Writes the demo applicants; returns how many. `owner` is the demo employer (who moved them and wrote the notes). */
export async function createDemoApplicants(tx: Tx, companyId: string, owner: { id: string; name: string }, passwordHash: string, now = new Date()): Promise<number> {
  const demo = zDemo.parse(DEMO);
  const people = demo.postings.flatMap((p) => p.applicants);
  const [skills, roles] = await Promise.all([
    tx.skill.findMany({ where: { slug: { in: [...new Set(people.flatMap((a) => Object.keys(a.skills)))] } }, select: { id: true, slug: true, labelEn: true, labelRu: true } }),
    tx.role.findMany({ where: { slug: { in: [...new Set(people.flatMap((a) => a.roles.map((r) => r.role)))] } }, select: { id: true, slug: true, labelEn: true, labelRu: true } }),
  ]);
  const skill = new Map(skills.map((s) => [s.slug, s]));
  const role = new Map(roles.map((r) => [r.slug, r]));
  let made = 0;
  for (const spec of demo.postings) {
    const posting = await tx.jobPosting.findFirst({
      where: { companyId, status: "PUBLISHED", role: { slug: spec.role } },
      orderBy: { publishedAt: "desc" },
      select: { id: true, publishedAt: true, skills: { select: { skillId: true, mustHave: true, level: true, skill: { select: { status: true } } } } },
    });
    if (!posting) continue;
    const questions = [];
    for (const [position, q] of spec.questions.entries()) {
      questions.push(await tx.postingQuestion.create({ data: { postingId: posting.id, position, kind: q.kind, textEn: q.textEn, textRu: q.textRu, knockout: q.knockout ?? false, expectedYes: q.expectedYes ?? null } }));
    }
    const requirements = postingRequirements(posting.skills);
    for (const a of spec.applicants) {
      made++;
      const appliedAt = new Date(Math.max(posting.publishedAt!.getTime() + HOUR, now.getTime() - (30 - made * 3) * HOUR));
      const mine = Object.entries(a.skills).flatMap(([slug, level], position) => (skill.has(slug) ? [{ ...skill.get(slug)!, level, position }] : []));
      const background = a.roles.flatMap((r, position) => (role.has(r.role) ? [{ ...r, ...role.get(r.role)!, position }] : []));
      const user = await tx.user.create({
        data: {
          email: `applicant${made}@example.com`,
          name: a.name,
          role: "CANDIDATE",
          passwordHash,
          // Findable in the company's candidate search too, so that page is not empty on first start either.
          candidateProfile: { create: { headline: a.headline, location: a.location, discoverable: true } },
          candidateRoles: { create: background.map((r) => ({ roleId: r.id, title: r.title, years: r.years, current: r.current, position: r.position })) },
          candidateSkills: { create: mine.map((s) => ({ skillId: s.id, level: s.level, position: s.position })) },
        },
        select: { id: true, email: true },
      });
      const snapshot: ApplicationSnapshot = {
        name: a.name,
        email: user.email,
        headline: a.headline,
        location: a.location,
        about: null,
        workMode: null,
        languages: [],
        salaryFrom: null,
        currency: null,
        roles: background.map((r) => ({ roleId: r.id, labelEn: r.labelEn, labelRu: r.labelRu, title: r.title, years: r.years, current: r.current })),
        skills: mine.map((s) => ({ skillId: s.id, labelEn: s.labelEn, labelRu: s.labelRu, level: s.level, evidence: null })),
      };
      const answers: AnsweredQuestion[] = questions.map((q, i) => ({ id: q.id, kind: q.kind, textEn: q.textEn, textRu: q.textRu, knockout: q.knockout, expectedYes: q.expectedYes, answer: a.answers[i] ?? "" }));
      const fit = computeFit(requirements, new Map(mine.map((s) => [s.id, s.level])));
      // Each stage a few hours after the one before; withdrawing is the candidate's own step.
      const steps = ["NEW" as const, ...a.stages].map((stage, i) => ({ stage, at: new Date(Math.min(now.getTime(), appliedAt.getTime() + i * 5 * HOUR)) }));
      const last = steps.at(-1)!;
      await tx.application.create({
        data: {
          postingId: posting.id,
          candidateId: user.id,
          stage: last.stage,
          stageChangedAt: last.at,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          coverNote: a.cover,
          answers: answers as unknown as Prisma.InputJsonValue,
          fit: fit.fit,
          mustMet: fit.essentialMet,
          mustTotal: fit.essentialTotal,
          knockoutsFailed: answers.filter(failsKnockout).length,
          rejectionReason: a.reason ?? null,
          version: steps.length,
          createdAt: appliedAt,
          events: {
            create: steps.map((s, i) => ({
              at: s.at,
              from: i === 0 ? null : steps[i - 1]!.stage,
              to: s.stage,
              actorName: i === 0 || s.stage === "WITHDRAWN" ? null : owner.name,
            })),
          },
          notes: a.note ? { create: { authorId: owner.id, authorName: owner.name, body: a.note, createdAt: last.at } } : undefined,
        },
      });
      await tx.jobPosting.update({ where: { id: posting.id }, data: { applicationCount: { increment: 1 } } });
    }
  }
  return made;
}
