import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/applications/stage-badge";
import { WithdrawButton } from "@/components/applications/withdraw-button";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { listMyApplications } from "@/lib/server/applications/mine";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.mine"))("title") };
}

export default async function MyApplicationsPage() {
  const user = await requireRole("CANDIDATE");
  const locale = (await getLocale()) as AppLocale;
  const [t, tc, ts, format, applications] = await Promise.all([
    getTranslations("applications.mine"),
    getTranslations("common"),
    getTranslations("applications.stage"),
    getFormatter(),
    listMyApplications(user, locale),
  ]);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/saved" className="text-sm font-medium text-brand-700 underline">
          {tc("nav.saved")}
        </Link>
      </PageHeader>
      {applications.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
          <Link href="/jobs" className={buttonClass("primary", "mt-3")}>
            {t("findJobs")}
          </Link>
        </Card>
      ) : (
        <ul className="space-y-4">
          {applications.map((a) => (
            <li key={a.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <h2 className="break-words font-semibold text-slate-900">
                      {a.postingOpen ? (
                        <Link href={`/jobs/${a.postingSlug}`} className="text-brand-700 underline">
                          {a.postingTitle}
                        </Link>
                      ) : (
                        a.postingTitle
                      )}
                    </h2>
                    <p className="text-sm text-slate-700">{t("company", { company: a.companyName })}</p>
                  </div>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                    <StageBadge stage={a.stage} /> {t("since", { date: date(a.stageChangedAt) })}
                  </p>
                </div>
                <p className="mt-2 text-sm text-slate-600">
                  {t("applied", { date: date(a.appliedAt) })}
                  {a.postingOpen ? "" : ` · ${t("closed")}`}
                </p>
                {a.reason ? <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">{t("reason", { reason: a.reason })}</p> : null}
                {a.events.length > 1 ? (
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer text-slate-700">{t("history")}</summary>
                    <ol className="mt-1 space-y-0.5 text-slate-700">
                      {a.events.map((e) => (
                        <li key={e.at + e.to}>{t("event", { date: date(e.at), stage: ts(e.to) })}</li>
                      ))}
                    </ol>
                  </details>
                ) : null}
                {a.canWithdraw ? (
                  <div className="mt-3">
                    <WithdrawButton applicationId={a.id} title={a.postingTitle} />
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
