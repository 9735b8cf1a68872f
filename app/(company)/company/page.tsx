import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CompanyProfileForm } from "@/components/company/company-profile-form";
import { CreateCompanyForm } from "@/components/company/create-company-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";
import { getMyCompany } from "@/lib/server/companies";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company"))("title") };
}

export default async function CompanyPage() {
  const user = await requireRole("EMPLOYER");
  const [t, company] = await Promise.all([getTranslations("company"), getMyCompany(user)]);
  if (!company) {
    // An employer without a company (an admin changed their role, say) starts one here.
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("create.title")} lead={t("create.lead")} />
        <Card>
          <CreateCompanyForm />
        </Card>
      </div>
    );
  }
  const isOwner = company.myRole === "OWNER";
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <PageHeader title={company.name} lead={t("lead")} />
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("profileTitle")}</h2>
          {isOwner ? (
            <CompanyProfileForm
              initial={{
                companyId: company.id,
                name: company.name,
                website: company.website ?? "",
                size: company.size ?? "",
                description: company.description ?? "",
              }}
            />
          ) : (
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-600">{t("fields.website")}</dt>
                <dd>{company.website ?? "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("fields.size")}</dt>
                <dd>{company.size ? t(`sizes.${company.size}`) : "—"}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("fields.description")}</dt>
                <dd className="whitespace-pre-line">{company.description ?? "—"}</dd>
              </div>
              <p className="text-slate-600">{t("ownerOnly")}</p>
            </dl>
          )}
        </Card>
      </div>
      <aside className="space-y-4">
        <Card>
          <h2 className="text-lg font-semibold">{t("members.title")}</h2>
          <ul className="mt-3 space-y-2">
            {company.members.map((m) => (
              <li key={m.email} className="flex items-center justify-between gap-2 text-sm">
                <span>
                  {m.name}
                  <span className="block break-all text-slate-600">{displayEmail(m.email)}</span>
                </span>
                <Badge tone={m.role === "OWNER" ? "brand" : "slate"}>{t(`members.${m.role}`)}</Badge>
              </li>
            ))}
          </ul>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("next.title")}</h2>
          <p className="mt-2 text-sm text-slate-700">{t("next.body")}</p>
        </Card>
      </aside>
    </div>
  );
}
