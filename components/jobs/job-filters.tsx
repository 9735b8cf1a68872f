import { getTranslations } from "next-intl/server";
import { compareText, countryName } from "@/lib/i18n/format";
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

type Option = { value: string; label: string };

/** A filter of one choice from a list, "any" first. */
function SelectFilter({ name, label, any, value, options }: { name: string; label: string; any: string; value: string; options: Option[] }) {
  return (
    <div className={FIELDSET}>
      <label htmlFor={`job-${name}`} className={`${LEGEND} block`}>
        {label}
      </label>
      <select id={`job-${name}`} name={name} defaultValue={value} className={CONTROL}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A filter of any number of choices (or exactly one, as radio buttons). */
function ChoiceFilter({ name, legend, options, chosen, one = false }: { name: string; legend: string; options: Option[]; chosen: string[]; one?: boolean }) {
  return (
    <fieldset className={FIELDSET}>
      <legend className={LEGEND}>{legend}</legend>
      {options.map((o) => (
        <label key={o.value || "any"} className={CHOICE}>
          <input type={one ? "radio" : "checkbox"} name={name} value={o.value} defaultChecked={chosen.includes(o.value)} className="h-4 w-4 shrink-0" />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

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
    .sort((a, b) => compareText(a.name, b.name, locale));

  return (
    <details className="group rounded-lg border border-slate-200 bg-white p-4 lg:[&::details-content]:[content-visibility:visible] lg:[&::details-content]:block">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        {activeCount > 0 ? t("filtersActive", { count: activeCount }) : t("filters")}
      </summary>
      <div className="mt-4 space-y-4">
        <ChoiceFilter
          name="family"
          one
          legend={t("family.label")}
          options={[{ value: "", label: t("family.any") }, ...JOB_FAMILIES.map((f) => ({ value: f.toLowerCase(), label: t(`family.${f}`) }))]}
          chosen={[search.family?.toLowerCase() ?? ""]}
        />
        <ChoiceFilter
          name="level"
          legend={t("level.label")}
          options={SENIORITY_ORDER.map((s) => ({ value: s.toLowerCase(), label: t(`level.${s}`) }))}
          chosen={search.seniority.map((s) => s.toLowerCase())}
        />
        <ChoiceFilter
          name="mode"
          legend={t("mode.label")}
          options={WORK_MODES.map((m) => ({ value: m.toLowerCase().replace("_", "-"), label: tp(`workMode.${m}`) }))}
          chosen={search.workModes.map((m) => m.toLowerCase().replace("_", "-"))}
        />
        <SelectFilter
          name="country"
          label={t("country.label")}
          any={t("country.any")}
          value={search.country?.toLowerCase() ?? ""}
          options={countries.map((c) => ({ value: c.code.toLowerCase(), label: c.name }))}
        />
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
        <SelectFilter name="role" label={t("role.label")} any={t("role.any")} value={search.role ?? ""} options={facets.roles} />
        <SelectFilter
          name="posted"
          label={t("posted.label")}
          any={t("posted.any")}
          value={String(search.postedWithinDays ?? "")}
          options={POSTED_WITHIN_DAYS.map((d) => ({ value: String(d), label: t(`posted.${d}`) }))}
        />
        <button type="submit" className={buttonClass("primary", "w-full")}>
          {t("apply")}
        </button>
      </div>
    </details>
  );
}
