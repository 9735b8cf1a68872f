import { getTranslations } from "next-intl/server";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";

const ROWS = ["goal", "audience", "tools", "metrics"] as const;

/** SMM specialist and community manager side by side: task, audience, tools, what counts. */
export async function ProfessionComparison() {
  const t = await getTranslations("home.compare");
  const columns = [t("aspect"), t("smm"), t("community")];
  return (
    <section aria-labelledby="compare" className="space-y-4">
      <div className="max-w-3xl">
        <h2 id="compare" className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("heading")}
        </h2>
        <p className="mt-2 text-slate-700">{t("lead")}</p>
      </div>
      <StackTable caption={t("caption")}>
        <StackHead columns={columns} />
        <StackBody>
          {ROWS.map((row) => (
            <StackRow key={row}>
              <StackCell rowHeader>{t(`rows.${row}.label`)}</StackCell>
              <StackCell label={columns[1]}>{t(`rows.${row}.smm`)}</StackCell>
              <StackCell label={columns[2]}>{t(`rows.${row}.community`)}</StackCell>
            </StackRow>
          ))}
        </StackBody>
      </StackTable>
    </section>
  );
}
