import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PublishForm } from "@/components/taxonomy-editor/publish-form";
import { fieldName } from "@/components/taxonomy-editor/field-name";
import { itemHref } from "@/components/taxonomy-editor/history-list";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/session";
import { diffTaxonomies, listVersions, taxonomyAt, type DiffItem } from "@/lib/server/taxonomy/versions";
import { z } from "@/lib/validations/z";
import Link from "next/link";

export const dynamic = "force-dynamic";

const zSide = z.union([z.literal("current"), z.coerce.number().int().min(1)]).optional().catch(undefined);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor.versions"))("title") };
}

export default async function VersionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN");
  const params = await searchParams;
  const [t, th, te, format, versions] = await Promise.all([
    getTranslations("editor.versions"),
    getTranslations("editor.history"),
    getTranslations("editor"),
    getFormatter(),
    listVersions(),
  ]);
  const newest = versions[0]?.number;
  const from = zSide.parse(params.from) ?? newest;
  const to = zSide.parse(params.to) ?? "current";
  const [a, b] = from === undefined ? [null, null] : await Promise.all([taxonomyAt(from), taxonomyAt(to)]);
  const diff = a && b ? diffTaxonomies(a, b) : null;
  const sideLabel = (v: number | "current") => (v === "current" ? t("current") : t("version", { number: v }));
  const list = (title: string, items: DiffItem[]) => (
    <section>
      <h3 className="mb-2 font-semibold">{t(title, { count: items.length })}</h3>
      <ul className="space-y-1 text-sm">
        {items.map((i) => {
          const href = itemHref(i);
          return (
            <li key={`${i.entity}:${i.key}`} className="break-words">
              {th(`entity.${i.entity}`)}: {href ? <Link href={href} className="text-brand-700 underline">{i.label}</Link> : i.label}
              {i.fields ? <span className="text-slate-600"> ({i.fields.map((f) => fieldName(te, f)).join(", ")})</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("publishTitle")}</h2>
        <PublishForm />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold">{t("listTitle")}</h2>
        {versions.length === 0 ? (
          <p className="text-sm text-slate-700">{t("none")}</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {versions.map((v) => (
              <li key={v.number}>
                <span className="font-semibold">{t("version", { number: v.number })}</span>{" "}
                <span className="text-slate-600">{t("by", { name: v.publishedByName, at: format.dateTime(v.publishedAt, { dateStyle: "medium", timeStyle: "short" }) })}</span>
                <p className="break-words text-slate-800">{v.note}</p>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {versions.length > 0 ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("diffTitle")}</h2>
          <form action="/admin/taxonomy/versions" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
            {(["from", "to"] as const).map((side) => (
              <label key={side} className="w-56 font-medium">
                {t(side)}
                <Select name={side} defaultValue={String(side === "from" ? from : to)} className="mt-1">
                  <option value="current">{t("current")}</option>
                  {versions.map((v) => (
                    <option key={v.number} value={v.number}>
                      {t("version", { number: v.number })}
                    </option>
                  ))}
                </Select>
              </label>
            ))}
            <button type="submit" className={buttonClass("secondary")}>
              {t("compare")}
            </button>
          </form>
          {diff && from !== undefined ? (
            <div className="space-y-4">
              <p className="text-sm text-slate-700">{t("comparing", { from: sideLabel(from), to: sideLabel(to) })}</p>
              {list("added", diff.added)}
              {list("removed", diff.removed)}
              {list("changed", diff.changed)}
            </div>
          ) : (
            <p className="text-sm text-slate-700">{t("unknownVersion")}</p>
          )}
        </Card>
      ) : null}
    </div>
  );
}
