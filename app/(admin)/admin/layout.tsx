import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";

const LINKS = [
  ["/admin", "taxonomy"],
  ["/admin/taxonomy/skills", "skills"],
  ["/admin/taxonomy/groups", "groups"],
  ["/admin/taxonomy/roles", "roles"],
  ["/admin/taxonomy/families", "families"],
  ["/admin/taxonomy/history", "history"],
  ["/admin/taxonomy/versions", "versions"],
  ["/admin/taxonomy/transfer", "transfer"],
  ["/admin/moderation", "moderation"],
  ["/admin/leads", "leads"],
  ["/admin/users", "users"],
] as const;

// Navigation only: every admin page checks the role itself (requireRole).
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("admin.nav");
  return (
    <ClientMessages namespaces={["admin", "editor", "roles", "postings"]}>
      <nav aria-label={t("label")} className="mb-8 border-b border-slate-200 pb-3 text-sm font-medium">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          {LINKS.map(([href, key]) => (
            <li key={href}>
              <Link href={href} className="text-brand-700 hover:underline">
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {children}
    </ClientMessages>
  );
}
