import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { BackgroundForm } from "@/components/career/background-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { getMyBackground, listRoleOptions } from "@/lib/server/career/background";
import { listSkillOptions } from "@/lib/server/postings/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("career"))("background.title") };
}

export default async function BackgroundPage() {
  const user = await requireRole("CANDIDATE");
  const locale = (await getLocale()) as AppLocale;
  const [t, background] = await Promise.all([getTranslations("career"), getMyBackground(user)]);
  if (!background) notFound();
  const [roles, skills] = await Promise.all([
    listRoleOptions(
      locale,
      background.roles.map((r) => r.roleId),
    ),
    listSkillOptions(
      locale,
      background.skills.map((s) => s.skillId),
    ),
  ]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("background.title")} lead={t("background.lead")}>
        <Link href="/career" className="text-sm font-medium text-brand-700 underline">
          {t("background.toMap")}
        </Link>
      </PageHeader>
      <Card>
        <BackgroundForm
          locale={locale}
          roles={roles}
          skills={skills}
          initial={{
            roles: background.roles.map((r) => ({ ...r, title: r.title ?? "" })),
            skills: background.skills.map((s) => ({ ...s, evidence: s.evidence ?? "" })),
            workMode: background.workMode ?? "",
            languages: background.languages,
            salaryFrom: background.salaryFrom ?? "",
            currency: background.currency ?? "",
            discoverable: background.discoverable,
          }}
        />
      </Card>
    </div>
  );
}
