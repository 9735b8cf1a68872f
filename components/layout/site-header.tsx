import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { homeFor } from "@/lib/domain/navigation";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { buttonClass } from "@/components/ui/button";

export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations("common"), getSession()]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <div className="flex items-center gap-6">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
            Rolemap
          </Link>
          <nav aria-label={t("nav.label")} className="flex items-center gap-4 text-sm">
            <Link href="/roles" className="text-slate-700 hover:text-slate-950 hover:underline">
              {t("nav.roles")}
            </Link>
            {user ? (
              <Link href={homeFor(user.role)} className="text-slate-700 hover:text-slate-950 hover:underline">
                {t(`nav.home.${user.role}`)}
              </Link>
            ) : null}
          </nav>
        </div>
        <div className="flex items-center gap-3">
          <LanguageSwitch />
          {user ? (
            <>
              <Link href="/account" className="hidden text-sm text-slate-700 hover:underline sm:inline" title={user.email}>
                {user.name}
              </Link>
              <SignOutButton label={t("nav.signOut")} />
            </>
          ) : (
            <>
              <Link href="/sign-in" className={buttonClass("ghost")}>
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" className={buttonClass("primary")}>
                {t("nav.signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
