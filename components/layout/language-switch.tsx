import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/actions/account/set-locale";
import { formAction } from "@/lib/actions/safe-action";
import { LOCALES } from "@/lib/i18n/config";

/** Two buttons (EN / RU) posting to a server action: works without JavaScript too. */
export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common.language");
  return (
    <form action={formAction(setLocaleAction)} className="flex items-center gap-1" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          aria-pressed={l === locale}
          aria-label={t(l)}
          className={`rounded px-2 py-1 text-xs font-semibold uppercase ${
            l === locale ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200"
          }`}
        >
          {l}
        </button>
      ))}
    </form>
  );
}
