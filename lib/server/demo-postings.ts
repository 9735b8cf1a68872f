import "server-only";
// Published demo postings for an empty embedded database, so that a newcomer's
// first `npm start` shows a job board worth searching. The lines that differ
// between postings are data (prisma/seed/demo/postings.json); the rest comes
// from each posting's role in the taxonomy, as the wizard's template step
// fills it in: responsibilities, KPIs, channels and skills, in both languages.
import { z } from "zod";
import DEMO from "@/prisma/seed/demo/postings.json";
import { CURRENCIES, expiryDate, WORK_MODES } from "@/lib/domain/posting-rules";
import { EMPLOYMENT_TYPES } from "@/lib/validations/posting";
import { syncJobSearch } from "@/lib/server/job-search/sync";
import type { Tx } from "@/lib/server/transaction";

const zText = z.string().min(1);
const zDemo = z.object({
  headings: z.record(z.enum(["en", "ru"]), z.object({ do: zText, measure: zText, channels: zText })),
  companies: z.array(z.object({ name: zText, website: z.string().url(), aboutEn: zText, aboutRu: zText })).min(1),
  postings: z.array(
    z.object({
      role: zText,
      company: z.number().int().min(0),
      titleEn: zText,
      titleRu: zText,
      workMode: z.enum(WORK_MODES),
      country: z.string().length(2),
      city: z.string().nullable(),
      salary: z.tuple([z.number().int(), z.number().int(), z.enum(CURRENCIES)]).nullable(),
      employment: z.enum(EMPLOYMENT_TYPES),
      daysAgo: z.number().int().min(0).max(29),
    }),
  ),
});

const bullets = (lines: string[]) => lines.map((l) => `- ${l}`).join("\n");

function description(about: string, summary: string, h: { do: string; measure: string; channels: string }, role: Record<"r" | "k" | "c", string[]>) {
  return [about, summary, `**${h.do}**\n\n${bullets(role.r)}`, `**${h.measure}**\n\n${bullets(role.k)}`, `**${h.channels}:** ${role.c.join(", ")}`].join("\n\n");
}

/**
 * Writes the demo postings; `ownCompanyId` is the demo employer's company,
 * which gets the first company's postings (so they can be managed from the
 * demo account). Returns how many were written.
 */
export async function createDemoPostings(tx: Tx, ownCompanyId: string, now = new Date()): Promise<number> {
  const demo = zDemo.parse(DEMO);
  const companyIds = [ownCompanyId];
  for (const c of demo.companies.slice(1)) {
    companyIds.push((await tx.company.create({ data: { name: c.name, website: c.website, description: c.aboutEn }, select: { id: true } })).id);
  }
  const roles = await tx.role.findMany({
    where: { slug: { in: [...new Set(demo.postings.map((p) => p.role))] } },
    include: { requirements: { orderBy: { position: "asc" }, include: { skill: { select: { status: true } } } } },
  });
  const ids: string[] = [];
  for (const [i, p] of demo.postings.entries()) {
    const role = roles.find((r) => r.slug === p.role);
    const company = demo.companies[p.company];
    if (!role || !company || (role.family !== "SMM" && role.family !== "COMMUNITY")) continue;
    // Spread over the day too, so "newest first" has a stable, believable order.
    const publishedAt = new Date(now.getTime() - p.daysAgo * 86_400_000 - i * 37 * 60_000);
    const skills = role.requirements.filter((r) => r.skill.status === "ACTIVE").slice(0, 10);
    const posting = await tx.jobPosting.create({
      data: {
        companyId: companyIds[p.company] ?? ownCompanyId,
        status: "PUBLISHED",
        stepReached: 5,
        family: role.family,
        roleId: role.id,
        titleEn: p.titleEn,
        titleRu: p.titleRu,
        responsibilitiesEn: role.responsibilitiesEn,
        responsibilitiesRu: role.responsibilitiesRu,
        kpisEn: role.kpisEn,
        kpisRu: role.kpisRu,
        channelsEn: role.channelsEn,
        channelsRu: role.channelsRu,
        employmentType: p.employment,
        workMode: p.workMode,
        country: p.country,
        city: p.city,
        salaryFrom: p.salary?.[0] ?? null,
        salaryTo: p.salary?.[1] ?? null,
        currency: p.salary?.[2] ?? null,
        salaryHidden: p.salary === null,
        languages: p.country === "RU" ? [{ code: "ru", level: "NATIVE" }] : [{ code: "en", level: "B2" }],
        validDays: 30,
        descriptionEn: description(company.aboutEn, role.summaryEn, demo.headings.en!, { r: role.responsibilitiesEn, k: role.kpisEn, c: role.channelsEn }),
        descriptionRu: description(company.aboutRu, role.summaryRu, demo.headings.ru!, { r: role.responsibilitiesRu, k: role.kpisRu, c: role.channelsRu }),
        submittedAt: publishedAt,
        publishedAt,
        expiresAt: expiryDate(publishedAt, 30),
        skills: { create: skills.map((r, position) => ({ skillId: r.skillId, mustHave: r.importance === "ESSENTIAL", level: r.minLevel, position })) },
        events: { create: [{ at: publishedAt, actorName: "Rolemap", from: "SUBMITTED", to: "PUBLISHED", note: "demo" }] },
      },
      select: { id: true },
    });
    ids.push(posting.id);
  }
  await syncJobSearch(tx, ids);
  return ids.length;
}
