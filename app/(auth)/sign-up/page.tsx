import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";
import { getSession } from "@/lib/auth/session";
import { homeFor, safeNextPath } from "@/lib/domain/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("title") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSession();
  if (user) redirect(homeFor(user.role));
  const [t, params] = await Promise.all([getTranslations("auth.signUp"), searchParams]);
  const kind = params.as === "company" ? "company" : "candidate";
  // A visitor who came to apply goes back to the job once the account exists.
  const next = safeNextPath(params.next);
  const keep = next ? `next=${encodeURIComponent(next)}` : "";
  const tab = (k: "candidate" | "company") =>
    `flex-1 rounded-md px-3 py-2 text-center text-sm font-medium ${
      k === kind ? "bg-white text-slate-900 shadow-sm" : "text-slate-700 hover:text-slate-900"
    }`;
  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 mt-1 text-sm text-slate-700">{t("lead")}</p>
      <nav aria-label={t("kindLabel")} className="mb-6 flex gap-1 rounded-lg bg-slate-100 p-1">
        <Link href={`/sign-up${keep ? `?${keep}` : ""}`} className={tab("candidate")} aria-current={kind === "candidate" ? "page" : undefined}>
          {t("candidate.tab")}
        </Link>
        <Link href="/sign-up?as=company" className={tab("company")} aria-current={kind === "company" ? "page" : undefined}>
          {t("company.tab")}
        </Link>
      </nav>
      <h2 className="mb-4 text-lg font-medium">{t(`${kind}.title`)}</h2>
      <SignUpForm key={kind} kind={kind} next={next} />
      <p className="mt-6 text-sm text-slate-700">
        {t("haveAccount")}{" "}
        <Link href={`/sign-in${keep ? `?${keep}` : ""}`} className="text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
