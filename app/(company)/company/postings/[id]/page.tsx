import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PostingActions } from "@/components/postings/posting-actions";
import { PostingHistory } from "@/components/postings/posting-history";
import { PostingStatusBadge } from "@/components/postings/posting-status-badge";
import { PostingView } from "@/components/postings/posting-view";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { isEditable } from "@/lib/domain/posting-rules";
import type { AppLocale } from "@/lib/i18n/config";
import { getPostingDisplay, getPostingManage } from "@/lib/server/postings/read";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<{ submitted?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("postings.manage"))("title") };
}

export default async function PostingPage({ params, searchParams }: Params) {
  const user = await requireRole("EMPLOYER");
  const { id } = await params;
  const locale = (await getLocale()) as AppLocale;
  const [posting, view, t, ta, format] = await Promise.all([
    getPostingManage(user, id),
    getPostingDisplay(user, id, locale),
    getTranslations("postings"),
    getTranslations("applications.applicants"),
    getFormatter(),
  ]);
  if (!posting || !view) notFound();
  const submitted = (await searchParams).submitted === "1" && posting.status === "SUBMITTED";
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium" }) : "—");
  const extendableDays =
    posting.expiresAt && posting.latestExpiry
      ? Math.floor((new Date(posting.latestExpiry).getTime() - new Date(posting.expiresAt).getTime()) / 86_400_000)
      : 0;

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href="/company/postings" className="text-brand-700 underline">
          {t("wizard.toList")}
        </Link>
      </p>
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{view.title || t("view.untitled")}</h1>
          <p className="mt-1 flex items-center gap-2 text-slate-700">
            <PostingStatusBadge status={posting.status} /> {t(`manage.statusHelp.${posting.status}`)}
          </p>
        </div>
        {isEditable(posting.status) ? (
          <Link href={`/company/postings/${id}/edit/role`} className={buttonClass("primary")}>
            {t("manage.edit")}
          </Link>
        ) : null}
      </header>
      {submitted ? <Alert tone="success">{t("manage.submitted")}</Alert> : null}
      {posting.status === "REJECTED" && posting.rejectionReason ? (
        <Alert tone="error">{t("wizard.rejectedBecause", { reason: posting.rejectionReason })}</Alert>
      ) : null}
      <Card>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("manage.submittedAt")}</dt>
            <dd>{date(posting.submittedAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("manage.publishedAt")}</dt>
            <dd>{date(posting.publishedAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{posting.status === "EXPIRED" ? t("manage.expiredAt") : t("manage.expiresAt")}</dt>
            <dd>{date(posting.expiresAt)}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("manage.views")}</dt>
            <dd>{posting.viewCount}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("manage.applications")}</dt>
            <dd>
              <Link href={`/company/postings/${id}/applicants`} className="text-brand-700 underline">
                {ta("applicants", { count: posting.applicationCount })}
              </Link>
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("manage.taxonomyVersion")}</dt>
            <dd>{posting.taxonomyVersion ?? "—"}</dd>
          </div>
        </dl>
        <div className="mt-4">
          <PostingActions
            postingId={id}
            status={posting.status}
            deletable={posting.status === "DRAFT" && posting.submittedAt === null}
            extendableDays={extendableDays}
          />
        </div>
      </Card>
      <Card>
        <PostingView posting={view} locale={locale} />
      </Card>
      <PostingHistory events={posting.events} />
    </div>
  );
}
