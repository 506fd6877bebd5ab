// Fetching the other screens' code ahead: once the library is usable and
// the browser idle, the one on-demand wasm chunk (every screen but the
// library) is fetched and compiled, so a first visit makes no request;
// nothing is fetched before the library is usable; a failed fetch ahead is
// silent and leaves each screen to load on its visit; Save-Data fetches
// nothing ahead; on a first visit, nothing is fetched ahead until the
// service worker (which downloads every file) has taken the page.
import { test, expect, openApp, press, allowConsoleError } from "./support/app.mjs";

// The on-demand chunks, by name (ui/on_demand.rs has one: "screens").
const SPLIT = /\/split_([a-z_]+)-[0-9a-f]+\.wasm$/;
const ON_DEMAND = /\/(split|chunk)_[a-z0-9_]+-[0-9a-f]+\.wasm$/;
// What is fetched ahead from the library.
const AHEAD = ["screens"];

// Marks when the library became usable (search box enabled, a card drawn,
// a frame later), on the page's own clock, as scripts/bench.mjs does; and
// keeps every resource timing entry (there are a few hundred chunks).
const LIBRARY_USABLE_PROBE = () => {
  performance.setResourceTimingBufferSize(2000);
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

/** Every request for a wasm chunk, as URLs, from now on; and those finished. */
function watchChunks(page) {
  const requested = [];
  const finished = [];
  const failed = [];
  page.on("request", (request) => ON_DEMAND.test(request.url()) && requested.push(request.url()));
  page.on("requestfinished", (request) => ON_DEMAND.test(request.url()) && finished.push(request.url()));
  page.on("requestfailed", (request) => ON_DEMAND.test(request.url()) && failed.push(request.url()));
  const screens = (urls) => urls.map((url) => url.match(SPLIT)?.[1]).filter(Boolean);
  return { requested, finished, failed, screens };
}

const nav = (page) => page.getByRole("navigation", { name: "Main" });

test("the other screens' code is fetched once the library is idle, and History then opens with no request", async ({ page }, testInfo) => {
  const chunks = watchChunks(page);
  await page.addInitScript(LIBRARY_USABLE_PROBE);
  await openApp(page, "#/library");
  await page.waitForFunction(() => window.__libraryUsable !== undefined);

  // The chunk is fetched ahead, in one request.
  await expect.poll(() => chunks.screens(chunks.finished), { timeout: 20_000 }).toEqual(expect.arrayContaining(AHEAD));
  expect(chunks.requested).toHaveLength(1);
  // None of it before the library was usable (the page's own timings).
  const early = await page.evaluate(
    (pattern) =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => new RegExp(pattern).test(entry.name) && entry.startTime < window.__libraryUsable)
        .map((entry) => entry.name),
    ON_DEMAND.source,
  );
  expect(early).toEqual([]);
  // Once the round has settled, opening History, Routines and a routine's
  // player asks the network for nothing.
  await expect.poll(() => chunks.finished.length, { timeout: 10_000 }).toBe(chunks.requested.length);
  const before = chunks.requested.length;
  await press(nav(page).getByRole("link", { name: "History" }), testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
  await press(nav(page).getByRole("link", { name: "Routines" }), testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Routines");
  await press(nav(page).getByRole("link", { name: "Settings" }), testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  expect(chunks.requested.slice(before)).toEqual([]);
});

test("a screen opened first loads its own code before anything is fetched ahead", async ({ page }) => {
  const chunks = watchChunks(page);
  await openApp(page, "#/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await expect.poll(() => chunks.screens(chunks.finished), { timeout: 20_000 }).toEqual(expect.arrayContaining(AHEAD));
  // The chunk is asked for once, by the visit, and not again ahead.
  await page.waitForTimeout(3_000);
  expect(chunks.screens(chunks.requested)).toEqual(["screens"]);
});

test("a fetch ahead that fails is silent, and History still opens once the network is back", async ({ page }, testInfo) => {
  // The chunk loader logs each failed fetch to the console; the page says
  // nothing about it.
  allowConsoleError(page, /^TypeError: Failed to fetch|^Failed to load resource: net::ERR_FAILED/);
  let offline = true;
  await page.route(ON_DEMAND, (route) => (offline ? route.abort() : route.continue()));
  const chunks = watchChunks(page);
  await openApp(page, "#/library");
  await expect.poll(() => chunks.failed.length, { timeout: 20_000 }).toBeGreaterThan(0);

  // The library goes on working, with no message.
  const search = page.getByRole("searchbox", { name: "Search exercises" });
  await search.fill("clamshell");
  await expect(page.getByRole("list", { name: "Exercise library" }).getByRole("listitem")).not.toHaveCount(0);
  await expect(page.getByText(/could not be loaded/i)).toHaveCount(0);

  // Back online, History loads on its visit.
  offline = false;
  await press(nav(page).getByRole("link", { name: "History" }), testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("with Save-Data on, nothing is fetched ahead and History loads on its visit", async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "connection", {
      configurable: true,
      get: () => ({ saveData: true, effectiveType: "4g" }),
    });
  });
  const chunks = watchChunks(page);
  await openApp(page, "#/library");
  // Two idle periods and a second: the round would have begun by then.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestIdleCallback(() => requestIdleCallback(() => setTimeout(resolve, 1_000), { timeout: 5_000 }), { timeout: 5_000 }),
      ),
  );
  expect(chunks.requested).toEqual([]);
  await press(nav(page).getByRole("link", { name: "History" }), testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
  expect(chunks.screens(chunks.requested)).toEqual(["screens"]);
});

test.describe("with the service worker", () => {
  // Every other spec blocks service workers (playwright.config.mjs).
  test.use({ serviceWorkers: "allow" });

  test("on a first visit, the chunks fetched ahead come from the worker's cache, not twice from the network", async ({ page }) => {
    const chunks = watchChunks(page);
    const fromNetwork = [];
    page.on("response", (response) => {
      if (ON_DEMAND.test(response.url()) && !response.fromServiceWorker()) fromNetwork.push(response.url());
    });
    await openApp(page, "#/library");
    await expect.poll(() => chunks.screens(chunks.finished), { timeout: 30_000 }).toEqual(expect.arrayContaining(AHEAD));
    // The worker downloaded them once, for its precache; the page asked it.
    expect(fromNetwork).toEqual([]);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  });
});
