import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import { requireRole } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { listModerationQueue } from "@/lib/server/postings/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("postings.moderation"))("title") };
}

export default async function ModerationPage() {
  const admin = await requireRole("ADMIN");
  const locale = (await getLocale()) as AppLocale;
  const [t, format, queue] = await Promise.all([getTranslations("postings.moderation"), getFormatter(), listModerationQueue(admin, locale)]);
  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      {queue.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <StackTable caption={t("title")}>
          <StackHead columns={[t("posting"), t("company"), t("submitted")]} />
          <StackBody>
            {queue.map((item) => (
              <StackRow key={item.id}>
                <StackCell rowHeader>
                  <Link href={`/admin/moderation/${item.id}`} className="text-brand-700 underline">
                    {item.title || "—"}
                  </Link>
                  <span className="mt-1 flex flex-wrap gap-2">
                    {item.resubmitted ? <Badge tone="amber">{t("resubmitted")}</Badge> : null}
                    {item.duplicateOfId ? <Badge tone="amber">{t("confirmedNotDuplicate")}</Badge> : null}
                  </span>
                </StackCell>
                <StackCell label={t("company")}>{item.companyName}</StackCell>
                <StackCell label={t("submitted")}>
                  {item.submittedAt ? format.dateTime(new Date(item.submittedAt), { dateStyle: "medium", timeStyle: "short" }) : "—"}
                </StackCell>
              </StackRow>
            ))}
          </StackBody>
        </StackTable>
      )}
    </div>
  );
}
