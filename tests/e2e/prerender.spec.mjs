// The first screen in the first HTML response (scripts/prerender.mjs): the
// library as static markup that paints before any wasm, then taken over by
// the app, built hidden a step per task and shown in one (src/ui/takeover.rs),
// with nothing moving, for a first visit
// and for a returning runner (assets/early.js fits the static copy to them).
import { readFileSync } from "node:fs";
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, seed } from "./support/seed.mjs";

const LIST = { name: "Exercise library" };

// Each test loads the app more than once, and some wait for a chunk.
test.slow();
const PLAN = JSON.parse(readFileSync(new URL("../fixtures/v3/plan.json", import.meta.url), "utf8"));

/** The names of the exercises in the live app's library, in order. */
async function liveNames(page) {
  await openApp(page);
  return page.getByRole("list", LIST).locator(".exercise-name").allTextContents();
}

/**
 * Holds back the main wasm until `release()` is called, so the test sees the
 * static first screen as a slow network would show it.
 */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(/\/bandwork-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where the first screen's parts are, and whether each is shown. */
function layout(page) {
  return page.evaluate(() => {
    const parts = {
      header: ".app-header",
      heading: "main h1",
      today: "main .today",
      lead: "main .lead",
      welcome: "main .first-run-offer",
      search: 'main input[type="search"]',
      count: "main .result-count",
      firstCard: '[aria-label="Exercise library"] > li:first-child',
      fifthCard: '[aria-label="Exercise library"] > li:nth-child(5)',
      nav: 'nav[aria-label="Main"]',
    };
    return Object.fromEntries(
      Object.entries(parts).map(([name, selector]) => {
        const element = document.querySelector(selector);
        const box = element?.getBoundingClientRect();
        return [name, box && box.height > 0 ? [box.x, box.y, box.width, box.height].map(Math.round) : "not shown"];
      }),
    );
  });
}

/** The sum of every layout shift since the page started loading. */
function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) sum += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in the observer's first callback.
        setTimeout(() => done(sum), 100);
      }),
  );
}

/** The static copy is on screen (the app has not started). */
async function expectStaticCopy(page) {
  await expect(page.locator("#boot .exercise-card").first()).toBeVisible();
  await expect(page.locator("#boot")).toHaveAttribute("inert", "");
}

/** The app has taken over: one live library, its search enabled. */
async function expectTakenOver(page) {
  await expect(page.getByRole("searchbox", { name: "Search exercises" })).toBeEnabled({ timeout: 20_000 });
  await expect(page.locator("#boot")).toHaveCount(0);
}

test("the first HTML response already holds the whole library, inert, with its search disabled", async ({ page }) => {
  const names = await liveNames(page);
  expect(names.length).toBeGreaterThan(0);
  // The raw document, as the server sends it: no script of it runs here.
  const response = await page.request.get(process.env.BANDWORK_URL);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  const copy = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "text/html");
    const boot = doc.getElementById("boot");
    return {
      names: [...doc.querySelectorAll('#boot [aria-label="Exercise library"] .exercise-name')].map((n) => n.textContent),
      inert: boot?.hasAttribute("inert"),
      hidden: boot?.getAttribute("aria-hidden"),
      searchDisabled: doc.querySelector('#boot input[type="search"]')?.disabled,
      enabledControls: doc.querySelectorAll("#boot :is(input, button, select, textarea):not([disabled])").length,
      welcome: doc.querySelector("#boot .first-run-offer h2")?.textContent,
      inlineScripts: [...doc.scripts].filter((s) => !s.src).length,
      inlineStyles: doc.querySelectorAll("style, [style]").length,
    };
  }, html);
  expect(copy.names).toEqual(names);
  expect(copy.inert).toBe(true);
  expect(copy.hidden).toBe("true");
  expect(copy.searchDisabled).toBe(true);
  expect(copy.enabledControls).toBe(0);
  expect(copy.welcome).toBe("New to Bandwork?");
  // The Content-Security-Policy allows neither.
  expect(copy.inlineScripts).toBe(0);
  expect(copy.inlineStyles).toBe(0);
});

/**
 * How many pixels differ by more than a trace between two screenshots of
 * the same size, compared in the page's own canvas. Rounded corners are
 * sometimes antialiased one shade apart (1 of 255) by the compositor,
 * which nobody can see.
 */
async function visiblyDifferentPixels(page, before, after) {
  return page.evaluate(
    async ([a, b]) => {
      const pixels = async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [first, second] = [await pixels(a), await pixels(b)];
      if (first.length !== second.length) return Infinity;
      let count = 0;
      for (let i = 0; i < first.length; i += 4) {
        const apart = Math.max(
          Math.abs(first[i] - second[i]),
          Math.abs(first[i + 1] - second[i + 1]),
          Math.abs(first[i + 2] - second[i + 2]),
        );
        if (apart > 8) count += 1;
      }
      return count;
    },
    [before.toString("base64"), after.toString("base64")],
  );
}

test("on a first visit the app takes over the static library without moving anything", { tag: "@both" }, async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(process.env.BANDWORK_URL);
  await expectStaticCopy(page);
  const before = await layout(page);
  expect(before.welcome).not.toBe("not shown");
  expect(before.today).toBe("not shown");
  const still = await page.screenshot();
  release();
  await expectTakenOver(page);
  expect(await layout(page)).toEqual(before);
  expect(await visiblyDifferentPixels(page, still, await page.screenshot())).toBe(0);
  expect(await layoutShift(page)).toBe(0);
});

// The week's fixture has band work on Tuesday (a Start button in the card,
// whose line wraps on a phone) and none on Monday.
for (const [day, date] of [
  ["a band day", "2026-11-24T09:00:00"],
  ["a day without band work", "2026-11-23T09:00:00"],
]) {
  test(`a returning runner with bands, a week and a dark theme sees no welcome, no flash and no shift, on ${day}`, { tag: "@both" }, async ({ page }) => {
    await page.clock.setFixedTime(new Date(date));
    await openApp(page);
    await seed(page, {
      [KEYS.kit]: FABRIC_KIT,
      [KEYS.plan]: PLAN,
      [KEYS.settings]: { version: 1, units: "lb", theme: "dark", weekly_goal: 2 },
    });
    const release = await holdWasm(page);
    await page.goto(process.env.BANDWORK_URL);
    await expectStaticCopy(page);
    // Before any wasm: the stored theme, the Today frame, no welcome.
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    const before = await layout(page);
    expect(before.welcome).toBe("not shown");
    expect(before.today).not.toBe("not shown");
    release();
    await expectTakenOver(page);
    await expect(page.getByRole("region", { name: "Today" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "New to Bandwork?" })).toHaveCount(0);
    // Today's line arrives with its own chunk, into the frame kept for it.
    await expect(page.locator("main .today-line")).toBeVisible({ timeout: 20_000 });
    expect(await layout(page)).toEqual(before);
    expect(await layoutShift(page)).toBe(0);
  });
}

test("the static copy is replaced by exactly one live library that works", async ({ page }, testInfo) => {
  await openApp(page);
  await expect(page.locator("#boot, .prerendered")).toHaveCount(0);
  await expect(page.getByRole("list", LIST)).toHaveCount(1);
  await expect(page.locator('[aria-label="Exercise library"]')).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(1);
  await expect(page.locator("main")).toHaveCount(1);
  const search = page.getByRole("searchbox", { name: "Search exercises" });
  await search.fill("clam");
  await expect(page.getByRole("list", LIST).getByRole("heading", { name: "Clamshell", exact: true })).toBeVisible();
  await expect(page.locator(".result-count")).toContainText(" of ");
  await press(page.getByRole("button", { name: "Not now" }), testInfo);
  await expect(page.getByRole("heading", { name: "New to Bandwork?" })).toHaveCount(0);
});

test("the app builds itself hidden behind the copy, then replaces it whole in one task", async ({ page }) => {
  // Watches the page from its first byte: while the copy is there, is any
  // live part shown; and when it goes, how much of the app is already in.
  await page.addInitScript(() => {
    window.__takeover = { shownEarly: [], steps: 0, atRemoval: null, bootSeen: false };
    const live = () => [...document.body.children].filter((el) => el.id !== "boot" && !["SCRIPT", "NOSCRIPT"].includes(el.tagName));
    const observer = new MutationObserver(() => {
      const boot = document.getElementById("boot");
      // The HTML arrives in pieces: until the parser reaches the copy, it is not gone.
      if (!boot && !window.__takeover.bootSeen) return;
      if (boot) {
        window.__takeover.bootSeen = true;
        if (live().length > 0) window.__takeover.steps += 1;
        for (const el of live()) if (el.getClientRects().length > 0) window.__takeover.shownEarly.push(el.tagName);
        return;
      }
      if (window.__takeover.atRemoval !== null || !document.body) return;
      window.__takeover.atRemoval = {
        cards: document.querySelectorAll('[aria-label="Exercise library"] > li').length,
        search: Boolean(document.querySelector('input[type="search"]:not([disabled])')),
        nav: Boolean(document.querySelector('nav[aria-label="Main"]')),
      };
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  // The static copy has the Main navigation too: wait for the live app.
  const names = await liveNames(page);
  await expectTakenOver(page);
  const seen = await page.evaluate(() => window.__takeover);
  expect(seen.shownEarly).toEqual([]);
  // Built in several tasks (mutations seen while the copy still shows), not one.
  expect(seen.steps).toBeGreaterThan(3);
  expect(seen.atRemoval).toEqual({ cards: names.length, search: true, nav: true });
});

test("the other screens' style sheet, fetched later, changes nothing on the first screen", { tag: "@both" }, async ({ page }) => {
  await openApp(page);
  const styles = () =>
    page.evaluate(() =>
      [...document.querySelectorAll("body *")].map((el) => {
        const style = getComputedStyle(el);
        return ["display", "margin", "padding", "font-size", "color", "background-color", "border", "width", "height", "gap"]
          .map((name) => style.getPropertyValue(name))
          .join("|");
      }),
    );
  const sheets = () => page.evaluate(() => [...document.styleSheets].map((sheet) => (sheet.href ?? "").split("/").pop()));
  expect((await sheets()).filter((name) => name.startsWith("screens-"))).toEqual([]);
  const before = await styles();
  // The fetch ahead brings it, with the wasm chunk.
  await page.waitForFunction(() => [...document.styleSheets].some((sheet) => /\/screens-[0-9a-f]+\.css$/.test(sheet.href ?? "")), null, {
    timeout: 20_000,
  });
  expect(await styles()).toEqual(before);
});

test("a link to another screen shows no library before that screen", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(process.env.BANDWORK_URL + "#/history");
  await expect(page.locator("#boot .app-header")).toBeVisible();
  await expect(page.locator("#boot .exercise-card").first()).toBeHidden();
  release();
  // The wasm, then History's chunk: slow on a busy machine.
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("#boot")).toHaveCount(0);
});

test("storage that throws leaves the static first screen as a first visit shows it", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("storage refused by the test", "SecurityError");
      },
    });
  });
  // The app's own handling of such storage is optional-apis.spec.mjs's.
  await holdWasm(page);
  await page.goto(process.env.BANDWORK_URL);
  await expectStaticCopy(page);
  await expect(page.locator("#boot .first-run-offer")).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-returning");
  // Let the page close with the wasm still held back.
  await page.unrouteAll({ behavior: "ignoreErrors" });
});

test("with JavaScript turned off the page still shows every exercise card", async ({ page, browser }, testInfo) => {
  const names = await liveNames(page);
  const context = await browser.newContext({ ...testInfo.project.use, javaScriptEnabled: false });
  const offline = await context.newPage();
  await offline.goto(process.env.BANDWORK_URL);
  // (Playwright's text queries skip <noscript>, so by its class.)
  await expect(offline.locator(".noscript-note")).toContainText("Bandwork needs JavaScript");
  const cards = offline.locator("#boot .exercise-name");
  await expect(cards).toHaveText(names);
  await cards.last().scrollIntoViewIfNeeded();
  await expect(cards.last()).toBeVisible();
  await context.close();
});

test("the early script reads the app's own storage keys and its Today test", async () => {
  const early = readFileSync(new URL("../../assets/early.js", import.meta.url), "utf8");
  for (const key of [KEYS.kit, KEYS.routines, KEYS.history, KEYS.plan, KEYS.settings]) {
    expect(early).toContain(`"${key}"`);
  }
  const week = readFileSync(new URL("../../src/model/plan/week.rs", import.meta.url), "utf8");
  expect(week).toContain('text.contains("\\"band\\":{")');
  expect(early).toContain(`'"band":{'`);
});
