import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { LeadStatusControl } from "@/components/leads/lead-status";
import { Badge, PageHeader } from "@/components/ui/card";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import { requireRole } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";
import { listLeads } from "@/lib/server/leads";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.leads"))("title") };
}

export default async function LeadsPage() {
  const admin = await requireRole("ADMIN");
  const [t, tc, format, leads] = await Promise.all([getTranslations("admin.leads"), getTranslations("contact"), getFormatter(), listLeads(admin)]);
  const columns = [t("company"), t("need"), t("message"), t("statusLabel")];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      {leads.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      <StackTable caption={t("title")}>
        <StackHead columns={columns} />
        <StackBody>
          {leads.map((l) => (
            <StackRow key={l.id}>
              <StackCell rowHeader>
                <span className="block">{l.company}</span>
                <span className="block text-sm font-normal text-slate-600">
                  {l.name}, <a href={`mailto:${l.email}`} className="text-brand-700 underline">{displayEmail(l.email)}</a>
                </span>
                <span className="block text-xs font-normal text-slate-600">{format.dateTime(l.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
              </StackCell>
              <StackCell label={columns[1]}>
                <Badge tone="brand">{tc(`needs.${l.need}`)}</Badge>
              </StackCell>
              <StackCell label={columns[2]}>
                <span className="block max-w-prose whitespace-pre-line">{l.message ?? "—"}</span>
              </StackCell>
              <StackCell label={columns[3]}>
                <LeadStatusControl leadId={l.id} status={l.status} version={l.version} company={l.company} />
              </StackCell>
            </StackRow>
          ))}
        </StackBody>
      </StackTable>
    </div>
  );
}
