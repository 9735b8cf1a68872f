import "server-only";
import { database } from "@/lib/db";
import { appVersion, isEmbedded } from "@/lib/env";
import { logError } from "@/lib/log";
import { pendingMigrations } from "@/lib/server/migrate";

export interface Health {
  status: "ok" | "error";
  version: string;
  database: { kind: "embedded" | "postgres"; reachable: boolean; pendingMigrations: string[] | null };
}

export async function getHealth(): Promise<Health> {
  const kind = isEmbedded ? "embedded" : "postgres";
  try {
    await database().withConnection((sql) => sql.query("SELECT 1"));
    const pending = await pendingMigrations();
    return {
      status: pending.length === 0 ? "ok" : "error",
      version: appVersion,
      database: { kind, reachable: true, pendingMigrations: pending },
    };
  } catch (error) {
    logError("health.failed", error);
    return { status: "error", version: appVersion, database: { kind, reachable: false, pendingMigrations: null } };
  }
}
