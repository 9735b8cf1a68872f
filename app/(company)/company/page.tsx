import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CompanyProfileForm } from "@/components/company/company-profile-form";
import { CreateCompanyForm } from "@/components/company/create-company-form";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";
import { getMyCompany } from "@/lib/server/companies";
import { listPendingInvites } from "@/lib/server/company-invites";
import { InviteForm } from "@/components/team/invite-form";
import { RemoveMemberButton, RevokeInviteButton } from "@/components/team/team-buttons";

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
  const invites = isOwner ? await listPendingInvites(user) : [];
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
              <li key={m.email} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="min-w-0">
                  {m.name}
                  <span className="block break-all text-slate-600">{displayEmail(m.email)}</span>
                </span>
                <span className="flex items-center gap-2">
                  <Badge tone={m.role === "OWNER" ? "brand" : "slate"}>{t(`members.${m.role}`)}</Badge>
                  {isOwner && m.role === "RECRUITER" ? <RemoveMemberButton userId={m.userId} name={m.name} /> : null}
                </span>
              </li>
            ))}
          </ul>
          {isOwner ? (
            <div className="mt-4 space-y-3 border-t border-slate-200 pt-4">
              {invites.length > 0 ? (
                <div>
                  <h3 className="text-sm font-semibold">{t("team.pending")}</h3>
                  <ul className="mt-2 space-y-1 text-sm">
                    {invites.map((i) => (
                      <li key={i.id} className="flex flex-wrap items-center justify-between gap-2">
                        <span className="break-all">{displayEmail(i.email)}</span>
                        <RevokeInviteButton inviteId={i.id} email={i.email} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              <InviteForm />
            </div>
          ) : (
            <p className="mt-3 text-sm text-slate-600">{t("team.ownerInvites")}</p>
          )}
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t("next.title")}</h2>
          <p className="mt-2 text-sm text-slate-700">{t("next.body")}</p>
          <Link href="/company/postings" className="mt-3 inline-block text-sm font-medium text-brand-700 underline">
            {t("next.link")}
          </Link>
        </Card>
      </aside>
    </div>
  );
}
