import { getLocale, getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import type { AppLocale } from "@/lib/i18n/config";
import { applicantsCsv } from "@/lib/server/applications/export";

export const dynamic = "force-dynamic";

/** A posting's applicants as CSV: its company's members only (a route handler checks the session itself). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSession();
  const refuse = async (key: "unauthorized" | "forbidden" | "notFound", status: number) =>
    new Response(`${(await getTranslations("errors"))(key)}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!user) return refuse("unauthorized", 401);
  if (user.role !== "EMPLOYER") return refuse("forbidden", 403);
  const { id } = await params;
  const file = await applicantsCsv(user, id, (await getLocale()) as AppLocale);
  // Another company's posting is simply not found.
  if (!file) return refuse("notFound", 404);
  // A byte-order mark: Excel then reads the Russian text as UTF-8.
  return new Response(`\uFEFF${file.body}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
    },
  });
}
