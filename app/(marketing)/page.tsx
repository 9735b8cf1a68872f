import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProfessionComparison } from "@/components/taxonomy/profession-comparison";
import { RuleOfThumb } from "@/components/taxonomy/rule-of-thumb";
import { buttonClass } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";
import { homeFor } from "@/lib/domain/navigation";

// The language comes from the request (cookie or Accept-Language): render per request.
export const dynamic = "force-dynamic";

const LADDER = ["step1", "step2", "step3"] as const;
const BRIDGES = ["smm", "producer", "journalist", "manager"] as const;
const H3 = "text-xl font-semibold text-slate-900";
const H4 = "text-sm font-semibold text-slate-900";

export default async function HomePage() {
  const [t, user] = await Promise.all([getTranslations("home"), getSession()]);
  return (
    <div className="space-y-16">
      <section aria-labelledby="hero" className="max-w-3xl pt-4">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("hero.eyebrow")}</p>
        <h1 id="hero" className="mt-3 text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl">
          {t("hero.title")}
        </h1>
        <p className="mt-5 text-lg text-slate-700">{t("hero.lead")}</p>
        <div className="mt-8 flex flex-wrap items-center gap-3">
          <Link href="/roles" className={buttonClass("primary", "px-5 py-2.5 text-base")}>
            {t("hero.browseRoles")}
          </Link>
          {user ? (
            // Signed in: their next step, not an offer to sign up again.
            <>
              <Link href={homeFor(user.role)} className={buttonClass("secondary", "px-5 py-2.5 text-base")}>
                {t(`hero.next.${user.role}`)}
              </Link>
              <p className="text-sm text-slate-700">{t("hero.signedInAs", { name: user.name })}</p>
            </>
          ) : (
            <>
              <Link href="/sign-up" className={buttonClass("secondary", "px-5 py-2.5 text-base")}>
                {t("hero.signUp")}
              </Link>
              <p className="text-sm text-slate-700">
                {t("hero.signInPrompt")}{" "}
                <Link href="/sign-in" className="text-brand-700 underline underline-offset-4 hover:text-brand-800">
                  {t("hero.signIn")}
                </Link>
              </p>
            </>
          )}
        </div>
      </section>

      <RuleOfThumb />

      <ProfessionComparison />

      <section aria-labelledby="audiences" className="space-y-6">
        <h2 id="audiences" className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("audiences.heading")}
        </h2>
        <ul className="grid gap-4 lg:grid-cols-3">
          <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h3 className={H3}>{t("audiences.companies.title")}</h3>
            <p className="mt-3 flex-1 text-slate-700">{t("audiences.companies.body")}</p>
            <Status label={t("audiences.comingSoon")} text={t("audiences.companies.status")} />
          </li>
          <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h3 className={H3}>{t("audiences.candidates.title")}</h3>
            <p className="mt-3 text-slate-700">{t("audiences.candidates.body")}</p>
            <h4 className={`${H4} mt-4`}>{t("audiences.candidates.ladderHeading")}</h4>
            <ol className="mt-2 space-y-1 text-sm text-slate-700">
              {LADDER.map((step, i) => (
                <li key={step} className="flex gap-2">
                  <span aria-hidden="true" className="font-semibold text-brand-700">
                    {i + 1}.
                  </span>
                  {t(`audiences.candidates.ladder.${step}`)}
                </li>
              ))}
            </ol>
            <h4 className={`${H4} mt-4`}>{t("audiences.candidates.bridgesHeading")}</h4>
            <ul className="mt-2 flex flex-1 flex-wrap content-start gap-2">
              {BRIDGES.map((bridge) => (
                <li key={bridge}>
                  <Badge tone="brand">{t(`audiences.candidates.bridges.${bridge}`)}</Badge>
                </li>
              ))}
            </ul>
            <Status label={t("audiences.comingSoon")} text={t("audiences.candidates.status")} />
          </li>
          <li className="flex flex-col rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
            <h3 className={H3}>{t("audiences.admins.title")}</h3>
            <p className="mt-3 flex-1 text-slate-700">{t("audiences.admins.body")}</p>
            <Status label={t("audiences.comingSoon")} text={t("audiences.admins.status")} />
          </li>
        </ul>
      </section>

      <section aria-labelledby="cta" className="rounded-xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <h2 id="cta" className="text-2xl font-semibold tracking-tight text-slate-900">
          {t("cta.heading")}
        </h2>
        <p className="mx-auto mt-2 max-w-2xl text-slate-700">{t("cta.body")}</p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/roles" className={buttonClass("primary")}>
            {t("cta.browseRoles")}
          </Link>
          <Link href="/contact" className={buttonClass("secondary")}>
            {t("cta.contact")}
          </Link>
          {user ? (
            <Link href={homeFor(user.role)} className={buttonClass("secondary")}>
              {t(`hero.next.${user.role}`)}
            </Link>
          ) : (
            <Link href="/sign-up" className={buttonClass("secondary")}>
              {t("cta.signUp")}
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}

/** What is not built yet, and what already works, at the foot of an audience card. */
function Status({ label, text }: { label: string; text: string }) {
  return (
    <p className="mt-5 border-t border-slate-200 pt-4 text-sm text-slate-700">
      <Badge tone="amber">{label}</Badge> {text}
    </p>
  );
}
