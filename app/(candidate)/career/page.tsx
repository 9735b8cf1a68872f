import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CareerGraph } from "@/components/career/career-graph";
import { GapPlan } from "@/components/career/gap-plan";
import { RoleFitList } from "@/components/career/role-fit-list";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { getMyCareerMap } from "@/lib/server/career/map";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("career"))("title") };
}

export default async function CareerPage() {
  const user = await requireRole("CANDIDATE");
  const [t, map] = await Promise.all([getTranslations("career"), getMyCareerMap(user, (await getLocale()) as AppLocale)]);
  if (!map) notFound();
  const here = map.here;
  const target = map.roles.find((r) => r.id === map.targetRoleId) ?? null;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")}>
        <Link href="/profile/background" className="text-sm font-medium text-brand-700 underline">
          {t("editBackground")}
        </Link>
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="text-lg font-semibold">{t("here.title")}</h2>
          {here ? (
            <>
              <p className="mt-2 text-2xl font-semibold text-brand-800">{here.label}</p>
              <p className="mt-2 text-sm text-slate-700">
                {here.reasons.map((r) => t(`here.reason.${r}`, { fit: here.fit ?? 0 })).join(" ")}
              </p>
            </>
          ) : (
            <p className="mt-2 text-sm text-slate-700">
              {t("here.empty")}{" "}
              <Link href="/profile/background" className="font-medium text-brand-700 underline">
                {t("here.fill")}
              </Link>
            </p>
          )}
          <details className="mt-4 text-sm text-slate-700">
            <summary className="cursor-pointer font-medium text-slate-900">{t("how.title")}</summary>
            <p className="mt-2">{t("how.body")}</p>
          </details>
        </Card>
        <GapPlan role={target} />
      </div>
      <section aria-labelledby="graph-title" className="space-y-3">
        <h2 id="graph-title" className="text-xl font-semibold">
          {t("graph.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("graph.legend")}</p>
        <CareerGraph map={map} />
      </section>
      <RoleFitList map={map} />
    </div>
  );
}
