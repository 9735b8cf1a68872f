import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInviteButton } from "@/components/team/accept-invite-button";
import { InviteSignUpForm } from "@/components/team/invite-sign-up-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";
import { getInvite } from "@/lib/server/company-invites";
import { zInviteToken } from "@/lib/validations/team";

type Params = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company.invite"))("title"), robots: { index: false } };
}

export default async function InvitePage({ params }: Params) {
  const { token } = await params;
  const [t, user] = await Promise.all([getTranslations("company.invite"), getSession()]);
  const invite = zInviteToken.safeParse(token).success ? await getInvite(token) : null;
  if (!invite) {
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title={t("title")} />
        <Alert tone="error">{t("invalid")}</Alert>
      </div>
    );
  }
  const sameEmail = user?.email === invite.email;
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("title")} lead={t("lead", { company: invite.companyName })} />
      <Card>
        {!user ? (
          <div className="space-y-4">
            <InviteSignUpForm token={token} email={invite.email} texts={{ asEmail: t("asEmail", { email: invite.email }), join: t("join") }} />
            <p className="text-sm text-slate-700">
              {t("haveAccount")}{" "}
              <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`} className="text-brand-700 underline">
                {t("signIn")}
              </Link>
            </p>
          </div>
        ) : user.role === "EMPLOYER" && sameEmail ? (
          <AcceptInviteButton token={token} label={t("accept")} />
        ) : (
          <Alert tone="error">{sameEmail ? t("notEmployer") : t("otherAccount", { email: invite.email })}</Alert>
        )}
      </Card>
    </div>
  );
}
