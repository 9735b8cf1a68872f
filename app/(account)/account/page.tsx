import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.account"))("title") };
}

export default async function AccountPage() {
  const user = await requireRole();
  const [t, tc] = await Promise.all([getTranslations("auth.account"), getTranslations("common")]);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card className="mb-6">
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-slate-600">{t("email")}</dt>
            <dd className="break-words font-medium">{displayEmail(user.email)}</dd>
          </div>
          <div>
            <dt className="text-sm text-slate-600">{t("role")}</dt>
            <dd className="font-medium">{tc(`roles.${user.role}`)}</dd>
          </div>
        </dl>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("changePassword")}</h2>
        <p className="mb-4 mt-1 text-sm text-slate-700">{t("changePasswordLead")}</p>
        <ChangePasswordForm />
      </Card>
      {user.role === "CANDIDATE" ? (
        <>
          <Card className="mt-6">
            <h2 className="text-lg font-semibold">{t("data.title")}</h2>
            <p className="mb-4 mt-1 text-sm text-slate-700">{t("data.lead")}</p>
            <a href="/account/data" download className={buttonClass("secondary")}>
              {t("data.download")}
            </a>
          </Card>
          <Card className="mt-6 border-red-200">
            <h2 className="text-lg font-semibold text-red-800">{t("delete.title")}</h2>
            <p className="mb-4 mt-1 text-sm text-slate-700">{t("delete.lead")}</p>
            <DeleteAccountForm />
          </Card>
        </>
      ) : null}
    </div>
  );
}
