import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LeadForm } from "@/components/leads/lead-form";
import { Card, PageHeader } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contact");
  return { title: t("title"), description: t("lead") };
}

export default async function ContactPage() {
  const t = await getTranslations("contact");
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <LeadForm />
      </Card>
    </div>
  );
}
