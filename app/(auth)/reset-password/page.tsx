import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { zResetToken } from "@/lib/validations/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.reset"))("title") };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, tf, params] = await Promise.all([getTranslations("auth.reset"), getTranslations("auth.forgot"), searchParams]);
  const token = zResetToken.safeParse(params.token);
  if (!token.success) {
    // No link, or a mangled one (a mail client cut it): ask for a new link right here.
    return (
      <Card>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <div className="mb-6 mt-3">
          <Alert tone="info">{t("noToken")}</Alert>
        </div>
        <p className="mb-4 text-sm text-slate-700">{tf("lead")}</p>
        <ForgotPasswordForm />
      </Card>
    );
  }
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-700">{t("lead")}</p>
      <ResetPasswordForm token={token.data} />
    </Card>
  );
}
