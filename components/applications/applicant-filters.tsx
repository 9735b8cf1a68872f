// The applicants list's filters as a GET form: works without JavaScript, and
// every choice is in the address (a member can share the filtered list).
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { APPLICATION_STAGES } from "@/lib/domain/application-rules";
import type { ApplicantFilter } from "@/lib/validations/application";

const FIT_STEPS = [25, 50, 75];

export async function ApplicantFilters({ filter, action }: { filter: ApplicantFilter; action: string }) {
  const [t, ts] = await Promise.all([getTranslations("applications.applicants"), getTranslations("applications.stage")]);
  return (
    <form method="get" action={action} aria-label={t("filters")} className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
      <div>
        <label htmlFor="applicants-stage" className="mb-1 block text-sm font-medium text-slate-800">
          {t("stageFilter")}
        </label>
        <Select id="applicants-stage" name="stage" defaultValue={filter.stage}>
          <option value="active">{t("active")}</option>
          <option value="all">{t("all")}</option>
          {APPLICATION_STAGES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <label htmlFor="applicants-fit" className="mb-1 block text-sm font-medium text-slate-800">
          {t("fitMin")}
        </label>
        <Select id="applicants-fit" name="fit" defaultValue={String(filter.fitMin)}>
          <option value="0">{t("anyFit")}</option>
          {FIT_STEPS.map((v) => (
            <option key={v} value={v}>
              {t("percent", { value: v })}
            </option>
          ))}
        </Select>
      </div>
      <label className="flex items-center gap-2 py-2 text-sm text-slate-800">
        <input type="checkbox" name="knockouts" value="passed" defaultChecked={filter.knockoutsPassed} className="h-4 w-4 shrink-0" />
        {t("knockouts")}
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("filter")}
      </button>
    </form>
  );
}
