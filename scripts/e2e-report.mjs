// Reads Playwright's JSON reports (playwright.config.mjs writes one per run
// to $BANDWORK_E2E_JSON) for scripts/test:
//   node scripts/e2e-report.mjs counts REPORT        prints "passed failed"
//   node scripts/e2e-report.mjs slowest N REPORT...  the N slowest tests
//   node scripts/e2e-report.mjs projects REPORT      a line per project:
//                                                    "name<TAB>tests<TAB>test-seconds"
// A test that passed only on a retry would count as passed, but the suite
// has no retries (retries: 0 in the config), so "flaky" is always 0.
import { existsSync, readFileSync } from "node:fs";

const [what, ...args] = process.argv.slice(2);

function read(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** Every test result in a report: [seconds, project, file:line, title]. */
function results(report) {
  const rows = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        for (const result of test.results) {
          const title = [...titles, spec.title].join(" › ");
          rows.push([result.duration / 1000, test.projectName, `${spec.file}:${spec.line}`, title]);
        }
      }
    }
    // Nested suites are describe blocks; the top ones are the files.
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const suite of report.suites) walk(suite, []);
  return rows;
}

if (what === "counts") {
  const { stats } = read(args[0]);
  console.log(`${stats.expected + stats.flaky} ${stats.unexpected}`);
} else if (what === "slowest") {
  const [n, ...files] = args;
  const rows = files.filter((file) => existsSync(file)).flatMap((file) => results(read(file)));
  rows.sort((a, b) => b[0] - a[0]);
  for (const [seconds, project, where, title] of rows.slice(0, Number(n))) {
    console.log(`  ${seconds.toFixed(1).padStart(6)} s  [${project}] ${where} › ${title}`);
  }
} else if (what === "projects") {
  const totals = new Map();
  for (const [seconds, project] of results(read(args[0]))) {
    const [tests, sum] = totals.get(project) ?? [0, 0];
    totals.set(project, [tests + 1, sum + seconds]);
  }
  for (const [project, [tests, sum]] of totals) console.log(`${project}\t${tests}\t${Math.round(sum)}`);
} else {
  console.error("usage: e2e-report.mjs counts REPORT | slowest N REPORT... | projects REPORT");
  process.exit(2);
}
