import type { Metadata } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { getSession } from "@/lib/auth/session";
import { publicUrl } from "@/lib/env";
import { countUnreadNotices } from "@/lib/server/notices";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  // metadataBase: absolute addresses in Open Graph cards and canonical links.
  return { metadataBase: new URL(publicUrl), title: { default: "Rolemap", template: "%s · Rolemap" }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, user] = await Promise.all([getLocale(), getTranslations("common"), getSession()]);
  const unreadNotices = user ? await countUnreadNotices(user) : 0;
  return (
    <html lang={locale} className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        <ClientMessages>
          <SiteHeader unreadNotices={unreadNotices} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-white">
            <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-600">{t("footer")}</div>
          </footer>
        </ClientMessages>
      </body>
    </html>
  );
}
