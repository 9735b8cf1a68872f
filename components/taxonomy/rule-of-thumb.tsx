import { getTranslations } from "next-intl/server";

/** The source article's rule of thumb for choosing between the two professions, shown prominently. */
export async function RuleOfThumb() {
  const t = await getTranslations("home.rule");
  const halves = [
    { key: "smm", condition: t("smmCondition"), action: t("smmAction") },
    { key: "community", condition: t("communityCondition"), action: t("communityAction") },
  ];
  return (
    <section aria-labelledby="rule-of-thumb" className="rounded-xl bg-brand-700 p-6 text-white shadow-sm sm:p-8">
      <h2 id="rule-of-thumb" className="text-sm font-semibold tracking-wide uppercase">
        {t("heading")}
      </h2>
      <ul className="mt-4 grid gap-6 md:grid-cols-2">
        {halves.map((h) => (
          <li key={h.key} className="rounded-lg bg-brand-800 p-5">
            <p className="text-lg">{h.condition}</p>
            <p className="mt-1 text-2xl font-semibold tracking-tight">{h.action}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
