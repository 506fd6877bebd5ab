// Bandwork benchmarks: prints a table and writes target/bench/results.json.
// Not part of the test command; run `scripts/bench` after a release build.
//   - first-load bytes per file, raw and gzip
//   - the longest main-thread task during a scripted drag in a 40-entry
//     routine, with 4x CPU slowdown
//   - time to filter the library on a keystroke (median of 20), normal and 4x
//   - history with 1,560 sessions (ten years at three a week): stored bytes,
//     start time to the library, and the history screen's render time
//   - workout player transition lateness: a real-time routine of about 3
//     minutes, each segment change as painted against when it was due
//     (BENCH_PLAYER_SECONDS=0 skips it)
import { chromium } from "@playwright/test";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";
import { FABRIC_KIT, seed } from "../tests/e2e/support/seed.mjs";

const results = {};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Wasm chunks that screens fetch when they first open (see split-wasm.mjs).
const onDemand = (file) => /^(split|chunk)_.*\.wasm$/.test(file);

function firstLoad() {
  const files = readdirSync("dist").filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== "sw.js");
  const rows = files.map((file) => {
    const bytes = readFileSync(`dist/${file}`);
    return { file, raw: statSync(`dist/${file}`).size, gzip: gzipSync(bytes, { level: 9 }).length, on_demand: onDemand(file) };
  });
  const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { files: rows, total: sum(rows.filter((r) => !r.on_demand)), on_demand: sum(rows.filter((r) => r.on_demand)) };
}

// The player bench routine: only timed segments, so every change is due at
// a known time. Its segments in seconds, in order (see model/timeline.rs).
const PLAYER_ROUTINE = [
  ["walking-squat", { sets: 3, shape: { timed: { work_s: 20 } }, rest_s: 10, per_side: false }],
  ["dead-bug", { sets: 3, shape: { timed: { work_s: 15 } }, rest_s: 10, per_side: false }],
  ["ankle-plantar-flexion", { sets: 1, shape: { holds: { holds: 3, hold_s: 3 } }, rest_s: 0, per_side: false }],
];
const PLAYER_SEGMENTS = [10, 20, 10, 20, 10, 20, 10, 15, 10, 15, 10, 15, 10, 3, 2, 3, 2, 3];

// Ten years at three workouts a week, each of ten exercises with a band
// (as long as the runner's ten).
function tenYearsOfHistory() {
  const week = 7 * 86_400_000;
  const start = Date.parse("2016-11-21T07:00:00Z");
  const ids = [
    "clamshell", "monster-walk", "dead-bug", "glute-bridge", "lateral-band-walk",
    "banded-squat", "walking-squat", "ankle-dorsiflexion", "ankle-plantar-flexion", "banded-plank",
  ];
  const sessions = [];
  for (let i = 0; i < 1560; i += 1) {
    const at = start + Math.floor(i / 3) * week + (i % 3) * 2 * 86_400_000;
    sessions.push({
      id: at,
      routine: i % 2 ? "Runner's ten, quick" : "Hips and feet",
      started_at: at,
      ended_at: at + 900_000,
      active_s: 840 + (i % 60),
      finished: true,
      exercises: ids.map((exercise, k) => ({
        exercise,
        dose: { sets: 3, shape: { reps: { reps: 10 + (i % 3) } }, rest_s: 30, per_side: k % 2 === 0 },
        bands: [{ id: 2, name: "Grey, medium", swatch: "#757575" }],
        sets_done: 3,
        actual: i % 5 === 0 ? 12 : null,
        rating: ["too_easy", "just_right", "too_hard", null][i % 4],
      })),
    });
  }
  return { version: 1, data: { sessions } };
}

async function historyAtScale(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  const history = tenYearsOfHistory();
  const text = JSON.stringify(history);
  // Seeded in the readable form of schema 1: the first load migrates it to
  // the compact form of schema 2 and writes that back, which is what is
  // measured from then on.
  await seed(page, { "bandwork.kit": FABRIC_KIT, "bandwork.history": history });
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  const stored = await page.evaluate(() => localStorage.getItem("bandwork.history"));
  if (JSON.parse(stored).version < 2) throw new Error("the history was not migrated on load");
  const starts = [];
  const renders = [];
  for (let i = 0; i < 6; i += 1) {
    // Start: a fresh load of the library with the history in storage.
    await page.goto(`${url}#/library`);
    await page.reload();
    await page.getByRole("list", { name: "Exercise library" }).waitFor();
    starts.push(await page.evaluate(() => performance.now()));
    // Render: from the click on History to its list drawn (the newest 30;
    // older ones come a page at a time).
    const ms = await page.evaluate(async () => {
      const t0 = performance.now();
      location.hash = "#/history";
      while (document.querySelectorAll('[aria-label="Workout history"] > li').length < 30) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - t0;
    });
    renders.push(ms);
  }
  await page.close();
  // The first visit also fetches the history chunk: the median is of all.
  return {
    sessions: 1560,
    stored_bytes: stored.length,
    stored_bytes_schema_1: text.length,
    start_to_library_ms: Number(median(starts).toFixed(1)),
    history_render_ms: Number(median(renders).toFixed(1)),
    history_render_worst_ms: Number(Math.max(...renders).toFixed(1)),
  };
}

async function transitionLateness(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(url);
  const entries = PLAYER_ROUTINE.map(([exercise, dose], i) => ({ id: i + 1, exercise, dose, bands: { main: 2, stacked: null }, circuit: null }));
  const routines = { version: 1, data: { routines: [{ id: 1, routine: { name: "Bench", entries, circuits: [], next_id: 4 } }], next_id: 2 } };
  await seed(page, { "bandwork.kit": FABRIC_KIT, "bandwork.routines": routines });
  await page.goto(`${url}#/routine/1`);
  await page.getByRole("button", { name: "Start workout" }).click();
  await page.getByRole("region", { name: "Workout player" }).waitFor();
  // Every change of the segment's words (phase, count, goal, heading) is
  // a transition; it counts as shown at the next animation frame.
  await page.evaluate(() => {
    window.__shown = [];
    let last = "";
    const words = () =>
      [".player-phase", ".player-count", ".player-goal", ".player-exercise"]
        .map((selector) => document.querySelector(selector)?.textContent ?? "")
        .join("|");
    new MutationObserver(() => {
      const now = words();
      if (now !== last) {
        last = now;
        requestAnimationFrame(() => window.__shown.push(Date.now()));
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
    last = words();
  });
  const total = PLAYER_SEGMENTS.reduce((a, b) => a + b, 0);
  await page.getByRole("heading", { level: 1, name: "Workout complete" }).waitFor({ timeout: (total + 20) * 1000 });
  const { shown, started } = await page.evaluate(() => ({
    shown: window.__shown,
    started: JSON.parse(localStorage.getItem("bandwork.history")).data.sessions.at(-1).started_at,
  }));
  await page.close();
  let due = started;
  const lateness = PLAYER_SEGMENTS.map((seconds, i) => {
    due += seconds * 1000;
    return shown[i] === undefined ? null : shown[i] - due;
  }).filter((ms) => ms !== null);
  return {
    routine_seconds: total,
    transitions: lateness.length,
    median_ms: median(lateness),
    worst_ms: Math.max(...lateness),
    earliest_ms: Math.min(...lateness),
  };
}

function routineOf(count) {
  const ids = ["clamshell", "monster-walk", "dead-bug", "glute-bridge", "lateral-band-walk", "banded-squat", "ankle-dorsiflexion", "banded-plank"];
  const entries = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    exercise: ids[i % ids.length],
    dose: { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: false },
    bands: { main: 2, stacked: null },
    circuit: null,
  }));
  return { version: 1, data: { routines: [{ id: 1, routine: { name: "Forty", entries, circuits: [], next_id: count + 1 } }], next_id: 2 } };
}

async function longestTaskDuringDrag(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto(url);
  await seed(page, { "bandwork.kit": FABRIC_KIT, "bandwork.routines": routineOf(40) });
  await page.goto(`${url}#/routine/1`);
  await page.getByRole("list", { name: "Routine" }).waitFor({ timeout: 15000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const handle = page.getByRole("button", { name: "Drag Clamshell", exact: true }).first();
  const box = await handle.boundingBox();
  const x = box.x + box.width / 2;
  await browser.startTracing(page, { categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"] });
  const touch = (type, y) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: y === null ? [] : [{ x, y, id: 1 }] });
  await touch("touchStart", box.y + box.height / 2);
  // Down past the bottom edge (auto-scroll), hold, then back up.
  for (let y = box.y; y < 840; y += 20) await touch("touchMove", y);
  for (let i = 0; i < 30; i++) await touch("touchMove", 835);
  for (let y = 835; y > 200; y -= 25) await touch("touchMove", y);
  await touch("touchEnd", null);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  const main = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") && e.ph === "X" && main.has(`${e.pid}:${e.tid}`));
  const longest = Math.max(0, ...tasks.map((e) => e.dur / 1000));
  const over50 = tasks.filter((e) => e.dur > 50_000).length;
  await page.close();
  return { longest_task_ms: Number(longest.toFixed(1)), tasks: tasks.length, tasks_over_50ms: over50 };
}

async function filterKeystroke(browser, url, rate) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${url}#/library`);
  await page.getByRole("list", { name: "Exercise library" }).waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const words = ["c", "cl", "cla", "clam", "", "g", "gl", "glu", "glut", "", "a", "an", "ank", "ankl", "", "b", "br", "bri", "brid", ""];
  const times = [];
  for (const word of words) {
    // The time from the input event to the list's DOM being updated.
    const ms = await page.evaluate(async (text) => {
      const input = document.querySelector('input[type="search"]');
      const list = document.querySelector("main");
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(list, { childList: true, subtree: true, characterData: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(null);
        }, 2000);
      });
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const end = await changed;
      return end === null ? null : end - start;
    }, word);
    if (ms !== null) times.push(ms);
  }
  await page.close();
  return { median_ms: Number(median(times).toFixed(2)), worst_ms: Number(Math.max(...times).toFixed(2)), keystrokes: times.length };
}

const { server, url } = await startServer({ dir: "dist", port: 0 });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  results.first_load = firstLoad();
  results.drag_40_entries_4x = await longestTaskDuringDrag(browser, url);
  results.filter_keystroke = await filterKeystroke(browser, url, 1);
  results.filter_keystroke_4x = await filterKeystroke(browser, url, 4);
  results.history_1560 = await historyAtScale(browser, url);
  if (process.env.BENCH_PLAYER_SECONDS !== "0") results.player_transitions = await transitionLateness(browser, url);
} finally {
  await browser.close();
  server.close();
}

console.log("\nFirst load (bytes)");
console.log("file".padEnd(42), "raw".padStart(9), "gzip".padStart(9));
for (const row of results.first_load.files.filter((r) => !r.on_demand)) console.log(row.file.padEnd(42), String(row.raw).padStart(9), String(row.gzip).padStart(9));
console.log("first load".padEnd(42), String(results.first_load.total.raw).padStart(9), String(results.first_load.total.gzip).padStart(9));
console.log("wasm chunks on demand".padEnd(42), String(results.first_load.on_demand.raw).padStart(9), String(results.first_load.on_demand.gzip).padStart(9));
const d = results.drag_40_entries_4x;
console.log(`\nDrag in a 40-entry routine, 4x CPU slowdown: longest main-thread task ${d.longest_task_ms} ms (${d.tasks_over_50ms} of ${d.tasks} tasks over 50 ms)`);
for (const [label, f] of [["", results.filter_keystroke], [", 4x CPU slowdown", results.filter_keystroke_4x]]) {
  console.log(`Library filter per keystroke${label}: median ${f.median_ms} ms, worst ${f.worst_ms} ms over ${f.keystrokes} keystrokes`);
}
const h = results.history_1560;
console.log(
  `History of ${h.sessions} sessions: ${(h.stored_bytes / 1e6).toFixed(2)} MB stored (${(h.stored_bytes_schema_1 / 1e6).toFixed(2)} MB in schema 1); ` +
    `start to library ${h.start_to_library_ms} ms; ` +
    `history screen drawn in ${h.history_render_ms} ms (median of 6, worst ${h.history_render_worst_ms} ms)`,
);
const p = results.player_transitions;
if (p) {
  console.log(
    `Player transitions over a ${p.routine_seconds} s real-time routine: lateness median ${p.median_ms} ms, ` +
      `worst ${p.worst_ms} ms, earliest ${p.earliest_ms} ms (${p.transitions} transitions)`,
  );
}
mkdirSync("target/bench", { recursive: true });
writeFileSync("target/bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote target/bench/results.json");
