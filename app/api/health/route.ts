import { NextResponse } from "next/server";
import { getSession } from "@/lib/auth/session";
import { getHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/**
 * Liveness and readiness for load balancers: 200 when the database is reachable
 * and fully migrated, else 503. Anybody learns only up or down; the version
 * and the pending migrations are shown to a signed-in admin.
 */
export async function GET() {
  const [health, user] = await Promise.all([getHealth(), getSession().catch(() => null)]);
  const body = user?.role === "ADMIN" ? health : { status: health.status };
  return NextResponse.json(body, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
