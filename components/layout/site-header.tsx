import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeaderMenu } from "@/components/layout/header-menu";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { buttonClass } from "@/components/ui/button";
import { getSession } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";
import { homeFor } from "@/lib/domain/navigation";

const MENU_ITEM = "block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100";

/**
 * The header at every width. Wide screens: the main links, the language switch,
 * and the signed-in user's menu (account, sign out). Phones: the language switch
 * and one menu that holds all of it.
 */
export async function SiteHeader({ unreadNotices = 0 }: { unreadNotices?: number }) {
  const [t, user] = await Promise.all([getTranslations("common"), getSession()]);
  const unread = unreadNotices;
  const mainLinks = [
    { href: "/jobs", label: t("nav.jobs") },
    { href: "/roles", label: t("nav.roles") },
    ...(user ? [{ href: homeFor(user.role), label: t(`nav.home.${user.role}`) }] : []),
    ...(user?.role === "CANDIDATE"
      ? [
          { href: "/career", label: t("nav.career") },
          { href: "/applications", label: t("nav.applications") },
        ]
      : []),
    ...(user?.role === "EMPLOYER"
      ? [
          { href: "/company/postings", label: t("nav.postings") },
          { href: "/company/candidates", label: t("nav.candidates") },
        ]
      : []),
    ...(user?.role === "ADMIN" ? [{ href: "/admin/moderation", label: t("nav.moderation") }] : []),
    ...(user ? [{ href: "/notices", label: unread > 0 ? t("nav.noticesUnread", { count: unread }) : t("nav.notices") }] : []),
  ];
  const accountItems = user ? (
    <>
      <p className="truncate px-3 pb-2 pt-1 text-xs text-slate-600" title={displayEmail(user.email)}>
        {user.name}
        <span className="block truncate">{displayEmail(user.email)}</span>
      </p>
      <Link href="/account" className={MENU_ITEM}>
        {t("nav.account")}
      </Link>
      <SignOutButton label={t("nav.signOut")} className={`${MENU_ITEM} w-full text-left`} />
    </>
  ) : (
    <>
      <Link href="/sign-in" className={MENU_ITEM}>
        {t("nav.signIn")}
      </Link>
      <Link href="/sign-up" className={MENU_ITEM}>
        {t("nav.signUp")}
      </Link>
    </>
  );

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <div className="flex min-w-0 items-center gap-6">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
            Rolemap
          </Link>
          <nav aria-label={t("nav.label")} className="hidden items-center gap-4 text-sm sm:flex">
            {mainLinks.map((l) => (
              <Link key={l.href} href={l.href} className="text-slate-700 hover:text-slate-950 hover:underline">
                {l.label}
              </Link>
            ))}
          </nav>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          <LanguageSwitch />
          {user ? (
            <HeaderMenu label={t("nav.accountMenu", { name: user.name })} summary={<span className="max-w-40 truncate">{user.name}</span>} className="hidden sm:block">
              {accountItems}
            </HeaderMenu>
          ) : (
            <div className="hidden items-center gap-2 sm:flex">
              <Link href="/sign-in" className={buttonClass("ghost")}>
                {t("nav.signIn")}
              </Link>
              <Link href="/sign-up" className={buttonClass("primary")}>
                {t("nav.signUp")}
              </Link>
            </div>
          )}
          <HeaderMenu label={t("nav.menu")} summary={t("nav.menu")} className="sm:hidden">
            <nav aria-label={t("nav.label")}>
              {mainLinks.map((l) => (
                <Link key={l.href} href={l.href} className={MENU_ITEM}>
                  {l.label}
                </Link>
              ))}
            </nav>
            <hr className="my-2 border-slate-200" />
            {accountItems}
          </HeaderMenu>
        </div>
      </div>
    </header>
  );
}
