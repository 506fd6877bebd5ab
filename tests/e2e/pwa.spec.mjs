// Installable and offline: the manifest and service worker make Chromium
// consider the app installable, the app starts and changes screens with no
// network, and a new version waits for the user's Reload.
import { chromium } from "@playwright/test";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/static-server.mjs";
import { test, expect, openApp } from "./support/app.mjs";

// Every other spec runs with service workers blocked (playwright.config.mjs),
// so that cached files never hide what they test; these tests need one.
test.use({ serviceWorkers: "allow" });

/** Opens the app at `url` (as openApp does). */
async function open(page, url) {
  await page.goto(url);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/** Waits until the app's service worker controls the open page. */
async function untilControlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  // The first version claims the page that installed it; if that has not
  // happened, a reload puts the page under the worker.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * For pages outside the fixture (another profile, another server): collects
 * what support/app.mjs fails a test on (console errors, uncaught exceptions,
 * requests leaving `origin`). The caller checks the list at the end.
 */
function watch(page, origin) {
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("request", (request) => {
    if (!request.url().startsWith(origin)) problems.push(`third-party request: ${request.url()}`);
  });
  return problems;
}

test("Chromium reports the app installable, with a manifest that parses cleanly", async ({}, testInfo) => {
  // Chromium never offers to install from an incognito profile, which is
  // what a fresh test context is, so this test uses a profile on disk.
  const { launchOptions, viewport, isMobile, hasTouch, deviceScaleFactor } = testInfo.project.use;
  const profile = testInfo.outputPath("profile");
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    ...(viewport && { viewport, isMobile, hasTouch, deviceScaleFactor }),
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const problems = watch(page, new URL(process.env.BANDWORK_URL).origin);
    await open(page, process.env.BANDWORK_URL);
    await untilControlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send("Page.getAppManifest");
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    // Every icon the manifest names loads at the size it claims.
    const icons = JSON.parse(manifest.data).icons;
    expect(icons.map((icon) => icon.purpose)).toEqual(["any", "any", "maskable", "any"]);
    for (const icon of icons.filter((icon) => icon.sizes !== "any")) {
      const size = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return `${image.naturalWidth}x${image.naturalHeight}`;
      }, icon.src);
      expect(size, icon.src).toBe(icon.sizes);
    }
    await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute("href", "icons/apple-touch-icon.png");
    expect(problems, "the page stayed clean").toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("with no network, the app starts, changes screens and loads code it had not used yet", async ({
  page,
  context,
}) => {
  await openApp(page);
  await untilControlled(page);
  await context.setOffline(true);
  const fromNetwork = [];
  page.on("response", (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await page.reload();
  await expect(page.getByRole("list", { name: "Exercise library" })).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Routines", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Routines" })).toBeVisible();
  // History is a wasm chunk never fetched by this page: it was precached.
  await page.goto(process.env.BANDWORK_URL + "#/history");
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  expect(fromNetwork).toEqual([]);
});

test("with no network, a shared link still shows its preview", async ({ page, context }) => {
  await openApp(page);
  await untilControlled(page);
  await context.setOffline(true);
  // The starter "Runner's ten, quick" with the first preset kit, as
  // model::share::encode writes it.
  const payload =
    "ARNSdW5uZXIncyB0ZW4sIHF1aWNrAQIEQmx1ZRVlwAoBEwIPAAAHGAIKAAAIGAEMAAAMEQIeFAAVEQIeFAAXGAIKAAAQGAIKAAAZGAIKAAAcGAEMAAASEQIeFAAA";
  await page.goto(process.env.BANDWORK_URL + "#/r/" + payload);
  await expect(page.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(page.getByText("Runner's ten, quick", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Exercises in the shared routine" }).getByRole("listitem")).toHaveCount(10);
});

/**
 * Runs `check` against a server of its own, on a copy of the build, so the
 * test can publish the next version (the shared server must not change
 * under other tests). `check` gets the page (open and under the worker),
 * the update banner, the first version's cache name, the page's problems
 * and `publish(edit)`: it writes the next build's sw.js (another cache
 * name, then `edit`), asks for an update and waits for the banner. Then
 * presses Reload and waits for the page to load again, and returns.
 */
async function withUpdateServer(context, check) {
  const dir = mkdtempSync(join(tmpdir(), "bandwork-update-"));
  cpSync("dist", dir, { recursive: true });
  const { server, url } = await startServer({ dir, port: 0 });
  try {
    const page = await context.newPage();
    const problems = watch(page, new URL(url).origin);
    await open(page, url);
    await untilControlled(page);
    const [oldCache] = await page.evaluate(() => caches.keys());
    expect(oldCache).toMatch(/^bandwork-[0-9a-f]{16}$/);
    const banner = page.getByRole("region", { name: "App update" });
    const worker = join(dir, "sw.js");
    const publish = async (edit = (text) => text) => {
      writeFileSync(worker, edit(readFileSync(worker, "utf8").replace(oldCache, `${oldCache}-next`)));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      // Installing precaches every file, while the page may still be fetching
      // the next screens' chunks ahead (ui/prefetch.rs): on a busy machine,
      // more than the usual five seconds.
      await expect(banner).toContainText("Update available", { timeout: 15_000 });
    };
    const reload = async () => {
      await page.evaluate(() => (window.beforeUpdate = true));
      const reloaded = page.waitForEvent("load", { timeout: 15_000 });
      await banner.getByRole("button", { name: "Reload" }).click();
      await reloaded;
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      expect(await page.evaluate(() => window.beforeUpdate)).toBeUndefined();
    };
    await check({ page, banner, oldCache, publish, reload });
    expect(problems, "the page stayed clean").toEqual([]);
  } finally {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  }
}

test("a new version waits for the user, and Reload switches to it", async ({ context }) => {
  await withUpdateServer(context, async ({ page, banner, oldCache, publish, reload }) => {
    await publish();
    // Until the user says so, the old version keeps the page.
    const waiting = () => navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null);
    expect(await page.evaluate(waiting)).toBe(true);
    expect(await page.evaluate(() => caches.keys())).toContain(oldCache);

    await reload();
    await expect(banner).toHaveCount(0);
    // The new worker controls the page and deleted the old version's cache.
    expect(await page.evaluate(waiting)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`${oldCache}-next`]);
  });
});

test("Reload reloads even when the new version does not take over", async ({ context }) => {
  await withUpdateServer(context, async ({ banner, publish, reload }) => {
    // A next version that never answers the page's request to take over.
    await publish((text) => {
      const next = text.replace("self.skipWaiting();", "void 0;");
      expect(next).not.toContain("skipWaiting");
      return next;
    });
    await reload();
    // The old version still runs the page, and the update is still offered.
    await expect(banner).toContainText("Update available");
  });
});
