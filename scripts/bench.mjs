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
//   - cold start to a usable library (median of 10 fresh loads), on a
//     desktop and again at 4x CPU slowdown on a slow 4G network, with the
//     first paint of the library's cards and the layout shift (CLS); only
//     these: BENCH_ONLY=cold_start,cold_start_throttled node scripts/bench.mjs
//   - Lighthouse (mobile) scores for performance, accessibility and best
//     practices, with FCP, LCP, TBT and CLS (median of 3 runs;
//     BENCH_LIGHTHOUSE_RUNS=0 skips it)
//   - JS heap and wasm memory after a whole workout
//   - the first visit to History once the idle prefetch has run, against a
//     later visit (history_after_prefetch)
//   - long tasks at 4x CPU, until the library is usable and then through
//     the fetch ahead (long_tasks_throttled)
//   - the Leptos floor (bench/leptos-floor, built here): its first-load
//     bytes and cold start, and Bandwork's as ratios to them (leptos_floor)
// BENCH_ONLY=key,key (the keys of MEASURES below) runs only those, e.g.
//   BENCH_ONLY=leptos_floor,history_after_prefetch node scripts/bench.mjs
// The app is served gzip-compressed, as a static host would serve it.
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { startServer } from "./static-server.mjs";
import { KEYS } from "../tests/e2e/support/keys.mjs";
import { FABRIC_KIT, seed, storedSessions } from "../tests/e2e/support/seed.mjs";

const results = {};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Wasm chunks that screens fetch when they first open (see split-wasm.mjs),
// and the other screens' style sheet, fetched with them (bundle-css.mjs).
const onDemand = (file) => /^(split|chunk)_.*\.wasm$/.test(file) || /^screens-[0-9a-f]+\.css$/.test(file);

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
// a known time. Its segments in seconds, in order (see model/routine/timeline.rs).
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
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: history });
  await page.getByRole("navigation", { name: "Main" }).waitFor();
  const stored = await page.evaluate((key) => localStorage.getItem(key), KEYS.history);
  if (JSON.parse(stored).version < 2) throw new Error("the history was not migrated on load");
  const starts = [];
  const firstVisits = [];
  const renders = [];
  // From setting the route to the History list drawn (the newest 30; older
  // ones come a page at a time), in the page itself.
  const drawHistory = () =>
    page.evaluate(async () => {
      const t0 = performance.now();
      location.hash = "#/history";
      while (document.querySelectorAll('[aria-label="Workout history"] > li').length < 30) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return performance.now() - t0;
    });
  for (let i = 0; i < 6; i += 1) {
    // Start: a fresh load of the library with the history in storage.
    await page.goto(`${url}#/library`);
    await page.reload();
    await page.getByRole("list", { name: "Exercise library" }).waitFor();
    starts.push(await page.evaluate(() => performance.now()));
    // The first visit after a load also fetches and compiles the History
    // chunk; a later one only draws the screen.
    firstVisits.push(await drawHistory());
    await page.evaluate(() => (location.hash = "#/library"));
    await page.getByRole("list", { name: "Exercise library" }).waitFor();
    renders.push(await drawHistory());
  }
  await page.close();
  return {
    sessions: 1560,
    stored_bytes: stored.length,
    stored_bytes_schema_1: text.length,
    start_to_library_ms: Number(median(starts).toFixed(1)),
    history_render_ms: Number(median(renders).toFixed(1)),
    history_render_worst_ms: Number(Math.max(...renders).toFixed(1)),
    history_first_visit_ms: Number(median(firstVisits).toFixed(1)),
  };
}

async function transitionLateness(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(url);
  const entries = PLAYER_ROUTINE.map(([exercise, dose], i) => ({ id: i + 1, exercise, dose, bands: { main: 2, stacked: null }, circuit: null }));
  const routines = { version: 1, data: { routines: [{ id: 1, routine: { name: "Bench", entries, circuits: [], next_id: 4 } }], next_id: 2 } };
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines });
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
  const shown = await page.evaluate(() => window.__shown);
  const { started_at: started } = (await storedSessions(page)).at(-1);
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
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routineOf(40) });
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

// Cold start. Each run is a fresh browser context (empty HTTP cache, no
// storage, no service worker) opening #/library. The library counts as
// usable at the first animation frame after the search box "Search
// exercises" is in the page and enabled and the first card of the "Exercise
// library" list has a size: by then the wasm has been fetched and started,
// the app has mounted and its event handlers are attached. The time is from
// the navigation's start (performance.timeOrigin).
const LIBRARY_READY_PROBE = () => {
  const ready = () => {
    const search = document.querySelector('input[type="search"][aria-label="Search exercises"]');
    const card = document.querySelector('[aria-label="Exercise library"] > li');
    return Boolean(search && !search.disabled && card && card.getBoundingClientRect().height > 0);
  };
  const observer = new MutationObserver(() => {
    if (!ready()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__libraryUsable = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
};

// Beside LIBRARY_READY_PROBE: when the library's cards are first painted,
// and the layout shift of the whole start. A card counts from the first
// animation frame after one is in the page with a size; that frame is not
// painted before the first contentful paint (stylesheets block rendering),
// so the cards' paint is the later of the two. Since the first HTML response
// carries the library (scripts/prerender.mjs), that is the FCP itself.
const FIRST_SCREEN_PROBE = () => {
  window.__layoutShift = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  } catch {
    window.__layoutShift = null;
  }
  const cardShown = () => {
    const card = document.querySelector('[aria-label="Exercise library"] > li');
    return Boolean(card && card.getBoundingClientRect().height > 0);
  };
  const observer = new MutationObserver(() => {
    if (!cardShown()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__cardFrame = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** The first screen's figures once the library is usable: cards' paint and CLS. */
async function firstScreenFigures(page) {
  // Let anything that would still move (a chunk filling a frame) land.
  await page.waitForTimeout(500);
  return page.evaluate(() => {
    const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null;
    const card = window.__cardFrame ?? null;
    return {
      cardsPaint: fcp === null || card === null ? null : Math.max(fcp, card),
      layoutShift: window.__layoutShift,
    };
  });
}

// Slow 4G, the figures Lighthouse names for its mobile runs: 150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up (throughputs in bytes a second).
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

async function coldStart(browser, url, { throttled }) {
  const runs = [];
  const fcps = [];
  const cardsPaints = [];
  const shifts = [];
  for (let i = 0; i < 10; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.addInitScript(LIBRARY_READY_PROBE);
    await page.addInitScript(FIRST_SCREEN_PROBE);
    if (throttled) {
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    }
    await page.goto(`${url}#/library`);
    await page.waitForFunction(() => window.__libraryUsable !== undefined, null, { timeout: 60_000, polling: 50 });
    const { usable, fcp } = await page.evaluate(() => ({
      usable: window.__libraryUsable,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    }));
    runs.push(usable);
    if (fcp !== null) fcps.push(fcp);
    const { cardsPaint, layoutShift } = await firstScreenFigures(page);
    if (cardsPaint !== null) cardsPaints.push(cardsPaint);
    if (layoutShift !== null) shifts.push(layoutShift);
    await context.close();
  }
  const round = (ms) => Math.round(ms);
  return {
    runs: runs.length,
    usable_median_ms: round(median(runs)),
    usable_min_ms: round(Math.min(...runs)),
    usable_max_ms: round(Math.max(...runs)),
    fcp_median_ms: fcps.length ? round(median(fcps)) : null,
    cards_paint_median_ms: cardsPaints.length ? round(median(cardsPaints)) : null,
    cls_max: shifts.length ? Number(Math.max(...shifts).toFixed(4)) : null,
    ...(throttled ? { cpu_slowdown: 4, network: "slow 4G: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up" } : {}),
  };
}

// Lighthouse's default (mobile) configuration: a Moto G Power sized screen,
// simulated slow 4G and 4x CPU slowdown. Debian's Chromium, headless; the
// run whose performance score is the median is reported.
async function lighthouseMobile(url, count) {
  const reports = [];
  for (let i = 0; i < count; i += 1) {
    const profile = mkdtempSync(join(tmpdir(), "bandwork-lighthouse-"));
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      userDataDir: profile,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const result = await lighthouse(`${url}#/library`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
      });
      reports.push(result.lhr);
    } finally {
      await chrome.kill();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const sorted = [...reports].sort((a, b) => score(a, "performance") - score(b, "performance"));
  const lhr = sorted[Math.floor(sorted.length / 2)];
  const metric = (id) => lhr.audits[id]?.numericValue;
  const failing = (category) =>
    lhr.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => ref.id);
  return {
    runs: reports.length,
    lighthouse_version: lhr.lighthouseVersion,
    performance: score(lhr, "performance"),
    performance_all_runs: reports.map((r) => score(r, "performance")),
    accessibility: score(lhr, "accessibility"),
    best_practices: score(lhr, "best-practices"),
    fcp_ms: Math.round(metric("first-contentful-paint")),
    lcp_ms: Math.round(metric("largest-contentful-paint")),
    tbt_ms: Math.round(metric("total-blocking-time")),
    cls: Number(metric("cumulative-layout-shift").toFixed(3)),
    accessibility_failing: failing("accessibility"),
    best_practices_failing: failing("best-practices"),
  };
}

// Memory after a whole workout: the player bench routine, played through on
// Playwright's fake clock (about 190 s of workout in a moment), then the
// summary. JS heap from the DevTools protocol after a garbage collection;
// wasm memory is the byteLength of the instance's Memory, reached through
// the exports that Trunk's start-up script hands to its
// "TrunkApplicationStarted" event.
async function memoryAfterWorkout(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (event) => {
      window.__wasmExports = event.detail.wasm;
    });
  });
  await page.clock.install({ time: new Date("2026-11-19T07:30:00") });
  await page.goto(url);
  const entries = PLAYER_ROUTINE.map(([exercise, dose], i) => ({ id: i + 1, exercise, dose, bands: { main: 2, stacked: null }, circuit: null }));
  const routines = { version: 1, data: { routines: [{ id: 1, routine: { name: "Bench", entries, circuits: [], next_id: 4 } }], next_id: 2 } };
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines });
  const cdp = await page.context().newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.__wasmExports?.memory?.buffer.byteLength ?? null);
    return { js_heap_used_bytes: heap.usedSize, js_heap_total_bytes: heap.totalSize, wasm_memory_bytes: wasm };
  };
  await page.goto(`${url}#/library`);
  await page.getByRole("list", { name: "Exercise library" }).waitFor();
  const atStart = await measure();
  await page.goto(`${url}#/routine/1`);
  await page.getByRole("button", { name: "Start workout" }).click();
  await page.getByRole("region", { name: "Workout player" }).waitFor();
  const total = PLAYER_SEGMENTS.reduce((a, b) => a + b, 0);
  // Second by second, so the player draws every segment and countdown.
  for (let s = 0; s <= total + 2; s += 1) await page.clock.runFor(1_000);
  await page.getByRole("heading", { level: 1, name: "Workout complete" }).waitFor();
  const after = await measure();
  await page.close();
  if (after.wasm_memory_bytes === null) throw new Error("the wasm Memory was not found (TrunkApplicationStarted)");
  return { routine_seconds: total, at_start: atStart, after_workout: after };
}

// The first visit to History once the idle prefetch has run (ui/prefetch.rs):
// each run is a fresh browser context opening the library; once the
// network has been quiet for half a second (the prefetch round is over, or
// never began in a build without one), a tap on History in the navigation,
// timed in the page from the click to the frame after the "History"
// heading is drawn; then the same for a second visit, from the library.
async function historyAfterPrefetch(browser, url) {
  const firstVisits = [];
  const laterVisits = [];
  const chunkRequests = [];
  for (let i = 0; i < 6; i += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${url}#/library`);
    // The chunk is fetched ahead two seconds after the library is usable,
    // once the browser is idle: wait for it, and for its compile to be done.
    const prefetched = page.waitForResponse((response) => /\/split_[^/]*\.wasm$/.test(response.url()), { timeout: 20_000 });
    await page.getByRole("list", { name: "Exercise library" }).waitFor();
    await (await prefetched).finished();
    await page.waitForTimeout(500);
    let requests = 0;
    page.on("request", (request) => /\.wasm$/.test(request.url()) && (requests += 1));
    const visitHistory = () =>
      page.evaluate(async () => {
        const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent.trim() === "History");
        const t0 = performance.now();
        link.click();
        while (document.querySelector("main h1")?.textContent !== "History") {
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return performance.now() - t0;
      });
    firstVisits.push(await visitHistory());
    chunkRequests.push(requests);
    await page.evaluate(() => (location.hash = "#/library"));
    await page.getByRole("list", { name: "Exercise library" }).waitFor();
    laterVisits.push(await visitHistory());
    await context.close();
  }
  const round = (ms) => Number(ms.toFixed(1));
  return {
    runs: firstVisits.length,
    first_visit_median_ms: round(median(firstVisits)),
    first_visit_worst_ms: round(Math.max(...firstVisits)),
    later_visit_median_ms: round(median(laterVisits)),
    wasm_requests_on_first_visit: median(chunkRequests),
    target_ms: 50,
  };
}

// Long tasks (over 50 ms) at 4x CPU slowdown from the navigation until the
// chunk fetched ahead is in and compiled: those up to the library being
// usable (the takeover) and those after (the fetch ahead), median counts of
// 3 fresh loads, and the longest task seen in each part.
async function longTasksThrottled(browser, url) {
  const runs = [];
  for (let i = 0; i < 3; i += 1) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: "block" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.addInitScript(LIBRARY_READY_PROBE);
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: "longtask", buffered: true });
    });
    const prefetched = page.waitForResponse((response) => /\/split_[^/]*\.wasm$/.test(response.url()), { timeout: 30_000 });
    await page.goto(`${url}#/library`);
    await (await prefetched).finished();
    await page.waitForTimeout(1_500);
    const { tasks, usable } = await page.evaluate(() => ({ tasks: window.__longTasks, usable: window.__libraryUsable }));
    const before = tasks.filter(([start]) => start < usable);
    const after = tasks.filter(([start]) => start >= usable);
    const longest = (list) => Math.round(Math.max(0, ...list.map(([, duration]) => duration)));
    runs.push({ before: before.length, after: after.length, longest_before: longest(before), longest_after: longest(after) });
    await context.close();
  }
  return {
    runs: runs.length,
    until_usable_median: median(runs.map((r) => r.before)),
    fetch_ahead_median: median(runs.map((r) => r.after)),
    longest_until_usable_ms: Math.max(...runs.map((r) => r.longest_before)),
    longest_fetch_ahead_ms: Math.max(...runs.map((r) => r.longest_after)),
    all_runs: runs,
  };
}

// The framework's floor (bench/leptos-floor): a minimal Leptos CSR page
// built with Bandwork's toolchain and flags, its first-load bytes and cold
// start measured as Bandwork's are, and Bandwork's figures as ratios to it,
// so a slower machine does not hide a regression. Bandwork's own figures
// come from this run's first_load and cold_start measures, or are measured
// here when those were not run (BENCH_ONLY=leptos_floor).
async function leptosFloor(browser, url) {
  const { buildFloor } = await import("../bench/leptos-floor/build.mjs");
  const dir = await buildFloor();
  const files = readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f));
  const bytes = files.reduce(
    (t, file) => {
      const data = readFileSync(join(dir, file));
      return { raw: t.raw + data.length, gzip: t.gzip + gzipSync(data, { level: 9 }).length };
    },
    { raw: 0, gzip: 0 },
  );
  const floorServer = await startServer({ dir, port: 0, gzip: true });
  let floorDesktop;
  let floorThrottled;
  try {
    floorDesktop = await coldStart(browser, floorServer.url, { throttled: false });
    floorThrottled = await coldStart(browser, floorServer.url, { throttled: true });
  } finally {
    floorServer.server.close();
  }
  const ours = {
    first_load_gzip: (results.first_load ?? firstLoad()).total.gzip,
    cold_start_ms: (results.cold_start ?? (await coldStart(browser, url, { throttled: false }))).usable_median_ms,
    cold_start_throttled_ms: (results.cold_start_throttled ?? (await coldStart(browser, url, { throttled: true }))).usable_median_ms,
  };
  const ratio = (a, b) => Number((a / b).toFixed(2));
  return {
    floor: {
      first_load: bytes,
      cold_start_ms: floorDesktop.usable_median_ms,
      cold_start_throttled_ms: floorThrottled.usable_median_ms,
      cold_start_runs: floorDesktop.runs,
    },
    bandwork: ours,
    ratio: {
      first_load_gzip: ratio(ours.first_load_gzip, bytes.gzip),
      cold_start: ratio(ours.cold_start_ms, floorDesktop.usable_median_ms),
      cold_start_throttled: ratio(ours.cold_start_throttled_ms, floorThrottled.usable_median_ms),
    },
  };
}

// Each measure by its key in results.json. BENCH_ONLY=key,key runs some.
const MEASURES = {
  first_load: async () => firstLoad(),
  drag_40_entries_4x: (browser, url) => longestTaskDuringDrag(browser, url),
  filter_keystroke: (browser, url) => filterKeystroke(browser, url, 1),
  filter_keystroke_4x: (browser, url) => filterKeystroke(browser, url, 4),
  history_1560: (browser, url) => historyAtScale(browser, url),
  cold_start: (browser, url) => coldStart(browser, url, { throttled: false }),
  cold_start_throttled: (browser, url) => coldStart(browser, url, { throttled: true }),
  memory: (browser, url) => memoryAfterWorkout(browser, url),
  lighthouse_mobile: (_browser, url) => lighthouseMobile(url, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)),
  player_transitions: (browser, url) => transitionLateness(browser, url),
  history_after_prefetch: (browser, url) => historyAfterPrefetch(browser, url),
  long_tasks_throttled: (browser, url) => longTasksThrottled(browser, url),
  leptos_floor: (browser, url) => leptosFloor(browser, url),
};
const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
const skipped = new Set([
  ...(process.env.BENCH_PLAYER_SECONDS === "0" ? ["player_transitions"] : []),
  ...(process.env.BENCH_LIGHTHOUSE_RUNS === "0" ? ["lighthouse_mobile"] : []),
]);

const { server, url } = await startServer({ dir: "dist", port: 0, gzip: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
});
try {
  for (const [key, measure] of Object.entries(MEASURES)) {
    if ((only && !only.includes(key)) || skipped.has(key)) continue;
    console.log(`measuring ${key}`);
    results[key] = await measure(browser, url);
  }
} finally {
  await browser.close();
  server.close();
}

// The figures in full, then one table of the headline ones.
const summary = [];
const f = results.first_load;
if (f) {
  console.log("\nFirst load (bytes)");
  console.log("file".padEnd(42), "raw".padStart(9), "gzip".padStart(9));
  for (const row of f.files.filter((r) => !r.on_demand)) console.log(row.file.padEnd(42), String(row.raw).padStart(9), String(row.gzip).padStart(9));
  console.log("first load".padEnd(42), String(f.total.raw).padStart(9), String(f.total.gzip).padStart(9));
  console.log("wasm chunks on demand".padEnd(42), String(f.on_demand.raw).padStart(9), String(f.on_demand.gzip).padStart(9));
  // The budget is the one scripts/size-budget enforces.
  const budget = /^BUDGET_BYTES=(\d+)/m.exec(readFileSync("scripts/size-budget", "utf8"))?.[1];
  summary.push([`first load, gzip (budget ${budget ? Number(budget) / 1000 : "?"} kB)`, `${(f.total.gzip / 1000).toFixed(1)} kB`]);
}
const d = results.drag_40_entries_4x;
if (d) {
  console.log(`\nDrag in a 40-entry routine, 4x CPU slowdown: longest main-thread task ${d.longest_task_ms} ms (${d.tasks_over_50ms} of ${d.tasks} tasks over 50 ms)`);
  summary.push(["longest task while dragging, 40 entries, 4x slowdown", `${d.longest_task_ms} ms (${d.tasks_over_50ms} of ${d.tasks} tasks over 50 ms)`]);
}
for (const [label, key] of [["", "filter_keystroke"], [", 4x CPU slowdown", "filter_keystroke_4x"]]) {
  const k = results[key];
  if (!k) continue;
  console.log(`Library filter per keystroke${label}: median ${k.median_ms} ms, worst ${k.worst_ms} ms over ${k.keystrokes} keystrokes`);
  summary.push([`library filter per keystroke${label}`, `${k.median_ms} ms median`]);
}
const h = results.history_1560;
if (h) {
  console.log(
    `History of ${h.sessions} sessions: ${(h.stored_bytes / 1e6).toFixed(2)} MB stored ` +
      `(${(h.stored_bytes_schema_1 / 1e6).toFixed(2)} MB in schema 1); start to library ${h.start_to_library_ms} ms; ` +
      `history screen drawn in ${h.history_render_ms} ms (median of 6, worst ${h.history_render_worst_ms} ms); ` +
      `${h.history_first_visit_ms} ms on the first visit after a load, fetching its chunk`,
  );
  summary.push([
    "History drawn with 1,560 stored workouts",
    `${h.history_render_ms} ms median, ${h.history_first_visit_ms} ms with its chunk (${(h.stored_bytes / 1e6).toFixed(2)} MB stored)`,
  ]);
}
for (const [label, key] of [["desktop", "cold_start"], ["4x CPU slowdown, slow 4G", "cold_start_throttled"]]) {
  const c = results[key];
  if (!c) continue;
  console.log(
    `Cold start to a usable library (${label}): median ${c.usable_median_ms} ms over ${c.runs} runs ` +
      `(${c.usable_min_ms}-${c.usable_max_ms} ms); first contentful paint median ${c.fcp_median_ms} ms; ` +
      `the library's cards painted at ${c.cards_paint_median_ms} ms (median); CLS at most ${c.cls_max}`,
  );
  summary.push([`cold start to a usable library, ${label}`, `${c.usable_median_ms} ms median of ${c.runs} (FCP ${c.fcp_median_ms} ms)`]);
  summary.push([`cold start, the library's cards painted, ${label}`, `${c.cards_paint_median_ms} ms median (CLS at most ${c.cls_max})`]);
}
const m = results.memory;
if (m) {
  const mib = (bytes) => `${(bytes / 1048576).toFixed(1)} MiB`;
  console.log(
    `Memory after a ${m.routine_seconds} s workout: JS heap ${mib(m.after_workout.js_heap_used_bytes)} used ` +
      `(${mib(m.at_start.js_heap_used_bytes)} at start), wasm memory ${mib(m.after_workout.wasm_memory_bytes)} ` +
      `(${mib(m.at_start.wasm_memory_bytes)} at start)`,
  );
  summary.push(["JS heap after a whole workout", `${mib(m.after_workout.js_heap_used_bytes)} (${mib(m.at_start.js_heap_used_bytes)} at start)`]);
  summary.push(["wasm memory after a whole workout", `${mib(m.after_workout.wasm_memory_bytes)} (${mib(m.at_start.wasm_memory_bytes)} at start)`]);
}
const l = results.lighthouse_mobile;
if (l) {
  console.log(`\nLighthouse ${l.lighthouse_version}, mobile: the median of ${l.runs} runs by performance score (all: ${l.performance_all_runs.join(", ")})`);
  console.log(`  performance ${l.performance}, accessibility ${l.accessibility}, best practices ${l.best_practices}`);
  console.log(`  FCP ${l.fcp_ms} ms, LCP ${l.lcp_ms} ms, TBT ${l.tbt_ms} ms, CLS ${l.cls}`);
  if (l.accessibility_failing.length) console.log(`  accessibility audits not passed: ${l.accessibility_failing.join(", ")}`);
  if (l.best_practices_failing.length) console.log(`  best-practices audits not passed: ${l.best_practices_failing.join(", ")}`);
  summary.push(["Lighthouse mobile: performance / accessibility / best practices", `${l.performance} / ${l.accessibility} / ${l.best_practices}`]);
  summary.push(["Lighthouse mobile: FCP / LCP / TBT / CLS", `${l.fcp_ms} ms / ${l.lcp_ms} ms / ${l.tbt_ms} ms / ${l.cls}`]);
}
const p = results.player_transitions;
if (p) {
  console.log(
    `Player transitions over a ${p.routine_seconds} s real-time routine: lateness median ${p.median_ms} ms, ` +
      `worst ${p.worst_ms} ms, earliest ${p.earliest_ms} ms (${p.transitions} transitions)`,
  );
  summary.push([`player transitions, ${p.routine_seconds} s routine in real time`, `${p.median_ms} ms late at the median, ${p.worst_ms} ms at worst`]);
}
const hp = results.history_after_prefetch;
if (hp) {
  console.log(
    `First visit to History after the idle prefetch: median ${hp.first_visit_median_ms} ms (worst ${hp.first_visit_worst_ms} ms, ` +
      `${hp.wasm_requests_on_first_visit} wasm requests) against ${hp.later_visit_median_ms} ms on a later visit; target < ${hp.target_ms} ms`,
  );
  summary.push(["first visit to History after the idle prefetch", `${hp.first_visit_median_ms} ms median (later visits ${hp.later_visit_median_ms} ms)`]);
}
const lt = results.long_tasks_throttled;
if (lt) {
  console.log(
    `Long tasks (> 50 ms) at 4x CPU: ${lt.until_usable_median} until the library is usable (longest ${lt.longest_until_usable_ms} ms), ` +
      `${lt.fetch_ahead_median} from then until the chunk fetched ahead is in (longest ${lt.longest_fetch_ahead_ms} ms); medians of ${lt.runs}`,
  );
  summary.push(["long tasks at 4x CPU: start / fetch ahead", `${lt.until_usable_median} / ${lt.fetch_ahead_median} (longest ${lt.longest_until_usable_ms} / ${lt.longest_fetch_ahead_ms} ms)`]);
}
const lf = results.leptos_floor;
if (lf) {
  console.log(
    `\nLeptos floor (bench/leptos-floor): first load ${(lf.floor.first_load.gzip / 1000).toFixed(1)} kB gzip ` +
      `(${(lf.floor.first_load.raw / 1000).toFixed(1)} kB raw); cold start ${lf.floor.cold_start_ms} ms desktop, ` +
      `${lf.floor.cold_start_throttled_ms} ms at 4x CPU on slow 4G (medians of ${lf.floor.cold_start_runs})`,
  );
  console.log(
    `Bandwork against the floor: first load ${(lf.bandwork.first_load_gzip / 1000).toFixed(1)} kB gzip = ${lf.ratio.first_load_gzip}x; ` +
      `cold start ${lf.bandwork.cold_start_ms} ms = ${lf.ratio.cold_start}x (desktop), ` +
      `${lf.bandwork.cold_start_throttled_ms} ms = ${lf.ratio.cold_start_throttled}x (4x CPU, slow 4G)`,
  );
  summary.push(["first load against the Leptos floor", `${lf.ratio.first_load_gzip}x (${(lf.floor.first_load.gzip / 1000).toFixed(1)} kB gzip floor)`]);
  summary.push(["cold start against the floor, desktop", `${lf.ratio.cold_start}x (${lf.floor.cold_start_ms} ms floor)`]);
  summary.push(["cold start against the floor, 4x CPU slow 4G", `${lf.ratio.cold_start_throttled}x (${lf.floor.cold_start_throttled_ms} ms floor)`]);
}
const width = Math.max(...summary.map(([name]) => name.length));
console.log("\nSummary");
for (const [name, figure] of summary) console.log(`${name.padEnd(width)}  ${figure}`);

mkdirSync("target/bench", { recursive: true });
writeFileSync("target/bench/results.json", JSON.stringify(results, null, 2) + "\n");
console.log("\nwrote target/bench/results.json");
