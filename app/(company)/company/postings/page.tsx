import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { NewPostingButton } from "@/components/postings/new-posting-button";
import { PostingStatusBadge } from "@/components/postings/posting-status-badge";
import { Card, PageHeader } from "@/components/ui/card";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import { requireRole } from "@/lib/auth/session";
import { isEditable } from "@/lib/domain/posting-rules";
import type { AppLocale } from "@/lib/i18n/config";
import { membershipOf } from "@/lib/server/postings/access";
import { listCompanyPostings } from "@/lib/server/postings/read";
import { WIZARD_STEPS } from "@/lib/validations/posting";

/** A draft opens where the company left it: the first step not yet completed. */
const resumeHref = (id: string, stepReached: number) =>
  `/company/postings/${id}/edit/${WIZARD_STEPS[Math.min(stepReached, WIZARD_STEPS.length - 1)]}`;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("postings.list"))("title") };
}

export default async function CompanyPostingsPage() {
  const user = await requireRole("EMPLOYER");
  const locale = (await getLocale()) as AppLocale;
  const [t, format, membership, postings] = await Promise.all([
    getTranslations("postings"),
    getFormatter(),
    membershipOf(user),
    listCompanyPostings(user, locale),
  ]);
  if (!membership) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("list.title")} lead={t("list.noCompany")} />
        <Link href="/company" className="text-brand-700 underline">
          {t("list.toCompany")}
        </Link>
      </div>
    );
  }
  return (
    <div>
      <PageHeader title={t("list.title")} lead={t("list.lead", { company: membership.companyName })}>
        <NewPostingButton />
      </PageHeader>
      {postings.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("list.empty")}</p>
        </Card>
      ) : (
        <StackTable caption={t("list.title")}>
          <StackHead columns={[t("list.posting"), t("list.status"), t("list.updated"), t("list.counters")]} />
          <StackBody>
            {postings.map((p) => (
              <StackRow key={p.id}>
                <StackCell rowHeader>
                  <Link href={isEditable(p.status) ? resumeHref(p.id, p.stepReached) : `/company/postings/${p.id}`} className="font-medium text-brand-700 underline">
                    {p.title || t("view.untitled")}
                  </Link>
                  {p.roleLabel ? <span className="block text-sm text-slate-600">{p.roleLabel}</span> : null}
                </StackCell>
                <StackCell label={t("list.status")}>
                  <PostingStatusBadge status={p.status} />
                  {p.status === "REJECTED" && p.rejectionReason ? (
                    <span className="mt-1 block text-sm text-red-800">{t("list.rejectedBecause", { reason: p.rejectionReason })}</span>
                  ) : null}
                  {p.status === "PUBLISHED" && p.expiresAt ? (
                    <span className="mt-1 block text-sm text-slate-600">{t("list.expires", { date: new Date(p.expiresAt) })}</span>
                  ) : null}
                </StackCell>
                <StackCell label={t("list.updated")}>
                  {format.dateTime(new Date(p.updatedAt), { dateStyle: "medium", timeStyle: "short" })}
                  {p.editedByName ? <span className="block text-sm text-slate-600">{p.editedByName}</span> : null}
                </StackCell>
                <StackCell label={t("list.counters")}>
                  {t("list.countersValue", { views: p.viewCount, applications: p.applicationCount })}
                  <Link href={`/company/postings/${p.id}`} className="mt-1 block text-sm text-brand-700 underline">
                    {t("list.open")}
                  </Link>
                </StackCell>
              </StackRow>
            ))}
          </StackBody>
        </StackTable>
      )}
    </div>
  );
}
