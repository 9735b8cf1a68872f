// Compiles the production server's entry points (scripts/serve.ts,
// scripts/start.ts) ahead of time into dist/*.cjs, so that serving needs plain
// Node and no TypeScript loader: measured here, the server is ready about 0.5 s
// sooner and its processes use about 150 MB less memory than under tsx.
// Takes a few milliseconds; `npm start` and `npm run build` run it first.
import { build } from "esbuild";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

await build({
  absWorkingDir: root,
  entryPoints: { serve: "scripts/serve.ts", start: "scripts/start.ts" },
  outdir: "dist",
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // Dependencies load from node_modules at run time; only the app's own code is bundled.
  packages: "external",
  // These are server entry points by definition: React's server-only guard has nothing to guard here.
  alias: { "server-only": "./scripts/empty-module.cjs" },
  tsconfig: "tsconfig.json",
  logLevel: "warning",
});
