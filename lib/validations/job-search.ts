// The job board's address is its state: every filter, the sort and the page
// live in the query string, so any search can be shared, bookmarked and used
// without JavaScript (a plain GET form). parseJobSearch reads any query string
// a visitor or a crawler can send, keeps what it understands and drops the
// rest (a bad link still shows jobs, never an error); jobSearchParams writes
// the canonical form back, defaults left out.
import { searchTextOf } from "@/lib/domain/search-text";
import { SENIORITY_ORDER } from "@/lib/domain/taxonomy";
import { CURRENCIES, SALARY_BOUNDS, WORK_MODES, type CurrencyCode, type WorkModeCode } from "@/lib/domain/posting-rules";
import COUNTRY_CODES from "@/lib/domain/countries.json";

export const JOB_FAMILIES = ["SMM", "COMMUNITY"] as const;
export const POSTED_WITHIN_DAYS = [1, 3, 7, 30] as const;
/** "fit" ranks by the signed-in candidate's skills (anyone else gets "date"). */
export const JOB_SORTS = ["relevance", "date", "fit"] as const;
export const JOBS_PER_PAGE = 20;
/** Results a search can page through; beyond this the reader narrows the search (as hh.ru does at 2,000). */
export const JOB_RESULTS_MAX = 1000;
export const JOB_PAGES_MAX = JOB_RESULTS_MAX / JOBS_PER_PAGE;
const SKILLS_MAX = 10;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;

export type JobFamily = (typeof JOB_FAMILIES)[number];
export type SeniorityCode = (typeof SENIORITY_ORDER)[number];
export type JobSort = (typeof JOB_SORTS)[number];

export interface JobSearch {
  text: string;
  words: string[];
  family: JobFamily | null;
  seniority: SeniorityCode[];
  workModes: WorkModeCode[];
  country: string | null;
  /** "Salary from": postings in this currency whose range reaches the amount. */
  salary: { amount: number; currency: CurrencyCode } | null;
  skills: string[];
  role: string | null;
  postedWithinDays: (typeof POSTED_WITHIN_DAYS)[number] | null;
  sort: JobSort;
  page: number;
  /** Epoch seconds: pages after the first show postings published by then, so new ones do not shift them. */
  asOf: number | null;
  /** Something typed was left out (too long a text, too many words or skills). */
  truncated: boolean;
}

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function valuesOf(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const v = params[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

const first = (params: RawParams, key: string) => valuesOf(params, key)[0] ?? "";
const pickAll = <T extends string>(params: RawParams, key: string, allowed: readonly T[], toCode: (v: string) => string) => {
  const wanted = new Set(valuesOf(params, key).flatMap((v) => v.split(",")).map(toCode));
  return allowed.filter((a) => wanted.has(a));
};
const upper = (v: string) => v.trim().toUpperCase().replace(/-/g, "_");
const wholeNumber = (v: string) => (/^\d{1,12}$/.test(v.trim()) ? Number(v.trim()) : null);

export function parseJobSearch(params: RawParams): JobSearch {
  const { text, words, truncated } = searchTextOf(valuesOf(params, "q").join(" "));
  const familyCode = upper(first(params, "family"));
  const currency = CURRENCIES.find((c) => c === upper(first(params, "currency"))) ?? null;
  const amount = wholeNumber(first(params, "salary"));
  const country = upper(first(params, "country"));
  const skillsWanted = [...new Set(valuesOf(params, "skill").flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()))].filter((s) => SLUG.test(s));
  const role = first(params, "role").trim().toLowerCase();
  const posted = wholeNumber(first(params, "posted"));
  const sort = JOB_SORTS.find((s) => s === first(params, "sort")) ?? (words.length > 0 ? "relevance" : "date");
  const page = wholeNumber(first(params, "page"));
  const asOf = wholeNumber(first(params, "asof"));
  return {
    text,
    words,
    family: JOB_FAMILIES.find((f) => f === familyCode) ?? null,
    seniority: pickAll(params, "level", SENIORITY_ORDER, upper),
    workModes: pickAll(params, "mode", WORK_MODES, upper),
    country: (COUNTRY_CODES as string[]).includes(country) ? country : null,
    salary: currency && amount !== null && amount > 0 ? { amount: Math.min(amount, SALARY_BOUNDS[currency].max), currency } : null,
    skills: skillsWanted.slice(0, SKILLS_MAX),
    role: SLUG.test(role) ? role : null,
    postedWithinDays: POSTED_WITHIN_DAYS.find((d) => d === posted) ?? null,
    sort: words.length > 0 || sort === "fit" ? sort : "date",
    page: page !== null && page >= 1 ? Math.min(page, JOB_PAGES_MAX) : 1,
    asOf: page !== null && page > 1 && asOf !== null && asOf > 0 ? asOf : null,
    truncated: truncated || skillsWanted.length > SKILLS_MAX,
  };
}

const lower = (v: string) => v.toLowerCase().replace(/_/g, "-");

/** The canonical query string of a search (defaults left out); `change` replaces parts of it first. */
export function jobSearchParams(search: JobSearch, change: Partial<JobSearch> = {}): URLSearchParams {
  const s = { ...search, ...change };
  const out = new URLSearchParams();
  if (s.text) out.set("q", s.text);
  if (s.family) out.set("family", lower(s.family));
  for (const v of s.seniority) out.append("level", lower(v));
  for (const v of s.workModes) out.append("mode", lower(v));
  if (s.country) out.set("country", s.country.toLowerCase());
  if (s.salary) {
    out.set("salary", String(s.salary.amount));
    out.set("currency", s.salary.currency.toLowerCase());
  }
  for (const v of s.skills) out.append("skill", v);
  if (s.role) out.set("role", s.role);
  if (s.postedWithinDays) out.set("posted", String(s.postedWithinDays));
  const defaultSort: JobSort = s.words.length > 0 ? "relevance" : "date";
  if (s.sort !== defaultSort) out.set("sort", s.sort);
  if (s.page > 1) {
    out.set("page", String(s.page));
    if (s.asOf) out.set("asof", String(s.asOf));
  }
  return out;
}

/** The address of a search: `/jobs?…`. */
export function jobSearchHref(search: JobSearch, change: Partial<JobSearch> = {}): string {
  const query = jobSearchParams(search, change).toString();
  return query ? `/jobs?${query}` : "/jobs";
}

/** Whether a search narrows anything (no text and no filter: the whole board, newest first). */
export function hasFilters(s: JobSearch): boolean {
  return Boolean(s.family || s.seniority.length || s.workModes.length || s.country || s.salary || s.skills.length || s.role || s.postedWithinDays);
}
