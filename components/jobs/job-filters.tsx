import { getTranslations } from "next-intl/server";
import { countryName } from "@/components/jobs/job-format";
import { buttonClass } from "@/components/ui/button";
import { SENIORITY_ORDER } from "@/lib/domain/taxonomy";
import { CURRENCIES, WORK_MODES } from "@/lib/domain/posting-rules";
import type { AppLocale } from "@/lib/i18n/config";
import { JOB_FAMILIES, POSTED_WITHIN_DAYS, type JobSearch } from "@/lib/validations/job-search";
import type { JobBoardFacets } from "@/lib/views/jobs";

const FIELDSET = "space-y-2 border-t border-slate-200 pt-4";
const LEGEND = "mb-2 text-sm font-semibold text-slate-900";
const CHOICE = "flex items-center gap-2 py-0.5 text-sm text-slate-800";
const CONTROL = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900";

/**
 * The board's filters: plain form controls of the search form (a GET form),
 * so they work without JavaScript and every choice ends up in the address.
 * On a phone they fold into one "Filters" disclosure (closed: the chips above
 * the results say what is on); on a wide screen they stand open beside the
 * results.
 */
export async function JobFilters({ search, facets, locale, activeCount }: { search: JobSearch; facets: JobBoardFacets; locale: AppLocale; activeCount: number }) {
  const [t, tp] = await Promise.all([getTranslations("jobs.board"), getTranslations("postings")]);
  const countries = [...new Set([...facets.countries, ...(search.country ? [search.country] : [])])]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <details className="group rounded-lg border border-slate-200 bg-white p-4 lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {activeCount > 0 ? t("filtersActive", { count: activeCount }) : t("filters")}
      </summary>
      <div className="mt-4 space-y-4">
        <fieldset className={FIELDSET}>
          <legend className={LEGEND}>{t("family.label")}</legend>
          {[null, ...JOB_FAMILIES].map((f) => (
            <label key={f ?? "any"} className={CHOICE}>
              <input type="radio" name="family" value={f ? f.toLowerCase() : ""} defaultChecked={search.family === f} className="h-4 w-4" />
              {f ? t(`family.${f}`) : t("family.any")}
            </label>
          ))}
        </fieldset>
        <fieldset className={FIELDSET}>
          <legend className={LEGEND}>{t("level.label")}</legend>
          {SENIORITY_ORDER.map((s) => (
            <label key={s} className={CHOICE}>
              <input type="checkbox" name="level" value={s.toLowerCase()} defaultChecked={search.seniority.includes(s)} className="h-4 w-4" />
              {t(`level.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className={FIELDSET}>
          <legend className={LEGEND}>{t("mode.label")}</legend>
          {WORK_MODES.map((m) => (
            <label key={m} className={CHOICE}>
              <input type="checkbox" name="mode" value={m.toLowerCase().replace("_", "-")} defaultChecked={search.workModes.includes(m)} className="h-4 w-4" />
              {tp(`workMode.${m}`)}
            </label>
          ))}
        </fieldset>
        <div className={FIELDSET}>
          <label htmlFor="job-country" className={LEGEND + " block"}>
            {t("country.label")}
          </label>
          <select id="job-country" name="country" defaultValue={search.country?.toLowerCase() ?? ""} className={CONTROL}>
            <option value="">{t("country.any")}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code.toLowerCase()}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={FIELDSET} aria-describedby="job-salary-hint">
          <legend className={LEGEND}>{t("salary.label")}</legend>
          <div className="grid grid-cols-[minmax(0,1fr)_6rem] gap-2">
            <label className="text-xs text-slate-700">
              {t("salary.amount")}
              <input name="salary" type="number" inputMode="numeric" min={1} step={1} defaultValue={search.salary?.amount ?? ""} className={`${CONTROL} mt-1`} />
            </label>
            <label className="text-xs text-slate-700">
              {t("salary.currency")}
              <select name="currency" defaultValue={(search.salary?.currency ?? (locale === "ru" ? "RUB" : "USD")).toLowerCase()} className={`${CONTROL} mt-1`}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c.toLowerCase()}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p id="job-salary-hint" className="text-xs text-slate-600">
            {t("salary.hint")}
          </p>
        </fieldset>
        <fieldset className={FIELDSET} aria-describedby="job-skills-hint">
          <legend className={LEGEND}>{t("skills.label")}</legend>
          <p id="job-skills-hint" className="text-xs text-slate-600">
            {t("skills.hint")}
          </p>
          <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-1">
            {facets.skills.map((s) => (
              <label key={s.value} className={CHOICE}>
                <input type="checkbox" name="skill" value={s.value} defaultChecked={search.skills.includes(s.value)} className="h-4 w-4 shrink-0" />
                {s.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={FIELDSET}>
          <label htmlFor="job-role" className={LEGEND + " block"}>
            {t("role.label")}
          </label>
          <select id="job-role" name="role" defaultValue={search.role ?? ""} className={CONTROL}>
            <option value="">{t("role.any")}</option>
            {facets.roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className={FIELDSET}>
          <label htmlFor="job-posted" className={LEGEND + " block"}>
            {t("posted.label")}
          </label>
          <select id="job-posted" name="posted" defaultValue={search.postedWithinDays ?? ""} className={CONTROL}>
            <option value="">{t("posted.any")}</option>
            {POSTED_WITHIN_DAYS.map((d) => (
              <option key={d} value={d}>
                {t(`posted.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary", "w-full")}>
          {t("apply")}
        </button>
      </div>
    </details>
  );
}
