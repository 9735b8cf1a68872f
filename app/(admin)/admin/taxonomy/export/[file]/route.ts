import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { EXPORT_FILES, exportFile, type ExportFile } from "@/lib/server/taxonomy/transfer";

export const dynamic = "force-dynamic";

/** The taxonomy as a file to download: admins only (a route handler checks the session itself). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const user = await getSession();
  const refuse = async (key: "unauthorized" | "forbidden" | "notFound", status: number) =>
    new Response(`${(await getTranslations("errors"))(key)}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!user) return refuse("unauthorized", 401);
  if (user.role !== "ADMIN") return refuse("forbidden", 403);
  const { file } = await params;
  if (!Object.hasOwn(EXPORT_FILES, file)) return refuse("notFound", 404);
  const { type, body } = await exportFile(file as ExportFile);
  return new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="rolemap-${file}"`, "Cache-Control": "no-store" },
  });
}
