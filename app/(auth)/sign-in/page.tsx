import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";
import { homeFor, safeNextPath } from "@/lib/domain/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [user, t, params] = await Promise.all([getSession(), getTranslations("auth.signIn"), searchParams]);
  // Only the app's own pages: an open redirect would let a link send people elsewhere after sign-in.
  const next = safeNextPath(params.next);
  if (user) redirect(next ?? homeFor(user.role));
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-6 mt-1 text-sm text-slate-700">{t("lead")}</p>
      <SignInForm next={next} />
      <p className="mt-6 text-sm text-slate-700">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
