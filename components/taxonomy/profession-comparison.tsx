import { getTranslations } from "next-intl/server";
import { TableFrame } from "@/components/ui/table-frame";

const ROWS = ["goal", "audience", "tools", "metrics"] as const;

/** SMM specialist and community manager side by side: task, audience, tools, what counts. */
export async function ProfessionComparison() {
  const t = await getTranslations("home.compare");
  return (
    <section aria-labelledby="compare" className="space-y-4">
      <div className="max-w-3xl">
        <h2 id="compare" className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("heading")}
        </h2>
        <p className="mt-2 text-slate-700">{t("lead")}</p>
      </div>
      <TableFrame label={t("caption")}>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-slate-900">
            <tr>
              <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
                {t("aspect")}
              </th>
              <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
                {t("smm")}
              </th>
              <th scope="col" className="px-3 py-3 font-semibold sm:px-4">
                {t("community")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 text-slate-700">
            {ROWS.map((row) => (
              <tr key={row} className="align-top">
                <th scope="row" className="px-3 py-3 font-medium text-slate-900 sm:px-4">
                  {t(`rows.${row}.label`)}
                </th>
                <td className="px-3 py-3 sm:px-4">{t(`rows.${row}.smm`)}</td>
                <td className="px-3 py-3 sm:px-4">{t(`rows.${row}.community`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </section>
  );
}
