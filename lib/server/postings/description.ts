import "server-only";
// The first description of a posting, in English and Russian, written from
// what the wizard has saved: the role's summary, the responsibilities, the
// skills, KPIs and channels, and the terms (lib/domain/posting-description.ts).
import { db } from "@/lib/db";
import { generateDescription } from "@/lib/domain/posting-description";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { LOCALES } from "@/lib/i18n/config";
import { countryName, languageName, salaryRange } from "@/lib/i18n/format";
import { ownPosting } from "@/lib/server/postings/access";
import type { SessionUser } from "@/lib/server/sessions";
import { fail, ok, type Result } from "@/lib/validations/result";

/** A translator of the "postings" namespace in one language. */
export type PostingsTranslator = (key: string, values?: Record<string, string | number>) => string;


export async function draftDescriptions(
  actor: SessionUser,
  postingId: string,
  t: Record<LocaleCode, PostingsTranslator>,
): Promise<Result<{ descriptionEn: string; descriptionRu: string }>> {
  const row = await db.jobPosting.findFirst({
    where: ownPosting(actor, postingId),
    select: {
      role: { select: { summaryEn: true, summaryRu: true } },
      responsibilitiesEn: true,
      responsibilitiesRu: true,
      kpisEn: true,
      kpisRu: true,
      channelsEn: true,
      channelsRu: true,
      employmentType: true,
      workMode: true,
      country: true,
      city: true,
      salaryHidden: true,
      salaryFrom: true,
      salaryTo: true,
      currency: true,
      startDate: true,
      languages: true,
      skills: { orderBy: { position: "asc" }, select: { mustHave: true, level: true, skill: { select: { labelEn: true, labelRu: true } } } },
    },
  });
  if (!row) return fail("errors.notFound");
  const out = {} as Record<LocaleCode, string>;
  for (const locale of LOCALES) {
    const tr = t[locale];
    const suffix = locale === "ru" ? "Ru" : "En";
    const skillLine = (s: (typeof row.skills)[number]) => tr("description.skillLine", { skill: pick(s.skill, "label", locale), level: s.level });
    const place = row.workMode
      ? tr(`workMode.${row.workMode}`) +
        (row.country || row.city
          ? ` (${[row.city, row.country ? countryName(row.country, locale) : null].filter(Boolean).join(", ")})`
          : "")
      : null;
    const salary =
      !row.salaryHidden && row.currency && (row.salaryFrom !== null || row.salaryTo !== null)
        ? tr("description.salary", {
            range: salaryRange({ from: row.salaryFrom, to: row.salaryTo }, locale),
            currency: row.currency,
          })
        : null;
    const languages = (Array.isArray(row.languages) ? (row.languages as { code: string; level: string }[]) : []).map(
      (l) => `${languageName(l.code, locale)} ${tr(`languageLevel.${l.level}`)}`,
    );
    out[locale] = generateDescription({
      headings: {
        about: tr("description.about"),
        responsibilities: tr("description.responsibilities"),
        mustHave: tr("description.mustHave"),
        niceToHave: tr("description.niceToHave"),
        kpis: tr("description.kpis"),
        channels: tr("description.channels"),
        conditions: tr("description.conditions"),
      },
      summary: row.role ? pick(row.role, "summary", locale) : "",
      responsibilities: row[`responsibilities${suffix}`],
      kpis: row[`kpis${suffix}`],
      channels: row[`channels${suffix}`],
      mustHave: row.skills.filter((s) => s.mustHave).map(skillLine),
      niceToHave: row.skills.filter((s) => !s.mustHave).map(skillLine),
      conditions: [
        row.employmentType ? tr(`employmentType.${row.employmentType}`) : null,
        place,
        salary,
        languages.length > 0 ? tr("description.languages", { list: languages.join(", ") }) : null,
        row.startDate ? tr("description.start", { date: row.startDate.toISOString().slice(0, 10) }) : null,
      ].filter((line): line is string => Boolean(line)),
    });
  }
  return ok({ descriptionEn: out.en, descriptionRu: out.ru });
}
