import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { fieldName } from "@/components/taxonomy-editor/field-name";
import { RevertButton } from "@/components/taxonomy-editor/revert-button";
import { Badge } from "@/components/ui/card";
import type { ChangeView } from "@/lib/views/taxonomy-editor";

const REVERTIBLE = new Set(["CREATE", "UPDATE", "DEPRECATE", "RESTORE", "DELETE", "IMPORT", "REORDER", "REVERT"]);

/** Where an item of the log is edited (none for whole-taxonomy entries and gone items). */
export function itemHref(change: Pick<ChangeView, "entity" | "key">): string | null {
  if (change.entity === "SKILL") return `/admin/taxonomy/skills/${change.key}`;
  if (change.entity === "ROLE") return `/admin/taxonomy/roles/${change.key}`;
  if (change.entity === "REQUIREMENT") return `/admin/taxonomy/roles/${change.key.split("/")[0]}`;
  if (change.entity === "EDGE") return `/admin/taxonomy/roles/${change.key.split(">")[0]}`;
  if (change.entity === "GROUP") return `/admin/taxonomy/groups#group-${change.key}`;
  if (change.entity === "FAMILY") return `/admin/taxonomy/families`;
  return null;
}

/** The audit log: who changed what and when, with the fields before and after, and a revert per entry. */
export async function HistoryList({ changes, showItem = true }: { changes: ChangeView[]; showItem?: boolean }) {
  const [t, te, tr, format] = await Promise.all([getTranslations("editor.history"), getTranslations("editor"), getTranslations("roles"), getFormatter()]);
  // Field names and the app's own entries in the reader's language; an item's label is its name when the change was made.
  const labelOf = (c: ChangeView) => {
    if (c.entity === "FAMILY") return tr(`family.badge.${c.key}` as never);
    if (c.entity !== "TAXONOMY") return c.label;
    const version = /^version-(\d+)$/.exec(c.key);
    if (version) return te("versions.version", { number: Number(version[1]) });
    return t.has(`taxonomyLabels.${c.key}`) ? t(`taxonomyLabels.${c.key}` as never) : c.label;
  };
  if (changes.length === 0) return <p className="text-sm text-slate-700">{t("empty")}</p>;
  return (
    <ol className="space-y-3">
      {changes.map((c) => {
        const href = showItem ? itemHref(c) : null;
        return (
          <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={c.action === "DELETE" || c.action === "DEPRECATE" ? "amber" : "brand"}>{t(`action.${c.action}`)}</Badge>
              {showItem ? (
                <span className="font-medium break-words">
                  {t(`entity.${c.entity}`)}: {href ? <Link href={href} className="text-brand-700 underline">{labelOf(c)}</Link> : labelOf(c)}
                </span>
              ) : null}
              <span className="text-slate-600">
                {t("by", { name: c.actorName, at: format.dateTime(c.at, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
              {c.reverted ? <Badge tone="slate">{t("reverted")}</Badge> : null}
            </div>
            {c.fields.length > 0 ? (
              <dl className="mt-2 space-y-1">
                {c.fields.slice(0, 8).map((f) => (
                  <div key={f.field} className="break-words">
                    <dt className="inline font-medium text-slate-800">{fieldName(te, f.field)}: </dt>
                    <dd className="inline text-slate-700">
                      <del className="text-red-800">{f.before || "—"}</del> → <ins className="text-green-800 no-underline">{f.after || "—"}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {!c.reverted && REVERTIBLE.has(c.action) && c.entity !== "TAXONOMY" ? (
              <div className="mt-2">
                <RevertButton changeId={c.id} label={labelOf(c)} />
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
