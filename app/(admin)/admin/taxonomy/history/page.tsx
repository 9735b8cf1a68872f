import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HistoryList } from "@/components/taxonomy-editor/history-list";
import { PageHeader } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { CHANGES_PAGE_SIZE, listChanges } from "@/lib/server/taxonomy/admin-read";
import { z } from "@/lib/validations/z";
import { TAXONOMY_ENTITIES } from "@/lib/views/vocabulary";

export const dynamic = "force-dynamic";

const zQuery = z.object({
  entity: z.enum(TAXONOMY_ENTITIES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.history"))("title") };
}

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await requireRole("ADMIN");
  const query = zQuery.parse(await searchParams);
  const [t, { changes, total }] = await Promise.all([getTranslations("editor.history"), listChanges(admin, query)]);
  const pages = Math.max(1, Math.ceil(total / CHANGES_PAGE_SIZE));
  const href = (patch: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ entity: query.entity, page: query.page, ...patch })) if (v !== undefined && v !== 1) params.set(k, String(v));
    return `/admin/taxonomy/history${params.size ? `?${params}` : ""}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <nav aria-label={t("filter")} className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...TAXONOMY_ENTITIES].map((e) => (
          <Link key={e ?? "all"} href={href({ entity: e, page: 1 })} aria-current={query.entity === e ? "page" : undefined} className="rounded border border-slate-300 px-2 py-1 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white">
            {e ? t(`entity.${e}`) : t("all")}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-slate-700">{t("count", { count: total })}</p>
      <HistoryList changes={changes} />
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center gap-3 text-sm">
          {query.page > 1 ? <Link href={href({ page: query.page - 1 })} className="text-brand-700 underline">{t("newer")}</Link> : null}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? <Link href={href({ page: query.page + 1 })} className="text-brand-700 underline">{t("older")}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
