// A posting side by side in English and Russian, each with its own labels:
// the wizard's preview and the moderation page.
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { PostingView } from "@/components/postings/posting-view";
import { LOCALES } from "@/lib/i18n/config";
import type { PostingDisplay } from "@/lib/views/postings";

export async function PostingBothLanguages({ views, headingLevel }: { views: (PostingDisplay | null)[]; headingLevel: 2 | 3 }) {
  const t = await getTranslations("postings.wizard");
  return (
    <div className="grid gap-6 xl:grid-cols-2">
      {views.map((view, i) =>
        view ? (
          <Card key={LOCALES[i]}>
            <p className="mb-3 text-xs font-medium uppercase tracking-wide text-slate-600">{t(`previewIn.${LOCALES[i]!}`)}</p>
            <PostingView posting={view} locale={LOCALES[i]!} headingLevel={headingLevel} />
          </Card>
        ) : null,
      )}
    </div>
  );
}
