import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { UserActions } from "@/components/admin/user-actions";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { TableFrame } from "@/components/ui/table-frame";
import { requireRole } from "@/lib/auth/session";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/server/users";
import { zUserListQuery } from "@/lib/validations/admin";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("ADMIN");
  const query = zUserListQuery.parse(await searchParams);
  const [t, tc, format, { users, total }] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getFormatter(),
    listUsers(admin, query),
  ]);
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageHref = (page: number) => `/admin/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;

  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form role="search" className="mb-6 flex max-w-lg gap-2" action="/admin/users">
        <label htmlFor="user-search" className="sr-only">
          {t("search")}
        </label>
        <Input id="user-search" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} />
        <button type="submit" className={buttonClass("secondary")}>
          {t("search")}
        </button>
      </form>
      <p className="mb-3 text-sm text-slate-700">{t("count", { count: total })}</p>
      <TableFrame label={t("title")}>
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">{t("user")}</th>
              <th scope="col" className="px-4 py-3 font-medium">{t("role")}</th>
              <th scope="col" className="px-4 py-3 font-medium">{t("status")}</th>
              <th scope="col" className="px-4 py-3 font-medium">{t("created")}</th>
              <th scope="col" className="px-4 py-3 font-medium">{t("actions")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {users.map((u) => (
              <tr key={u.id} className="align-top">
                <td className="px-4 py-3">
                  <span className="font-medium">{u.name}</span>
                  <span className="block text-slate-600">{u.email}</span>
                  {u.company ? <span className="block text-slate-600">{u.company}</span> : null}
                </td>
                <td className="px-4 py-3">{tc(`roles.${u.role}`)}</td>
                <td className="px-4 py-3">
                  <Badge tone={u.disabled ? "amber" : "green"}>{t(u.disabled ? "disabled" : "active")}</Badge>
                </td>
                <td className="px-4 py-3 text-slate-700">{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
                <td className="px-4 py-3">
                  {u.id === admin.id ? (
                    <span className="text-slate-600">{t("you")}</span>
                  ) : (
                    <UserActions userId={u.id} email={u.email} role={u.role} disabled={u.disabled} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3 text-sm">
          {query.page > 1 ? <Link href={pageHref(query.page - 1)} className="text-brand-700 underline">{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? <Link href={pageHref(query.page + 1)} className="text-brand-700 underline">{t("next")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
