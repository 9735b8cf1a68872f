import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { UserActions } from "@/components/admin/user-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/field";
import { StackBody, StackCell, StackHead, StackRow, StackTable } from "@/components/ui/stack-table";
import { requireRole } from "@/lib/auth/session";
import { displayEmail } from "@/lib/domain/email";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/server/users";
import { USER_SEARCH_MAX, zUserListQuery } from "@/lib/validations/admin";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("ADMIN");
  const query = zUserListQuery.parse(await searchParams);
  // A crafted address can carry more than the box allows: say so rather than list everybody.
  const tooLong = (query.q?.length ?? 0) > USER_SEARCH_MAX;
  const [t, tc, format, { users, total }] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getFormatter(),
    tooLong ? { users: [], total: 0 } : listUsers(admin, query),
  ]);
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageHref = (page: number) => `/admin/users?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), page: String(page) })}`;
  const columns = [t("user"), t("role"), t("status"), t("created"), t("actions")];

  return (
    <div>
      <PageHeader title={t("title")} lead={t("lead")} />
      <form role="search" className="mb-6 flex max-w-lg gap-2" action="/admin/users">
        <label htmlFor="user-search" className="sr-only">
          {t("search")}
        </label>
        <Input
          id="user-search"
          name="q"
          type="search"
          maxLength={USER_SEARCH_MAX}
          defaultValue={query.q ?? ""}
          placeholder={t("searchPlaceholder")}
        />
        <button type="submit" className={buttonClass("secondary")}>
          {t("search")}
        </button>
      </form>
      {tooLong ? (
        <div className="mb-4">
          <Alert tone="info">{t("searchTooLong", { max: USER_SEARCH_MAX })}</Alert>
        </div>
      ) : null}
      <p className="mb-3 text-sm text-slate-700">{t("count", { count: total })}</p>
      <StackTable caption={t("title")}>
        <StackHead columns={columns} />
        <StackBody>
          {users.map((u) => (
            <StackRow key={u.id}>
              <StackCell rowHeader>
                <span className="font-medium">{u.name}</span>
                <span className="block text-sm font-normal text-slate-600">{displayEmail(u.email)}</span>
                {u.company ? <span className="block text-sm font-normal text-slate-600">{u.company}</span> : null}
              </StackCell>
              <StackCell label={columns[1]!}>{tc(`roles.${u.role}`)}</StackCell>
              <StackCell label={columns[2]!}>
                <Badge tone={u.disabled ? "amber" : "green"}>{t(u.disabled ? "disabled" : "active")}</Badge>
              </StackCell>
              <StackCell label={columns[3]!}>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</StackCell>
              <StackCell label={columns[4]!}>
                {u.id === admin.id ? (
                  <span className="text-slate-600">{t("you")}</span>
                ) : (
                  <UserActions userId={u.id} email={displayEmail(u.email)} role={u.role} disabled={u.disabled} />
                )}
              </StackCell>
            </StackRow>
          ))}
        </StackBody>
      </StackTable>
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3 text-sm">
          {query.page > 1 ? (
            <Link href={pageHref(query.page - 1)} className="text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? (
            <Link href={pageHref(query.page + 1)} className="text-brand-700 underline">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
