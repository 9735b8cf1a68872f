import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/config";
import { jobSearchHref, type JobSearch } from "@/lib/validations/job-search";
import type { JobBoardFacets } from "@/lib/views/jobs";

/** What the search narrows by, each a link that takes that one part away; with `linked` false, only named (a saved search's description). */
export async function JobChips({ search, facets, locale, linked = true }: { search: JobSearch; facets: JobBoardFacets; locale: AppLocale; linked?: boolean }) {
  const [t, tp] = await Promise.all([getTranslations("jobs.board"), getTranslations("postings")]);
  const labelOf = (list: { value: string; label: string }[], value: string) => list.find((x) => x.value === value)?.label ?? value;
  const chips: { label: string; change: Partial<JobSearch> }[] = [
    ...(search.text ? [{ label: t("chipText", { text: search.text }), change: { text: "", words: [] } }] : []),
    ...(search.family ? [{ label: t(`family.${search.family}`), change: { family: null } }] : []),
    ...search.seniority.map((s) => ({ label: t(`level.${s}`), change: { seniority: search.seniority.filter((x) => x !== s) } })),
    ...search.workModes.map((m) => ({ label: tp(`workMode.${m}`), change: { workModes: search.workModes.filter((x) => x !== m) } })),
    ...(search.country ? [{ label: countryName(search.country, locale), change: { country: null } }] : []),
    ...(search.salary ? [{ label: t("chipSalary", { amount: search.salary.amount, currency: search.salary.currency }), change: { salary: null } }] : []),
    ...search.skills.map((s) => ({ label: labelOf(facets.skills, s), change: { skills: search.skills.filter((x) => x !== s) } })),
    ...(search.role ? [{ label: labelOf(facets.roles, search.role), change: { role: null } }] : []),
    ...(search.postedWithinDays ? [{ label: t(`posted.${search.postedWithinDays}`), change: { postedWithinDays: null } }] : []),
  ];
  if (chips.length === 0) return null;
  if (!linked) {
    return (
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.label} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
            {c.label}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className="mb-4">
      <h3 className="sr-only">{t("chips")}</h3>
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.label}>
            <Link
              href={jobSearchHref(search, { ...c.change, page: 1 })}
              prefetch={false}
              aria-label={t("removeChip", { label: c.label })}
              className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-brand-100"
            >
              {c.label}
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/jobs" prefetch={false} className="inline-flex items-center px-2 py-1 text-sm text-slate-700 underline hover:text-slate-950">
            {t("reset")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
