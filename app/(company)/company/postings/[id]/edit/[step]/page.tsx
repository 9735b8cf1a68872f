import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PostingBothLanguages } from "@/components/postings/posting-both-languages";
import { StepDescription } from "@/components/postings/step-description";
import { StepDetails } from "@/components/postings/step-details";
import { StepQuestions } from "@/components/postings/step-questions";
import { StepRole } from "@/components/postings/step-role";
import { StepTemplate } from "@/components/postings/step-template";
import { SubmitPosting } from "@/components/postings/submit-posting";
import { WizardProgress } from "@/components/postings/wizard-progress";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/session";
import { isEditable } from "@/lib/domain/posting-rules";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { getPostingWizard } from "@/lib/server/postings/drafts";
import { listRoleTemplates, listSkillOptions } from "@/lib/server/postings/options";
import { getPostingDisplay } from "@/lib/server/postings/read";
import { incompleteSteps, WIZARD_STEPS, type WizardStep } from "@/lib/validations/posting";

type Params = { params: Promise<{ id: string; step: string }> };

const isStep = (value: string): value is WizardStep => (WIZARD_STEPS as readonly string[]).includes(value);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations("postings.wizard");
  return { title: isStep(step) ? `${t(`steps.${step}`)} · ${t("title")}` : t("title") };
}

export default async function PostingWizardPage({ params }: Params) {
  const user = await requireRole("EMPLOYER");
  const { id, step } = await params;
  if (!isStep(step)) notFound();
  const posting = await getPostingWizard(user, id);
  if (!posting) notFound();
  if (!isEditable(posting.status)) redirect(`/company/postings/${id}`);
  const index = WIZARD_STEPS.indexOf(step);
  // A step opens once the ones before it are done (the first one always).
  if (index > posting.stepReached) redirect(`/company/postings/${id}/edit/${WIZARD_STEPS[posting.stepReached]}`);

  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations("postings.wizard");
  const href = (i: number) => `/company/postings/${id}/edit/${WIZARD_STEPS[i]}`;
  const common = { postingId: id, version: posting.version, nextHref: href(index + 1) };
  const prevHref = href(Math.max(index - 1, 0));

  let body;
  if (step === "role") body = <StepRole {...common} initial={posting.values.role} />;
  else if (step === "template") {
    const [roles, skills] = await Promise.all([listRoleTemplates(), listSkillOptions(locale, posting.values.template.skills.map((s) => s.skillId))]);
    const family = posting.values.role.family;
    body = <StepTemplate {...common} prevHref={prevHref} initial={posting.values.template} roles={roles.filter((r) => !family || r.family === family)} skills={skills} locale={locale} />;
  } else if (step === "details") body = <StepDetails {...common} prevHref={prevHref} initial={posting.values.details} locale={locale} />;
  else if (step === "questions") body = <StepQuestions {...common} prevHref={prevHref} initial={posting.values.questions} />;
  else if (step === "description") body = <StepDescription {...common} prevHref={prevHref} initial={posting.values.description} />;
  else {
    const problems = incompleteSteps(posting.values);
    const views = await Promise.all(LOCALES.map((l) => getPostingDisplay(user, id, l)));
    body = (
      <div className="space-y-6">
        {posting.rejectionReason ? <Alert tone="error">{t("rejectedBecause", { reason: posting.rejectionReason })}</Alert> : null}
        {problems.length > 0 ? (
          <Alert tone="error">
            <p>{t("incomplete")}</p>
            <ul className="mt-2 list-disc pl-5">
              {problems.map((p) => (
                <li key={p.step}>
                  <Link href={`/company/postings/${id}/edit/${p.step}`} className="underline">
                    {t(`steps.${p.step}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </Alert>
        ) : (
          <p className="text-slate-700">{t("previewLead")}</p>
        )}
        <PostingBothLanguages views={views} headingLevel={3} />
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
          <Link href={prevHref} className="text-brand-700 underline">
            {t("back")}
          </Link>
          <SubmitPosting postingId={id} version={posting.version} disabled={problems.length > 0} />
        </div>
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-5xl">
      <p className="mb-2 text-sm">
        <Link href="/company/postings" className="text-brand-700 underline">
          {t("toList")}
        </Link>
      </p>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <WizardProgress postingId={id} current={step} stepReached={posting.stepReached} />
      {step === "preview" ? body : <Card>{body}</Card>}
    </div>
  );
}
