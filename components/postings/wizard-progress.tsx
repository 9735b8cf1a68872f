// Where the company is in the wizard: every step by name, the ones it may
// open as links (those done and the next one), the current one marked.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WIZARD_STEPS, type WizardStep } from "@/lib/validations/posting";

export async function WizardProgress({ postingId, current, stepReached }: { postingId: string; current: WizardStep; stepReached: number }) {
  const t = await getTranslations("postings.wizard");
  const index = WIZARD_STEPS.indexOf(current);
  return (
    <nav aria-label={t("progressLabel")} className="mb-6">
      <p className="mb-2 text-sm text-slate-700">{t("stepOf", { n: index + 1, total: WIZARD_STEPS.length, name: t(`steps.${current}`) })}</p>
      <ol className="grid grid-cols-6 gap-1 sm:gap-2">
        {WIZARD_STEPS.map((step, i) => {
          const open = i <= stepReached;
          const here = step === current;
          const bar = `block h-1.5 rounded ${here ? "bg-brand-700" : i < stepReached ? "bg-brand-600/60" : "bg-slate-200"}`;
          const label = <span className="mt-1 hidden text-xs sm:block">{t(`steps.${step}`)}</span>;
          return (
            <li key={step}>
              {open && !here ? (
                <Link href={`/company/postings/${postingId}/edit/${step}`} className="block rounded text-slate-700 hover:text-brand-700">
                  <span className={bar} aria-hidden />
                  {label}
                  <span className="sr-only sm:hidden">{t(`steps.${step}`)}</span>
                </Link>
              ) : (
                <span aria-current={here ? "step" : undefined} className={`block ${here ? "font-semibold text-slate-900" : "text-slate-500"}`}>
                  <span className={bar} aria-hidden />
                  {label}
                  <span className="sr-only sm:hidden">{t(`steps.${step}`)}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
