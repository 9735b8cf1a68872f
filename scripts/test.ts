// `npm test`: every check in order, stopping at the first failure —
// typecheck, lint, unit, integration, e2e — with a summary of times at the end.
//
// TEST_DATABASE_URL (a PostgreSQL server URL) reaches the integration and e2e
// steps: each makes its own fresh database on that server.
// TEST_REPORT_DIR: when set, the test steps also write JSON reports there
// (unit.json, integration.json, e2e.json), e.g. for CI to count the tests.
// `npm test -- unit integration` runs only the steps named.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const bin = (name: string) => path.join(ROOT, "node_modules", ".bin", name);
const reportDir = process.env.TEST_REPORT_DIR ? path.resolve(process.env.TEST_REPORT_DIR) : null;
if (reportDir) fs.mkdirSync(reportDir, { recursive: true });

const vitestJson = (name: string) =>
  reportDir ? ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reportDir, `${name}.json`)}`] : [];

interface Step {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
}

const STEPS: Step[] = [
  { name: "typecheck", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  { name: "unit", command: bin("vitest"), args: ["run", "--project", "unit", ...vitestJson("unit")] },
  { name: "integration", command: bin("vitest"), args: ["run", "--project", "integration", ...vitestJson("integration")] },
  {
    name: "e2e",
    command: bin("tsx"),
    args: [path.join("scripts", "e2e.ts")],
    env: reportDir ? { E2E_JSON_OUTPUT: path.join(reportDir, "e2e.json") } : {},
  },
];

function duration(ms: number): string {
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)}s` : `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
}

function main(): void {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !STEPS.some((s) => s.name === w));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown step(s): ${unknown.join(", ")}. Steps: ${STEPS.map((s) => s.name).join(", ")}\n`);
    process.exit(2);
  }
  const steps = wanted.length > 0 ? STEPS.filter((s) => wanted.includes(s.name)) : STEPS;
  const times: string[] = [];
  const started = Date.now();

  for (const [i, step] of steps.entries()) {
    const shown = [path.relative(ROOT, step.command).replace(/^node_modules\/\.bin\//, ""), ...step.args].join(" ");
    process.stdout.write(`\n━━━ [${i + 1}/${steps.length}] ${step.name}: ${shown}\n\n`);
    const t0 = Date.now();
    const result = spawnSync(step.command, step.args, {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
    });
    const took = Date.now() - t0;
    const status = result.error ? 1 : (result.status ?? 1);
    if (status !== 0) {
      if (result.error) process.stderr.write(`${result.error.message}\n`);
      times.push(`${step.name} FAILED ${duration(took)}`);
      process.stdout.write(`\n✗ npm test: ${step.name} failed (exit ${status}) — ${times.join(", ")}; total ${duration(Date.now() - started)}\n`);
      process.exit(status);
    }
    times.push(`${step.name} ${duration(took)}`);
  }
  process.stdout.write(`\n✓ npm test: all ${steps.length} steps passed — ${times.join(", ")}; total ${duration(Date.now() - started)}\n`);
}

main();
