import "server-only";
// The job board's one entry point for pages: a search (as parsed from the
// address by lib/validations/job-search.ts) in, a page of job cards out. How
// postings are found is engine.ts's business; this file resolves the
// taxonomy's slugs and turns ids into cards in the reader's language.
import { db } from "@/lib/db";
import { jobMatch, type StatedSkills } from "@/lib/domain/career-fit";
import { jobSlug } from "@/lib/domain/job-slug";
import { compareText } from "@/lib/i18n/format";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { cachedTaxonomy } from "@/lib/server/taxonomy/cache";
import { findJobs, type SearchIds } from "@/lib/server/job-search/engine";
import { JOB_PAGES_MAX, JOBS_PER_PAGE, type JobSearch } from "@/lib/validations/job-search";
import type { JobBoardFacets, JobCard, JobSearchResult } from "@/lib/views/jobs";

export { syncJobSearch } from "@/lib/server/job-search/sync";

const CARD_SKILLS = 4;
/** Skills the filter offers: the ones most SMM and community roles ask for (any other is found by typing it). */
const FACET_SKILLS = 16;
const FACTS_TTL_MS = 60_000;

type SkillRow = {
  id: string;
  slug: string;
  labelEn: string;
  labelRu: string;
  _count: { requirements: number };
};

interface FacetRows {
  roles: { id: string; slug: string; family: "SMM" | "COMMUNITY"; labelEn: string; labelRu: string }[];
  /** Every active skill SMM and community roles ask for, the most asked-for first. */
  skills: SkillRow[];
  /** The skills the taxonomy retired: the "fit" sort leaves them out. */
  retiredSkillIds: string[];
}

/** The roles and skills the board filters by (SMM and community roles and the skills they ask for), per taxonomy revision. */
function facetRows(): Promise<FacetRows> {
  return cachedTaxonomy("job-board-facets", async () => {
    const [roles, skills, retired] = await Promise.all([
      db.role.findMany({
        where: { family: { in: ["SMM", "COMMUNITY"] } },
        orderBy: [{ family: "asc" }, { position: "asc" }],
        select: { id: true, slug: true, family: true, labelEn: true, labelRu: true },
      }),
      db.skill.findMany({
        where: { status: "ACTIVE", requirements: { some: { role: { family: { in: ["SMM", "COMMUNITY"] } } } } },
        orderBy: [{ requirements: { _count: "desc" } }, { position: "asc" }],
        select: {
          id: true,
          slug: true,
          labelEn: true,
          labelRu: true,
          _count: { select: { requirements: { where: { role: { family: { in: ["SMM", "COMMUNITY"] } } } } } },
        },
      }),
      db.skill.findMany({ where: { status: "DEPRECATED" }, select: { id: true } }),
    ]);
    return { roles: roles as FacetRows["roles"], skills, retiredSkillIds: retired.map((r) => r.id) };
  });
}

/** `load()`'s answer, kept a minute (postings come and go slowly); a failed read is not kept. */
function keptAMinute<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: { at: number; value: Promise<T> } | undefined;
  return () => {
    if (!kept || Date.now() - kept.at > FACTS_TTL_MS) {
      const value = load();
      kept = { at: Date.now(), value };
      value.catch(() => (kept = undefined));
    }
    return kept.value;
  };
}

/** Countries with open postings (distinct over an index). */
const openCountries = keptAMinute(() =>
  db.$queryRaw<{ country: string }[]>`
    SELECT DISTINCT "country" FROM "PostingSearch" WHERE "country" IS NOT NULL AND "expiresAt" > now() ORDER BY "country"`.then((rows) =>
    rows.map((r) => r.country),
  ),
);

/** How many open postings each role has (role id → count), for the career map's "jobs open now". */
export const countOpenJobsByRole = keptAMinute(() =>
  db.$queryRaw<{ roleId: string; count: number }[]>`
    SELECT "roleId", count(*)::int AS "count" FROM "PostingSearch" WHERE "roleId" IS NOT NULL AND "expiresAt" > now() GROUP BY "roleId"`.then(
    (rows) => new Map(rows.map((r) => [r.roleId, r.count])),
  ),
);

/** What the filters offer: every role, the most asked-for skills (and any `chosen` one), the countries with open postings. */
export async function getJobBoardFacets(locale: LocaleCode, chosen: string[] = []): Promise<JobBoardFacets> {
  const [rows, codes] = await Promise.all([facetRows(), openCountries()]);
  const skills = rows.skills.filter((s, i) => i < FACET_SKILLS || chosen.includes(s.slug));
  return {
    roles: rows.roles.map((r) => ({ value: r.slug, label: pick(r, "label", locale), family: r.family })),
    skills: skills
      .map((s) => ({ value: s.slug, label: pick(s, "label", locale) }))
      .sort((a, b) => compareText(a.label, b.label, locale)),
    countries: codes,
  };
}

/** The taxonomy ids a search names (its skills, its role; the reader's stated skills for the fit sort). */
export async function searchIds(search: JobSearch, mine: StatedSkills | undefined): Promise<SearchIds> {
  if (search.skills.length === 0 && !search.role && !mine) return { skillIds: [], roleId: undefined };
  const rows = await facetRows();
  return {
    // A skill the taxonomy no longer has is dropped (the filter shows only known ones); an unknown role finds nothing.
    skillIds: search.skills.map((slug) => rows.skills.find((s) => s.slug === slug)?.id).filter((id): id is string => Boolean(id)),
    roleId: search.role ? (rows.roles.find((r) => r.slug === search.role)?.id ?? null) : undefined,
    mine: mine ? { skillIds: [...mine.keys()], levels: [...mine.values()], retiredSkillIds: rows.retiredSkillIds } : undefined,
  };
}

type CardRow = {
  id: string;
  titleEn: string;
  titleRu: string;
  workMode: string | null;
  country: string | null;
  city: string | null;
  salaryHidden: boolean;
  salaryFrom: number | null;
  salaryTo: number | null;
  currency: string | null;
  publishedAt: Date | null;
  companyName: string;
  roleLabelEn: string | null;
  roleLabelRu: string | null;
  /** Every skill of the posting, the most important first. */
  skills: { skillId: string; labelEn: string; labelRu: string; mustHave: boolean; level: number; status: "ACTIVE" | "DEPRECATED" }[] | null;
};

/**
 * A page's cards in one statement (a results page is read on every search: one
 * round trip, not one per relation), each with the reader's match when their
 * stated skills are given.
 */
async function cardsOf(ids: string[], locale: LocaleCode, mine: StatedSkills | undefined): Promise<JobCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<CardRow[]>`
    SELECT p."id", p."titleEn", p."titleRu", p."workMode"::text AS "workMode", p."country", p."city", p."salaryHidden", p."salaryFrom", p."salaryTo",
           p."currency"::text AS "currency", p."publishedAt", c."name" AS "companyName", r."labelEn" AS "roleLabelEn", r."labelRu" AS "roleLabelRu",
           s."skills"
    FROM "JobPosting" p
    JOIN "Company" c ON c."id" = p."companyId"
    LEFT JOIN "Role" r ON r."id" = p."roleId"
    LEFT JOIN LATERAL (
      SELECT json_agg(json_build_object('skillId', ps."skillId", 'labelEn', k."labelEn", 'labelRu', k."labelRu", 'mustHave', ps."mustHave",
                                        'level', ps."level", 'status', k."status") ORDER BY ps."mustHave" DESC, ps."level" DESC, ps."position") AS "skills"
      FROM "PostingSkill" ps JOIN "Skill" k ON k."id" = ps."skillId"
      WHERE ps."postingId" = p."id"
    ) s ON TRUE
    WHERE p."id" = ANY(${ids}::text[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const disclosed = !r.salaryHidden && r.currency && (r.salaryFrom !== null || r.salaryTo !== null);
    const skills = r.skills ?? [];
    const match = mine ? jobMatch(skills.map((k) => ({ ...k, skill: k })), mine, locale) : undefined;
    return [
      {
        id: r.id,
        slug: jobSlug(r.titleEn || r.titleRu, r.id),
        title: pick(r, "title", locale),
        companyName: r.companyName,
        roleLabel: r.roleLabelEn !== null ? pick({ labelEn: r.roleLabelEn, labelRu: r.roleLabelRu ?? "" }, "label", locale) : null,
        workMode: r.workMode,
        country: r.country,
        city: r.city,
        salary: disclosed ? { from: r.salaryFrom, to: r.salaryTo, currency: r.currency! } : null,
        publishedAt: new Date(r.publishedAt ?? 0).toISOString(),
        skills: skills.slice(0, CARD_SKILLS).map((k) => pick(k, "label", locale)),
        ...(match ? { match } : {}),
      },
    ];
  });
}

/** A page of results; `mine` (the reader's stated skills) is what the "fit" sort ranks by and each card's match. */
export async function searchJobs(search: JobSearch, locale: LocaleCode, now = new Date(), mine?: StatedSkills): Promise<JobSearchResult> {
  const found = await findJobs(search, await searchIds(search, mine), now);
  const shown = Math.min(found.total, JOB_PAGES_MAX * JOBS_PER_PAGE);
  return {
    cards: await cardsOf(found.ids, locale, mine),
    total: found.total,
    exact: found.exact,
    asOf: Math.floor(found.asOf.getTime() / 1000),
    pageCount: Math.max(1, Math.ceil(shown / JOBS_PER_PAGE)),
  };
}
