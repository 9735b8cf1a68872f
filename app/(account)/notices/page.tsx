import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { MarkNoticesRead } from "@/components/layout/mark-notices-read";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { jobSlug } from "@/lib/domain/job-slug";
import { listMyNotices } from "@/lib/server/notices";
import type { NoticeView } from "@/lib/views/notices";
import type { UserRole } from "@/lib/views/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.notices"))("title") };
}

/** Where a notice leads: the posting or its applicants for a company, the applications or the search for a candidate. */
function linkOf(n: NoticeView, role: UserRole): { href: string; label: "openPosting" | "openApplicants" | "openApplications" | "openSearch" | "openJob" } | null {
  if (n.kind === "APPLICATION_STAGE") return { href: "/applications", label: "openApplications" };
  if (n.kind === "APPLY_INVITATION" && n.postingId) return { href: `/jobs/${jobSlug(n.data.titleEn || n.data.titleRu || "job", n.postingId)}`, label: "openJob" };
  if (n.kind === "SEARCH_ALERT") return { href: `/jobs${n.data.query ? `?${n.data.query}` : ""}`, label: "openSearch" };
  if (!n.postingId || role !== "EMPLOYER") return null;
  if (n.kind === "APPLICATION_RECEIVED" || n.kind === "APPLICATION_WITHDRAWN") return { href: `/company/postings/${n.postingId}/applicants`, label: "openApplicants" };
  return { href: `/company/postings/${n.postingId}`, label: "openPosting" };
}

export default async function NoticesPage() {
  const user = await requireRole("CANDIDATE", "EMPLOYER", "ADMIN");
  const [t, format, locale, notices] = await Promise.all([getTranslations("common.notices"), getFormatter(), getLocale(), listMyNotices(user)]);
  const unread = notices.some((n) => !n.read);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("title")}>{unread ? <MarkNoticesRead label={t("markAllRead")} /> : null}</PageHeader>
      {notices.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {notices.map((n) => {
            const title = (locale === "ru" ? n.data.titleRu : n.data.titleEn) || n.data.titleEn || n.data.titleRu || "—";
            const values = {
              title,
              reason: n.data.reason ?? "none",
              date: n.data.expiresAt ? new Date(n.data.expiresAt) : new Date(n.createdAt),
              // A candidate who deleted the account is no longer named.
              name: n.data.name ?? t("deletedAccount"),
              stage: n.data.stage ?? "",
              count: Number(n.data.count ?? 0),
              list: n.data.list ?? "",
              company: n.data.company ?? "",
            };
            const link = linkOf(n, user.role);
            return (
              <li key={n.id}>
                <Card className={n.read ? "" : "border-brand-600"}>
                  <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                    {format.dateTime(new Date(n.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                    {n.read ? null : <Badge tone="brand">{t("new")}</Badge>}
                  </p>
                  <p className="mt-1 text-slate-900">{t(`kinds.${n.kind}`, values)}</p>
                  {link ? (
                    <Link href={link.href} className="mt-2 inline-block text-sm text-brand-700 underline">
                      {t(link.label)}
                    </Link>
                  ) : null}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
