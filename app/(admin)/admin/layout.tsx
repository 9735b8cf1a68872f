import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

// Navigation only: every admin page checks the role itself (requireRole).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("admin.nav");
  return (
    <div>
      <nav aria-label={t("label")} className="mb-8 flex gap-4 border-b border-slate-200 pb-3 text-sm font-medium">
        <Link href="/admin" className="text-brand-700 hover:underline">
          {t("taxonomy")}
        </Link>
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          {t("users")}
        </Link>
      </nav>
      {children}
    </div>
  );
}
