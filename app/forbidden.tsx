import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        {t("home")}
      </Link>
    </div>
  );
}
