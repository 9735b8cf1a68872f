// A posting as candidates will see it, in one language (its labels too): the
// wizard's preview shows it in both, the moderation queue in the admin's.
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/card";
import { PostingMarkdown } from "@/components/postings/posting-markdown";
import type { AppLocale } from "@/lib/i18n/config";
import { countryName, languageName, salaryRange } from "@/lib/i18n/format";
import type { PostingDisplay } from "@/lib/views/postings";

interface PostingViewProps {
  posting: PostingDisplay;
  locale: AppLocale;
  headingLevel?: 1 | 2 | 3;
  /** The preview and moderation read the screening questions; the job page only says how many there are. */
  questions?: "list" | "none";
}

export async function PostingView({ posting, locale, headingLevel = 2, questions = "list" }: PostingViewProps) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: "postings" }), getFormatter({ locale })]);
  const H = ({ 1: "h1", 2: "h2", 3: "h3" } as const)[headingLevel];
  const Sub = ({ 1: "h2", 2: "h3", 3: "h4" } as const)[headingLevel];
  const place = [posting.city, posting.country ? countryName(posting.country, locale) : null].filter(Boolean).join(", ");
  const salary = posting.salary
    ? t("view.salary", {
        range: salaryRange(posting.salary, locale),
        currency: posting.salary.currency,
      })
    : t("view.salaryHidden");
  const mustHave = posting.skills.filter((s) => s.mustHave);
  const niceToHave = posting.skills.filter((s) => !s.mustHave);
  const skillList = (skills: typeof posting.skills) => (
    <ul className="mt-2 flex flex-wrap gap-2">
      {skills.map((s) => (
        <li key={s.label} className="rounded border border-slate-200 px-2 py-1 text-sm">
          {s.label} <span className="text-slate-600">· {t("view.level", { level: s.level })}</span>
        </li>
      ))}
    </ul>
  );

  return (
    <article lang={locale} className="space-y-5">
      <header>
        <H className="text-2xl font-semibold text-slate-900">{posting.title || t("view.untitled")}</H>
        <p className="mt-1 text-slate-700">
          {posting.companyName}
          {posting.roleLabel ? <> · {posting.roleLabel}</> : null}
        </p>
      </header>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-600">{t("view.where")}</dt>
          <dd>
            {posting.workMode ? t(`workMode.${posting.workMode}`) : "—"}
            {place ? ` · ${place}` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("view.employment")}</dt>
          <dd>{posting.employmentType ? t(`employmentType.${posting.employmentType}`) : "—"}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("view.salaryLabel")}</dt>
          <dd>{salary}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("view.start")}</dt>
          <dd>{posting.startDate ? format.dateTime(new Date(posting.startDate), { dateStyle: "medium", timeZone: "UTC" }) : t("view.startAsap")}</dd>
        </div>
        {posting.languages.length > 0 ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-600">{t("view.languages")}</dt>
            <dd>{posting.languages.map((l) => `${languageName(l.code, locale)} ${t(`languageLevel.${l.level}`)}`).join(", ")}</dd>
          </div>
        ) : null}
      </dl>
      {mustHave.length > 0 ? (
        <section>
          <Sub className="font-semibold">{t("view.mustHave")}</Sub>
          {skillList(mustHave)}
        </section>
      ) : null}
      {niceToHave.length > 0 ? (
        <section>
          <Sub className="font-semibold">{t("view.niceToHave")}</Sub>
          {skillList(niceToHave)}
        </section>
      ) : null}
      <section>
        <Sub className="sr-only">{t("view.description")}</Sub>
        {posting.description ? <PostingMarkdown text={posting.description} lang={locale} /> : <p className="text-slate-600">—</p>}
      </section>
      {questions === "list" && posting.questions.length > 0 ? (
        <section>
          <Sub className="font-semibold">{t("view.questions", { count: posting.questions.length })}</Sub>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
            {posting.questions.map((q, i) => (
              <li key={i}>
                {q.text}{" "}
                {q.knockout ? <Badge tone="amber">{t("view.knockout")}</Badge> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </article>
  );
}
