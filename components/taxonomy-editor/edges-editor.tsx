"use client";
// The growth paths that lead from a role: to which role, vertical (up the
// ladder) or horizontal (a bridge), and why, in both languages.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { Field, Input, Select } from "@/components/ui/field";
import { deleteGrowthEdgeAction } from "@/lib/actions/taxonomy/delete-growth-edge";
import { saveGrowthEdgeAction } from "@/lib/actions/taxonomy/save-growth-edge";
import { TAXONOMY_LIMITS } from "@/lib/validations/taxonomy";
import type { RoleEditView } from "@/lib/views/taxonomy-editor";
import { GROWTH_KINDS, type GrowthKind } from "@/lib/views/vocabulary";

type Edge = RoleEditView["edgesOut"][number];

function EdgeFields({ id, kind, setKind, en, setEn, ru, setRu }: { id: string; kind: GrowthKind; setKind: (k: GrowthKind) => void; en: string; setEn: (v: string) => void; ru: string; setRu: (v: string) => void }) {
  const t = useTranslations("editor");
  const tk = useTranslations("roles.growthKind");
  return (
    <>
      <Field id={`${id}-kind`} label={t("edges.kind")}>
        <Select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as GrowthKind)}>
          {GROWTH_KINDS.map((k) => (
            <option key={k} value={k}>
              {tk(k)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${id}-en`} label={t("fields.rationaleEn")} hint={en ? undefined : t("missingTranslation")}>
        <Input id={`${id}-en`} value={en} maxLength={TAXONOMY_LIMITS.rationale} onChange={(e) => setEn(e.target.value)} />
      </Field>
      <Field id={`${id}-ru`} label={t("fields.rationaleRu")} hint={ru ? undefined : t("missingTranslation")}>
        <Input id={`${id}-ru`} lang="ru" value={ru} maxLength={TAXONOMY_LIMITS.rationale} onChange={(e) => setRu(e.target.value)} />
      </Field>
    </>
  );
}

function EdgeRow({ from, edge }: { from: string; edge: Edge }) {
  const t = useTranslations("editor");
  const [kind, setKind] = useState(edge.kind);
  const [en, setEn] = useState(edge.rationaleEn);
  const [ru, setRu] = useState(edge.rationaleRu);
  return (
    <li className="space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm">
      <p className="font-medium">
        → <Link href={`/admin/taxonomy/roles/${edge.to}`} className="text-brand-700 underline">{edge.label}</Link>
      </p>
      <div className="grid gap-2 md:grid-cols-3">
        <EdgeFields id={`edge-${edge.to}`} kind={kind} setKind={setKind} en={en} setEn={setEn} ru={ru} setRu={setRu} />
      </div>
      <div className="flex flex-wrap gap-2">
        <ActionButton ariaLabel={t("edges.saveFor", { to: edge.label })} run={() => saveGrowthEdgeAction({ from, to: edge.to, kind, rationaleEn: en, rationaleRu: ru, version: edge.version })}>
          {t("save")}
        </ActionButton>
        <ActionButton
          variant="danger"
          ariaLabel={t("edges.deleteFor", { to: edge.label })}
          confirm={t("edges.confirmDelete", { to: edge.label })}
          confirmLabel={t("delete")}
          run={() => deleteGrowthEdgeAction({ from, to: edge.to, version: edge.version })}
        >
          {t("delete")}
        </ActionButton>
      </div>
    </li>
  );
}

export function EdgesEditor({ from, edges, roles }: { from: string; edges: Edge[]; roles: { slug: string; label: string }[] }) {
  const t = useTranslations("editor");
  const targets = roles.filter((r) => r.slug !== from);
  const [to, setTo] = useState(targets[0]?.slug ?? "");
  const [kind, setKind] = useState<GrowthKind>("HORIZONTAL");
  const [en, setEn] = useState("");
  const [ru, setRu] = useState("");
  return (
    <div className="space-y-4">
      <ul className="space-y-2">
        {edges.map((e) => (
          <EdgeRow key={`${e.to}-${e.version}`} from={from} edge={e} />
        ))}
      </ul>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 text-sm">
        <legend className="px-1 font-semibold">{t("edges.add")}</legend>
        <div className="grid gap-2 md:grid-cols-2">
          <Field id="edge-new-to" label={t("edges.to")}>
            <Select id="edge-new-to" value={to} onChange={(e) => setTo(e.target.value)}>
              {targets.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.label}
                </option>
              ))}
            </Select>
          </Field>
          <EdgeFields id="edge-new" kind={kind} setKind={setKind} en={en} setEn={setEn} ru={ru} setRu={setRu} />
        </div>
        <ActionButton variant="primary" run={() => saveGrowthEdgeAction({ from, to, kind, rationaleEn: en, rationaleRu: ru })} onDone={() => (setEn(""), setRu(""))}>
          {t("edges.addButton")}
        </ActionButton>
      </fieldset>
    </div>
  );
}
