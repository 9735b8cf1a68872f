import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RecommendedJobs } from "@/components/career/recommended-jobs";
import { CandidateProfileForm } from "@/components/profile/candidate-profile-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";
import type { AppLocale } from "@/lib/i18n/config";
import { getMyCandidateProfile } from "@/lib/server/candidates";
import { listRecommendedJobs } from "@/lib/server/career/job-match";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function CandidateProfilePage() {
  const user = await requireRole("CANDIDATE");
  const locale = (await getLocale()) as AppLocale;
  const now = new Date();
  const [t, profile, recommended] = await Promise.all([getTranslations("profile"), getMyCandidateProfile(user), listRecommendedJobs(user, locale, now)]);
  if (!profile) notFound();
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <PageHeader title={t("title")} lead={t("lead", { name: profile.name })} />
        <Card>
          <CandidateProfileForm
            initial={{
              name: profile.name,
              locale: profile.locale,
              headline: profile.headline ?? "",
              location: profile.location ?? "",
              about: profile.about ?? "",
            }}
          />
        </Card>
        <div className="mt-6">
          <RecommendedJobs jobs={recommended} locale={locale} now={now} />
        </div>
      </div>
      <aside className="space-y-4">
        <Card>
          <h2 className="text-lg font-semibold">{t("next.title")}</h2>
          <p className="mt-2 text-sm text-slate-700">{t("next.body")}</p>
          <Link href="/profile/background" className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
            {t("next.roles")}
          </Link>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("account.title")}</h2>
          <p className="mt-2 break-words text-sm text-slate-700">{displayEmail(profile.email)}</p>
          <Link href="/account" className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
            {t("account.link")}
          </Link>
        </Card>
      </aside>
    </div>
  );
}
