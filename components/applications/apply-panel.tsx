// The job page's apply box: for a visitor, sign in or sign up (back to this
// job after); for a company or admin account, why not; for a candidate who
// applied, the stage; else what the company will receive, and the form.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ApplyForm } from "@/components/applications/apply-form-lazy";
import { SaveJobButton } from "@/components/applications/saved-buttons";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import type { ApplyState } from "@/lib/views/applications";

export async function ApplyPanel({ state, postingId, slug, saved }: { state: ApplyState; postingId: string; slug: string; saved: boolean }) {
  const [t, ts, format] = await Promise.all([getTranslations("applications.apply"), getTranslations("applications.stage"), getFormatter()]);
  const next = encodeURIComponent(`/jobs/${slug}`);
  return (
    <aside className="mt-8 rounded-lg border border-slate-200 bg-slate-50 p-5" aria-labelledby="job-apply">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="job-apply" className="text-lg font-semibold text-slate-900">
          {t("title")}
        </h2>
        {state.kind === "form" || state.kind === "applied" ? (
          <ClientMessages namespaces={["applications"]}>
            <SaveJobButton postingId={postingId} saved={saved} />
          </ClientMessages>
        ) : null}
      </div>
      {state.kind === "anonymous" ? (
        <>
          <p className="mt-1 text-sm text-slate-700">{t("anonymous")}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <Link href={`/sign-in?next=${next}`} className={buttonClass("primary")}>
              {t("signIn")}
            </Link>
            <Link href={`/sign-up?next=${next}`} className={buttonClass("secondary")}>
              {t("signUp")}
            </Link>
          </div>
        </>
      ) : state.kind === "notCandidate" ? (
        <p className="mt-1 text-sm text-slate-700">{t("notCandidate")}</p>
      ) : state.kind === "applied" ? (
        <p className="mt-1 text-sm text-slate-800">
          {t("applied", { date: format.dateTime(new Date(state.at), { dateStyle: "long" }), stage: ts(state.stage) })}{" "}
          <Link href="/applications" className="font-medium text-brand-700 underline">
            {t("toMine")}
          </Link>
        </p>
      ) : (
        <div className="mt-1 space-y-4">
          <p className="text-sm text-slate-700">{t("lead")}</p>
          <div className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm">
            <p className="font-medium text-slate-900">{t("youShare")}</p>
            <p className="mt-1 text-slate-800">{t("summary", { name: state.name, roles: state.roles, skills: state.skills })}</p>
            <p className="mt-1 text-slate-600">{t("contactShared")}</p>
            <Link href="/profile/background" className="mt-1 inline-block text-brand-700 underline">
              {t("editBackground")}
            </Link>
          </div>
          {state.skills === 0 ? <Alert tone="info">{t("noSkills")}</Alert> : null}
          <ClientMessages namespaces={["applications"]}>
            <ApplyForm postingId={postingId} questions={state.questions} />
          </ClientMessages>
        </div>
      )}
    </aside>
  );
}
