import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getSession, HOME_BY_ROLE } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

/** Only same-site paths: an open redirect would let a link send people elsewhere after sign-in. */
function safeNext(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSession();
  if (user) redirect(HOME_BY_ROLE[user.role]);
  const [t, params] = await Promise.all([getTranslations("auth.signIn"), searchParams]);
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-700">{t("lead")}</p>
      <SignInForm next={safeNext(params.next)} />
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
