import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/applications/invite-form";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { Select } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/session";
import { pick } from "@/lib/domain/taxonomy";
import type { AppLocale } from "@/lib/i18n/config";
import { listOpenPostingsForInvites, searchCandidates } from "@/lib/server/applications/candidate-search";
import { listRoleOptions } from "@/lib/server/career/background";
import { listSkillOptions } from "@/lib/server/postings/options";
import { CANDIDATE_SEARCH_SKILLS, parseCandidateSearch } from "@/lib/validations/application";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("applications.candidates"))("title") };
}

export default async function CandidatesPage({ searchParams }: Props) {
  const user = await requireRole("EMPLOYER");
  const locale = (await getLocale()) as AppLocale;
  const search = parseCandidateSearch(await searchParams);
  const [found, postings, skills, roles, t, tp] = await Promise.all([
    searchCandidates(user, search, locale),
    listOpenPostingsForInvites(user, locale),
    listSkillOptions(locale),
    listRoleOptions(locale),
    getTranslations("applications.candidates"),
    getTranslations("postings"),
  ]);
  if (!found) notFound();
  const skillOptions = skills.map((s) => ({ id: s.id, label: pick({ labelEn: s.labelEn, labelRu: s.labelRu }, "label", locale) })).sort((a, b) => a.label.localeCompare(b.label, locale));
  const slots = Array.from({ length: CANDIDATE_SEARCH_SKILLS }, (_, i) => search.skills[i] ?? "");

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" action="/company/candidates" role="search" aria-label={t("title")} className="grid items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        {slots.map((value, i) => (
          <div key={i}>
            <label htmlFor={`cand-skill-${i}`} className="mb-1 block text-sm font-medium text-slate-800">
              {t("skill")} {i + 1}
            </label>
            <Select id={`cand-skill-${i}`} name="skill" defaultValue={value}>
              <option value="">{t("anySkill")}</option>
              {skillOptions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </Select>
          </div>
        ))}
        <div>
          <label htmlFor="cand-target" className="mb-1 block text-sm font-medium text-slate-800">
            {t("target")}
          </label>
          <Select id="cand-target" name="target" defaultValue={search.target ?? ""}>
            <option value="">{t("anyTarget")}</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </form>
      <p className="text-sm text-slate-700" role="status">
        {t("found", { count: found.length })}
      </p>
      {found.length === 0 ? (
        <Card>
          <p className="text-slate-700">{t("empty")}</p>
        </Card>
      ) : (
        <ul className="space-y-3">
          {found.map((c) => (
            <li key={c.id}>
              <Card className="space-y-2 p-4 sm:p-5">
                <h2 className="break-words font-semibold text-slate-900">
                  {c.firstName}
                  {c.headline ? <span className="font-normal text-slate-700"> · {c.headline}</span> : null}
                </h2>
                <p className="text-sm text-slate-700">
                  {[c.location, c.workMode ? tp(`workMode.${c.workMode}`) : null, c.target ? t("target_", { role: c.target }) : null].filter(Boolean).join(" · ")}
                </p>
                {c.roles.length > 0 ? (
                  <p className="break-words text-sm text-slate-800">
                    {c.roles.map((r) => `${r.label} (${t("years", { years: r.years })}${r.current ? `, ${t("current")}` : ""})`).join("; ")}
                  </p>
                ) : null}
                <ul className="flex flex-wrap gap-2">
                  {c.skills.map((s) => (
                    <li key={s.label} className={`rounded px-2 py-0.5 text-xs ${s.asked ? "bg-brand-50 font-medium text-brand-800" : "bg-slate-100 text-slate-800"}`}>
                      {t("level", { skill: s.label, level: s.level })}
                    </li>
                  ))}
                  {c.moreSkills > 0 ? <li className="px-1 text-xs text-slate-600">{t("more", { count: c.moreSkills })}</li> : null}
                </ul>
                {postings.length > 0 ? (
                  <InviteForm candidateId={c.id} name={c.firstName} postings={postings} />
                ) : (
                  <p className="text-sm text-slate-600">{t("noPostings")}</p>
                )}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
