import { NextResponse } from "next/server";
import { getHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness for load balancers: database reachable, migrations applied, version. */
export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.status === "ok" ? 200 : 503 });
}
