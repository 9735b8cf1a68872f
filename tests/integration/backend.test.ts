// The suite runs on the database the run asked for. CI's PostgreSQL run sets
// REQUIRE_POSTGRES=1: if TEST_DATABASE_URL were lost on the way, the suite
// would otherwise run again on the embedded database and look green.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { backend } from "./databases";

describe("the database under test", () => {
  it("is a PostgreSQL server when the run requires one, else the embedded PGlite", async () => {
    const [row] = await db.$queryRaw<{ version: string; port: number | null }[]>`
      SELECT version() AS version, inet_server_port() AS port`;
    if (env.REQUIRE_POSTGRES) {
      expect(backend).toBe("postgres");
      expect(row!.version).not.toMatch(/PGlite|emscripten/);
      expect(row!.port).not.toBeNull();
    } else if (backend === "embedded") {
      expect(row!.version).toMatch(/PGlite/);
    } else {
      expect(row!.port).not.toBeNull();
    }
  });
});
