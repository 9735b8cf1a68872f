// "I am a…": a plain GET form on the roles page (works without JavaScript)
// that shows where a role leads, feeder professions first, as the people who
// ask are most often coming from one.
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { RoleSummary } from "@/lib/views/taxonomy";

const ASK_ORDER = ["FEEDER", "ADJACENT", "SMM", "COMMUNITY"] as const;

export async function WhereFrom({ roles, chosen }: { roles: RoleSummary[]; chosen: string | null }) {
  const t = await getTranslations("career.public");
  const tr = await getTranslations("career.background.roles.families");
  return (
    <form method="get" action="/roles#where-next" className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
      <div className="flex-1">
        <label htmlFor="where-from" className="block text-sm font-medium text-slate-800">
          {t("ask")} <span className="font-normal text-slate-600">({t("askLabel")})</span>
        </label>
        <Select id="where-from" name="from" defaultValue={chosen ?? ""} className="mt-1" required>
          <option value="" disabled>
            {t("askLabel")}
          </option>
          {ASK_ORDER.map((family) => (
            <optgroup key={family} label={tr(family)}>
              {roles
                .filter((r) => r.family === family)
                .map((r) => (
                  <option key={r.slug} value={r.slug}>
                    {r.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
      </div>
      <Button type="submit">{t("show")}</Button>
    </form>
  );
}
