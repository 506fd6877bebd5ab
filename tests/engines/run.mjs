// Runs the journeys in tests/engines/journeys.mjs in WebKit (WebKitGTK's
// MiniBrowser through WebKitWebDriver) and in Firefox ESR (through
// geckodriver), with selenium-webdriver, against a build served from
// BANDWORK_DIST (default dist/). One browser per engine; a journey that
// needs a fresh profile gets a second WebDriver session (a new profile).
//
//   node tests/engines/run.mjs [--engines webkit,firefox] [--only 3,4]
//
// WebKit needs a display: scripts/engines runs this under xvfb-run.
// BANDWORK_ENGINES_STACKS=1: when a page stops answering, gdb writes its
// content process's stacks to test-results/engines/.
// Prints a line per journey and, per engine, `webkit: N passed, N failed`;
// exits non-zero if any journey failed.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Builder } from "selenium-webdriver";
import { startServer } from "../../scripts/static-server.mjs";
import { describe, forSelenium } from "../e2e/support/ui.mjs";
import { JOURNEYS } from "./journeys.mjs";

// Where Firefox puts the files the app offers (removed after the run).
const DOWNLOADS = mkdtempSync(join(tmpdir(), "bandwork-engine-downloads-"));
const WIDTH = 390;
const HEIGHT = 844;
const JOURNEY_TIMEOUT = 3 * 60_000;

const ENGINES = {
  webkit: {
    driver: process.env.WEBKIT_WEBDRIVER || "/usr/bin/WebKitWebDriver",
    args: (port) => [`--port=${port}`, "--host=127.0.0.1"],
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: process.env.WEBKIT_MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    }),
  },
  firefox: {
    driver: process.env.GECKODRIVER || "geckodriver",
    args: (port) => ["--port", String(port), "--host", "127.0.0.1", "--log", "error"],
    capabilities: () => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX || "/usr/bin/firefox-esr",
        args: ["-headless", `--width=${WIDTH}`, `--height=${HEIGHT}`],
        prefs: {
          // Nothing but the app on the network (geckodriver's own defaults
          // cover updates and telemetry).
          "browser.safebrowsing.malware.enabled": false,
          "browser.safebrowsing.phishing.enabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
          "browser.newtabpage.enabled": false,
          // A download goes to a scratch folder without asking.
          "browser.download.folderList": 2,
          "browser.download.dir": DOWNLOADS,
          "browser.download.useDownloadDir": true,
          "browser.download.always_ask_before_handling_new_types": false,
        },
      },
    }),
  },
};

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

/** A free port on 127.0.0.1 (bound to port 0, then let go). */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

// Every driver this run started, stopped however the run ends.
const children = new Set();
function stopGroup(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}
process.on("exit", () => {
  for (const child of children) stopGroup(child);
  rmSync(DOWNLOADS, { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => process.exit(130));
}

/** Starts a WebDriver server for `engine`; resolves once it answers. */
async function startDriver(engine) {
  const port = await freePort();
  const spec = ENGINES[engine];
  // In a process group of its own, so that stopping it also stops the
  // browser it started (MiniBrowser and its web process, Firefox).
  const child = spawn(spec.driver, spec.args(port), { stdio: ["ignore", "ignore", "pipe"], detached: true });
  children.add(child);
  child.on("exit", () => children.delete(child));
  let errors = "";
  child.stderr.on("data", (chunk) => {
    errors = (errors + chunk).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${spec.driver} exited (${child.exitCode}): ${errors}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${spec.driver} did not answer on ${url}`);
    await sleep(100);
  }
  return {
    url,
    stop: () => stopGroup(child),
    /** The browser's processes and their CPU use, for a failure report. */
    processes() {
      try {
        return execFileSync("ps", ["-eo", "pgid=,pid=,pcpu=,etime=,comm="], { encoding: "utf8" })
          .split("\n")
          .map((line) => line.trim().split(/\s+/))
          .filter(([pgid]) => Number(pgid) === child.pid)
          .map((fields) => fields.slice(1).join(" "))
          .join("; ");
      } catch {
        return "(ps failed)";
      }
    },
  };
}

/** A browser session at phone size, on a driver of its own. */
async function startBrowser(engine) {
  const server = await startDriver(engine);
  try {
    const driver = await new Builder().usingServer(server.url).withCapabilities(ENGINES[engine].capabilities()).build();
    // In WebKit a load that takes 20 s is the reload hang (see
    // retryHungNavigations): the driver gives up first, and the step is
    // tried once more in a new tab.
    await driver.manage().setTimeouts({ pageLoad: engine === "webkit" ? 20_000 : 60_000, script: 30_000 });
    await driver.manage().window().setRect({ width: WIDTH, height: HEIGHT });
    return {
      driver,
      processes: () => server.processes(),
      async quit() {
        // A hung page can hang the quit too: give it 15 s, then stop the
        // driver's whole process group.
        await Promise.race([driver.quit().catch(() => {}), sleep(15_000)]);
        server.stop();
      },
    };
  } catch (error) {
    server.stop();
    throw error;
  }
}

// What the page did wrong (console.error, uncaught errors, rejections, the
// app's crash banner), watched from inside the page since WebDriver classic
// has no console log in these engines. Installed after every navigation.
function installWatch() {
  if (window.__watch) return;
  const watch = (window.__watch = []);
  const error = console.error;
  console.error = function (...args) {
    watch.push(`console error: ${args.map(String).join(" ")}`);
    return error.apply(this, args);
  };
  addEventListener("error", (event) => watch.push(`uncaught: ${event.message}`));
  addEventListener("unhandledrejection", (event) => watch.push(`unhandled rejection: ${event.reason?.message ?? event.reason}`));
}

function takeProblems() {
  const out = window.__watch ? window.__watch.splice(0) : [];
  const crash = document.getElementById("crash-banner");
  if (crash && !window.__crashSeen) {
    window.__crashSeen = true;
    out.push(`crash banner: ${crash.textContent.replace(/\s+/g, " ").slice(0, 400)}`);
  }
  return out;
}

// WebKitGTK's reload hang (tests/engines/webkit-reload-hang.mjs): about
// once in 150 navigations of the app (three in 450 measured), the page's
// web process spins and never answers again. In WebKit a navigation that
// gets no answer (the driver's page load timeout of 20 s, or
// NAVIGATION_ANSWER_MS) fails its journey with a WebKitHang, counted in
// `hangs`; that journey, and only for that reason, is run once more in a
// new browser. It is the only retry in the test command. (A new tab in the
// same session does load the app again with its storage, but the hung tab
// left behind stalled the next journey's workout: a stopgap kept out.)
const NAVIGATION_ANSWER_MS = 25_000;

class WebKitHang extends Error {}

async function answered(driver, navigate) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(Object.assign(new Error("no answer"), { name: "TimeoutError" })), NAVIGATION_ANSWER_MS);
  });
  try {
    await Promise.race([
      (async () => {
        await navigate();
        await driver.executeScript(() => document.readyState);
      })(),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

function watchForHangs(ui, driver, hangs) {
  const watched = (name, target, plain) => async (...args) => {
    const where = await target(...args);
    try {
      await answered(driver, () => plain(...args));
    } catch (error) {
      if (error.name !== "TimeoutError") throw error;
      hangs.push(`${name}(${where})`);
      throw new WebKitHang(`${name}(${where}) got no answer: WebKitGTK's reload hang`);
    }
  };
  ui.goto = watched("goto", (hash = "") => ui.baseUrl + hash, ui.goto);
  ui.open = watched("open", (to) => to, ui.open);
  ui.reload = watched("reload", () => driver.getCurrentUrl(), ui.reload);
}

/** The shared adapter, with every navigation watched for page problems. */
function watchedUi(driver, url, engine, problems, steps, hangs) {
  const ui = forSelenium(driver, url, { engine });
  if (engine === "webkit") watchForHangs(ui, driver, hangs);
  const collect = async () => {
    try {
      problems.push(...(await driver.executeScript(takeProblems)));
    } catch {
      // no page, or a page that is not ours
    }
  };
  const arm = () => driver.executeScript(installWatch).catch(() => {});
  for (const name of ["goto", "open", "reload", "back"]) {
    const plain = ui[name];
    ui[name] = async (...args) => {
      await collect();
      await plain(...args);
      await arm();
    };
  }
  // What the journey was doing, for the report of a failure (WebDriver's
  // errors do not say which step of the journey was waiting).
  for (const name of ["goto", "open", "reload", "back", "click", "fill", "text", "texts", "value", "checked", "attr", "setFile", "count", "evaluate"]) {
    const inner = ui[name];
    ui[name] = (...args) => {
      const what = args.map((a) => (Array.isArray(a) ? describe(a) : typeof a === "function" ? `${a.name || "function"}()` : JSON.stringify(a)?.slice(0, 80))).join(", ");
      const step = `${name}(${what})`;
      if (steps.at(-1) !== step) steps.push(step);
      if (steps.length > 6) steps.shift();
      return inner(...args);
    };
  }
  ui.collect = collect;
  return ui;
}

/**
 * With BANDWORK_ENGINES_STACKS set, a page that no longer answers gets its
 * content process's threads written out by gdb, to see where it spins.
 */
function stacks(browser, engine, index) {
  const line = browser.processes().split("; ").find((p) => /WebKitWebProces|Isolated Web|Web Content/.test(p));
  if (!line) return "no content process found";
  const pid = line.split(" ")[0];
  try {
    const out = execFileSync("gdb", ["-p", pid, "-batch", "-ex", "thread apply all bt 25"], { encoding: "utf8", timeout: 60_000 });
    const dir = resolve("test-results/engines");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${engine}-${index + 1}-stacks.txt`);
    writeFileSync(file, out);
    return file;
  } catch (error) {
    return `gdb failed: ${error.message.slice(0, 200)}`;
  }
}

class Skip extends Error {}

async function runEngine(engine, journeys, { url, dist, results }) {
  const started = Date.now();
  const tally = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  // Navigations WebKit did not answer, each tried once more in a new tab.
  const hangs = [];
  let browser;
  try {
    browser = await startBrowser(engine);
  } catch (error) {
    console.log(`  ✗ ${engine}: the browser did not start: ${error.message}`);
    tally.failed = journeys.length;
    return tally;
  }
  const caps = await browser.driver.getCapabilities();
  const size = await browser.driver.executeScript(() => `${innerWidth}x${innerHeight}`);
  console.log(`  ${engine}: ${caps.get("browserName")} ${caps.get("browserVersion")}, window ${WIDTH}x${HEIGHT}, viewport ${size}`);

  for (const [index, journey] of journeys) for (let attempt = 0; ; attempt += 1) {
    const problems = [];
    const steps = [];
    const ui = watchedUi(browser.driver, url, engine, problems, steps, hangs);
    const extra = [];
    const tmp = mkdtempSync(join(tmpdir(), "bandwork-journey-"));
    const notes = [];
    const context = {
      ui,
      url,
      tmp,
      engine,
      log: (text) => notes.push(text),
      skip: (reason) => {
        throw new Skip(reason);
      },
      async freshProfile() {
        const other = await startBrowser(engine);
        extra.push(() => other.quit());
        return watchedUi(other.driver, url, engine, problems, steps, hangs);
      },
      async ownServer() {
        const { server, url: own } = await startServer({ dir: dist, port: 0 });
        let open = true;
        const close = () =>
          open
            ? new Promise((done) => {
                open = false;
                server.closeAllConnections();
                server.close(() => done());
              })
            : Promise.resolve();
        extra.push(close);
        return { url: own, close };
      },
    };
    const t0 = Date.now();
    let outcome;
    let hung = false;
    try {
      // A clean start: nothing stored for the app's origin.
      await ui.goto("");
      await ui.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
      });
      await ui.reload();
      let timer;
      await Promise.race([
        journey.run(context),
        new Promise((_, fail) => {
          timer = setTimeout(() => fail(new Error(`the journey took over ${JOURNEY_TIMEOUT / 1000} s`)), JOURNEY_TIMEOUT);
        }),
      ]).finally(() => clearTimeout(timer));
      await ui.collect();
      if (problems.length > 0) throw new Error(`the page reported problems:\n      ${problems.join("\n      ")}`);
      outcome = "passed";
    } catch (error) {
      if (error instanceof Skip) {
        outcome = "skipped";
        notes.push(`skipped: ${error.message}`);
      } else {
        outcome = "failed";
        hung = error instanceof WebKitHang;
        notes.push(error.stack?.split("\n").slice(0, 4).join("\n      ") ?? String(error));
        // What the page reported since the last step (a crash's details among them).
        const late = await Promise.race([browser.driver.executeScript(takeProblems).catch(() => []), sleep(5_000).then(() => [])]);
        problems.push(...late);
        if (problems.length > 0) notes.push(`page problems: ${problems.join(" | ")}`);
        notes.push(`last steps: ${steps.join(" → ")}`);
        notes.push(`browser processes (pid %cpu elapsed name): ${browser.processes()}`);
        const alive = await Promise.race([browser.driver.executeScript(() => document.readyState).catch((e) => `error: ${e.name}`), sleep(5_000).then(() => "no answer in 5 s")]);
        notes.push(`the page now: ${alive}`);
        if (process.env.BANDWORK_ENGINES_STACKS && alive === "no answer in 5 s") notes.push(`stacks: ${stacks(browser, engine, index)}`);
        try {
          const dir = resolve("test-results/engines");
          mkdirSync(dir, { recursive: true });
          const shot = join(dir, `${engine}-${index + 1}.png`);
          // A hung page may never give its screenshot.
          const png = await Promise.race([browser.driver.takeScreenshot(), sleep(10_000).then(() => null)]);
          if (png === null) throw new Error("no screenshot");
          writeFileSync(shot, png, "base64");
          notes.push(`screenshot: ${shot}`);
        } catch {
          // no screenshot
        }
      }
    } finally {
      for (const stop of extra.reverse()) await stop().catch(() => {});
      rmSync(tmp, { recursive: true, force: true });
    }
    // A journey that failed on WebKit's hang runs once more in a new
    // browser; one that then passes is counted as flaky, and printed.
    const retry = outcome === "failed" && hung && attempt < 1;
    if (!retry) tally[outcome] += 1;
    if (!retry && outcome === "passed" && attempt > 0) tally.flaky += 1;
    const mark = retry ? "↻" : { passed: "✓", failed: "✗", skipped: "-" }[outcome];
    const after = retry ? ", WebKit's hang: trying again in a new browser" : outcome === "passed" && attempt > 0 ? `, passed on try ${attempt + 1}: flaky` : "";
    console.log(`  ${mark} ${engine} ${index + 1}. ${journey.name} (${((Date.now() - t0) / 1000).toFixed(1)} s${after})`);
    for (const note of notes) console.log(`      ${note}`);
    results.push({ engine, journey: index + 1, name: journey.name, outcome, seconds: (Date.now() - t0) / 1000, notes });
    if (outcome === "failed") {
      // The next journey gets a new browser, whatever state this one left.
      await browser.quit();
      try {
        browser = await startBrowser(engine);
      } catch (error) {
        console.log(`  ✗ ${engine}: the browser did not start again: ${error.message}`);
        tally.failed += journeys.length - journeys.findIndex(([i]) => i === index) - (retry ? 0 : 1);
        tally.seconds = (Date.now() - started) / 1000;
        return tally;
      }
    }
    if (!retry) break;
  }
  await browser.quit();
  tally.seconds = (Date.now() - started) / 1000;
  tally.hangs = hangs;
  return tally;
}

async function main() {
  const dist = resolve(process.env.BANDWORK_DIST || "dist");
  if (!existsSync(join(dist, "index.html"))) {
    console.error(`${dist}/index.html is missing: build the app first (trunk build --release), or set BANDWORK_DIST`);
    process.exit(2);
  }
  const engines = option("engines", process.env.BANDWORK_ENGINES || "webkit,firefox").split(",");
  const only = option("only", process.env.BANDWORK_JOURNEYS || "");
  const wanted = only ? new Set(only.split(",").map(Number)) : null;
  const journeys = [...JOURNEYS.entries()].filter(([i]) => !wanted || wanted.has(i + 1));
  const { server, url } = await startServer({ dir: dist, port: 0 });
  const results = [];
  const tallies = {};
  try {
    for (const engine of engines) {
      if (!ENGINES[engine]) throw new Error(`unknown engine ${engine}`);
      console.log(`\n${engine}: ${journeys.length} journeys against ${dist}`);
      tallies[engine] = await runEngine(engine, journeys, { url, dist, results });
    }
  } finally {
    server.closeAllConnections();
    server.close();
  }
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/engines-results.json", JSON.stringify({ tallies, results }, null, 2));
  console.log("");
  let failed = 0;
  for (const [engine, t] of Object.entries(tallies)) {
    const skipped =
      (t.skipped ? `, ${t.skipped} skipped` : "") +
      (t.flaky ? `, ${t.flaky} flaky` : "") +
      (t.hangs?.length ? `, ${t.hangs.length} WebKit hang${t.hangs.length > 1 ? "s" : ""}, journey run again (${t.hangs.join(", ")})` : "");
    console.log(`${engine}: ${t.passed} passed, ${t.failed} failed${skipped} (${Math.round(t.seconds ?? 0)} s)`);
    failed += t.failed;
  }
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
