import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ModerationDecision } from "@/components/postings/moderation-decision";
import { PostingHistory } from "@/components/postings/posting-history";
import { PostingStatusBadge } from "@/components/postings/posting-status-badge";
import { PostingBothLanguages } from "@/components/postings/posting-both-languages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { LOCALES } from "@/lib/i18n/config";
import { getPostingDisplay, getPostingManage } from "@/lib/server/postings/read";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("postings.moderation"))("title") };
}

export default async function ModerationItemPage({ params }: Params) {
  const admin = await requireRole("ADMIN");
  const { id } = await params;
  const [posting, views, t] = await Promise.all([
    getPostingManage(admin, id),
    Promise.all(LOCALES.map((l) => getPostingDisplay(admin, id, l))),
    getTranslations("postings"),
  ]);
  if (!posting) notFound();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/moderation" className="text-brand-700 underline">
          {t("moderation.toQueue")}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("moderation.itemTitle", { company: posting.companyName })}</h1>
        <p className="mt-1">
          <PostingStatusBadge status={posting.status} />
        </p>
      </header>
      {posting.status === "SUBMITTED" ? (
        <Card>
          <ModerationDecision postingId={id} />
        </Card>
      ) : (
        <Alert tone="info">{t("moderation.decided")}</Alert>
      )}
      <PostingBothLanguages views={views} headingLevel={2} />
      <PostingHistory events={posting.events} />
    </div>
  );
}
