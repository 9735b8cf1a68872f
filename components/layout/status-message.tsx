import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The body of the 404 and 403 pages: a title, a sentence and the way home. */
export async function StatusMessage({ namespace }: { namespace: "common.notFound" | "common.forbidden" }) {
  const t = await getTranslations(namespace);
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
