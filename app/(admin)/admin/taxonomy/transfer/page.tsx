import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/taxonomy-editor/import-panel";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { EXPORT_FILES } from "@/lib/server/taxonomy/transfer";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.transfer"))("title") };
}

export default async function TransferPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("editor.transfer");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("exportTitle")}</h2>
        <ul className="space-y-2 text-sm">
          {Object.keys(EXPORT_FILES).map((file) => (
            <li key={file}>
              <a href={`/admin/taxonomy/export/${file}`} download className="font-medium text-brand-700 underline">
                {file}
              </a>{" "}
              <span className="text-slate-700">— {t(`exportFiles.${file.replace(".", "_")}`)}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("importTitle")}</h2>
        <p className="mb-4 text-sm text-slate-700">{t("importLead")}</p>
        <ImportPanel />
      </Card>
    </div>
  );
}
