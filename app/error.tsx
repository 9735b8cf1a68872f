"use client";
import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">{t("reference", { id: error.digest })}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white">
        {t("retry")}
      </button>
    </div>
  );
}
