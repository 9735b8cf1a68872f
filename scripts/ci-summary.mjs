// CI's last step: reads the JSON reports of every suite and run, and fails
// unless each one exists, has no failed and no flaky test (one that passed only
// on a retry), and has at least as many tests as tests/expected-counts.json
// records (so a suite that silently lost tests does not look green).
// Prints one line per report and the total: "N passed, 0 failed".
// Usage: node scripts/ci-summary.mjs <reports-dir>
import fs from "node:fs";
import path from "node:path";

const dir = process.argv[2];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const expected = JSON.parse(fs.readFileSync(path.join(root, "tests", "expected-counts.json"), "utf8"));
const problems = [];
let passed = 0;
let failed = 0;

/** Playwright's report: walk the suites for each test's final status and its retries. */
function playwright(report) {
  const counts = { passed: 0, failed: 0, skipped: 0, flaky: [] };
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        const name = [...titles, spec.title].filter(Boolean).join(" › ");
        if (t.status === "skipped") counts.skipped++;
        else if (t.status === "expected") counts.passed++;
        else if (t.status === "flaky") counts.flaky.push(name);
        else counts.failed++;
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return counts;
}

/** Vitest's report. */
function vitest(report) {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, flaky: [] };
}

for (const [name, minimum] of Object.entries(expected)) {
  const file = path.join(dir, `${name}.json`);
  if (!fs.existsSync(file)) {
    problems.push(`${name}: the report is missing`);
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const c = report.stats ? playwright(report) : vitest(report);
  const total = c.passed + c.failed + c.skipped + c.flaky.length;
  console.log(`  ${name.padEnd(22)} ${c.passed} passed, ${c.failed} failed, ${c.flaky.length} flaky, ${c.skipped} skipped`);
  passed += c.passed;
  failed += c.failed + c.flaky.length;
  if (c.failed > 0) problems.push(`${name}: ${c.failed} failed`);
  for (const flaky of c.flaky) problems.push(`${name}: flaky (passed only on a retry): ${flaky}`);
  if (total < minimum.total) problems.push(`${name}: ${total} tests, fewer than the ${minimum.total} recorded in tests/expected-counts.json`);
  if (c.passed < minimum.passed) problems.push(`${name}: ${c.passed} passed, fewer than the ${minimum.passed} recorded`);
  if (total > minimum.total || c.passed > minimum.passed) {
    console.log(`    (more than recorded: update tests/expected-counts.json to total ${total}, passed ${c.passed})`);
  }
}

console.log(`${passed} passed, ${failed} failed`);
if (problems.length > 0) {
  console.log(`CI is red:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}
