import "server-only";
// The job board's one entry point for pages: a search (as parsed from the
// address by lib/validations/job-search.ts) in, a page of job cards out. How
// postings are found is engine.ts's business; this file resolves the
// taxonomy's slugs and turns ids into cards in the reader's language.
import { db } from "@/lib/db";
import { jobSlug } from "@/lib/domain/job-slug";
import { pick, type LocaleCode } from "@/lib/domain/taxonomy";
import { cachedTaxonomy } from "@/lib/server/taxonomy/cache";
import { findJobs, type SearchIds } from "@/lib/server/job-search/engine";
import { JOB_PAGES_MAX, JOBS_PER_PAGE, type JobSearch } from "@/lib/validations/job-search";
import type { JobBoardFacets, JobCard, JobSearchResult } from "@/lib/views/jobs";

export { syncJobSearch } from "@/lib/server/job-search/engine";

const CARD_SKILLS = 4;
const COUNTRIES_TTL_MS = 60_000;

interface FacetRows {
  roles: { id: string; slug: string; family: "SMM" | "COMMUNITY"; labelEn: string; labelRu: string }[];
  skills: { id: string; slug: string; labelEn: string; labelRu: string; group: { labelEn: string; labelRu: string } }[];
}

/** The roles and skills the board filters by (SMM and community roles; skills they or postings ask for), per taxonomy revision. */
function facetRows(): Promise<FacetRows> {
  return cachedTaxonomy("job-board-facets", async () => {
    const [roles, skills] = await Promise.all([
      db.role.findMany({
        where: { family: { in: ["SMM", "COMMUNITY"] } },
        orderBy: [{ family: "asc" }, { position: "asc" }],
        select: { id: true, slug: true, family: true, labelEn: true, labelRu: true },
      }),
      db.skill.findMany({
        where: { status: "ACTIVE", requirements: { some: { role: { family: { in: ["SMM", "COMMUNITY"] } } } } },
        orderBy: [{ group: { position: "asc" } }, { position: "asc" }],
        select: { id: true, slug: true, labelEn: true, labelRu: true, group: { select: { labelEn: true, labelRu: true } } },
      }),
    ]);
    return { roles: roles as FacetRows["roles"], skills };
  });
}

let countries: { at: number; codes: Promise<string[]> } | undefined;

/** Countries with open postings (distinct over an index; kept a minute, as postings come and go slowly). */
function openCountries(): Promise<string[]> {
  if (!countries || Date.now() - countries.at > COUNTRIES_TTL_MS) {
    const codes = db.$queryRaw<{ country: string }[]>`
      SELECT DISTINCT "country" FROM "PostingSearch" WHERE "country" IS NOT NULL AND "expiresAt" > now() ORDER BY "country"`.then((rows) =>
      rows.map((r) => r.country),
    );
    countries = { at: Date.now(), codes };
    codes.catch(() => (countries = undefined));
  }
  return countries.codes;
}

export async function getJobBoardFacets(locale: LocaleCode): Promise<JobBoardFacets> {
  const [rows, codes] = await Promise.all([facetRows(), openCountries()]);
  return {
    roles: rows.roles.map((r) => ({ value: r.slug, label: pick(r, "label", locale), family: r.family })),
    skills: rows.skills.map((s) => ({ value: s.slug, label: pick(s, "label", locale), group: pick(s.group, "label", locale) })),
    countries: codes,
  };
}

async function searchIds(search: JobSearch): Promise<SearchIds> {
  if (search.skills.length === 0 && !search.role) return { skillIds: [], roleId: undefined };
  const rows = await facetRows();
  return {
    // A skill the taxonomy no longer has is dropped (the filter shows only known ones); an unknown role finds nothing.
    skillIds: search.skills.map((slug) => rows.skills.find((s) => s.slug === slug)?.id).filter((id): id is string => Boolean(id)),
    roleId: search.role ? (rows.roles.find((r) => r.slug === search.role)?.id ?? null) : undefined,
  };
}

async function cardsOf(ids: string[], locale: LocaleCode): Promise<JobCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.jobPosting.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      titleEn: true,
      titleRu: true,
      workMode: true,
      country: true,
      city: true,
      salaryHidden: true,
      salaryFrom: true,
      salaryTo: true,
      currency: true,
      publishedAt: true,
      company: { select: { name: true } },
      role: { select: { labelEn: true, labelRu: true } },
      skills: {
        orderBy: [{ mustHave: "desc" }, { level: "desc" }, { position: "asc" }],
        take: CARD_SKILLS,
        select: { skill: { select: { labelEn: true, labelRu: true } } },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const disclosed = !r.salaryHidden && r.currency && (r.salaryFrom !== null || r.salaryTo !== null);
    return [
      {
        id: r.id,
        slug: jobSlug(r.titleEn || r.titleRu, r.id),
        title: pick(r, "title", locale),
        companyName: r.company.name,
        roleLabel: r.role ? pick(r.role, "label", locale) : null,
        workMode: r.workMode,
        country: r.country,
        city: r.city,
        salary: disclosed ? { from: r.salaryFrom, to: r.salaryTo, currency: r.currency! } : null,
        publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
        skills: r.skills.map((s) => pick(s.skill, "label", locale)),
      },
    ];
  });
}

export async function searchJobs(search: JobSearch, locale: LocaleCode, now = new Date()): Promise<JobSearchResult> {
  const found = await findJobs(search, await searchIds(search), now);
  const shown = Math.min(found.total, JOB_PAGES_MAX * JOBS_PER_PAGE);
  return {
    cards: await cardsOf(found.ids, locale),
    total: found.total,
    exact: found.exact,
    asOf: Math.floor(found.asOf.getTime() / 1000),
    pageCount: Math.max(1, Math.ceil(shown / JOBS_PER_PAGE)),
  };
}
