// What happened to a posting, newest first: who moved it where, and why.
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { PostingEventView } from "@/lib/views/postings";

export async function PostingHistory({ events }: { events: PostingEventView[] }) {
  const [t, format] = await Promise.all([getTranslations("postings"), getFormatter()]);
  return (
    <Card>
      <h2 className="mb-3 text-lg font-semibold">{t("manage.history")}</h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">{t("manage.noHistory")}</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {events.map((e, i) => (
            <li key={i} className="border-l-2 border-slate-200 pl-3">
              <span className="text-slate-600">{format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}</span>{" "}
              {t("manage.event", { who: e.actorName, to: t(`status.${e.to}`) })}
              {e.note && e.to === "REJECTED" ? <span className="block text-red-800">{e.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
