import { getTranslations } from "next-intl/server";
import { getSession } from "@/lib/auth/session";
import { exportMyData } from "@/lib/server/my-data";

export const dynamic = "force-dynamic";

/** Everything the portal holds about the signed-in candidate, as a JSON file to download. */
export async function GET() {
  const user = await getSession();
  const refuse = async (key: "unauthorized" | "forbidden", status: number) =>
    new Response(`${(await getTranslations("errors"))(key)}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (!user) return refuse("unauthorized", 401);
  const data = await exportMyData(user);
  if (!data) return refuse("forbidden", 403);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="rolemap-my-data.json"',
      "Cache-Control": "no-store",
    },
  });
}
