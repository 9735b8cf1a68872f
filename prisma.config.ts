// Prisma CLI configuration (generate/validate). Migrations are applied by the app
// itself (lib/server/migrate.ts): Prisma's native schema engine cannot be
// downloaded on every machine, see README "Migrations".
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
