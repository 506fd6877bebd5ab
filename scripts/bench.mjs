// Bandwork benchmarks: prints a table and writes target/bench/results.json.
// Not part of the test command; run `scripts/bench` after a release build.
//   - first-load bytes per file, raw and gzip
//   - the longest main-thread task during a scripted drag in a 40-entry
//     routine, with 4x CPU slowdown
//   - time to filter the library on a keystroke (median of 20), normal and 4x
import { chromium } from "@playwright/test";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";
import { FABRIC_KIT, seed } from "../tests/e2e/support/seed.mjs";

const results = {};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function firstLoad() {
  const files = readdirSync("dist").filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== "sw.js");
  const rows = files.map((file) => {
    const bytes = readFileSync(`dist/${file}`);
    return { file, raw: statSync(`dist/${file}`).size, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), { raw: 0, gzip: 0 });
  return { files: rows, total };
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
} finally {
  await browser.close();
  server.close();
}

console.log("\nFirst load (bytes)");
console.log("file".padEnd(42), "raw".padStart(9), "gzip".padStart(9));
for (const row of results.first_load.files) console.log(row.file.padEnd(42), String(row.raw).padStart(9), String(row.gzip).padStart(9));
console.log("total".padEnd(42), String(results.first_load.total.raw).padStart(9), String(results.first_load.total.gzip).padStart(9));
const d = results.drag_40_entries_4x;
console.log(`\nDrag in a 40-entry routine, 4x CPU slowdown: longest main-thread task ${d.longest_task_ms} ms (${d.tasks_over_50ms} of ${d.tasks} tasks over 50 ms)`);
for (const [label, f] of [["", results.filter_keystroke], [", 4x CPU slowdown", results.filter_keystroke_4x]]) {
  console.log(`Library filter per keystroke${label}: median ${f.median_ms} ms, worst ${f.worst_ms} ms over ${f.keystrokes} keystrokes`);
}
mkdirSync("target/bench", { recursive: true });
writeFileSync("target/bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote target/bench/results.json");
