// Shared helpers for the end-to-end tests: open the app, watch for errors
// and for any request that leaves the app's own origin.
import { test as base, expect } from "@playwright/test";

// Console errors a test provokes on purpose, per page.
const allowed = new WeakMap();

/** Lets console errors matching `pattern` through on `page`. */
export function allowConsoleError(page, pattern) {
  allowed.set(page, [...(allowed.get(page) ?? []), pattern]);
}

export const test = base.extend({
  // Every page fails its test on a console error, an uncaught exception or a
  // request to any other origin.
  page: async ({ page }, use) => {
    const problems = [];
    const origin = new URL(process.env.BANDWORK_URL).origin;
    page.on("console", (message) => {
      const text = message.text();
      if (message.type() === "error" && !allowed.get(page)?.some((pattern) => pattern.test(text))) {
        problems.push(`console error: ${text}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:")) problems.push(`third-party request: ${url}`);
    });
    await use(page);
    expect(problems, "the page stayed clean").toEqual([]);
  },
});

export { expect };

/** Opens the app at `hash` (e.g. "#/settings") and waits until it is running. */
export async function openApp(page, hash = "") {
  await page.goto(process.env.BANDWORK_URL + hash);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

let seedings = 0;

/**
 * Opens the app at `hash` with `records` ({ key: value }, stored as JSON)
 * already in its localStorage, as if an earlier visit had saved them: one
 * page load. The records go in before the app's first script runs, on this
 * page's first navigation only (a mark in its sessionStorage), so a reload
 * later in the test sees what the app saved, not the seed again.
 */
export async function openSeeded(page, records, hash = "") {
  seedings += 1;
  await page.addInitScript(
    ([mark, entries]) => {
      try {
        if (sessionStorage.getItem(mark) !== null) return;
        sessionStorage.setItem(mark, "1");
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // A page with no storage of its own (about:blank): nothing to seed.
      }
    },
    [`bandwork-test-seed-${process.pid}-${seedings}`, records],
  );
  // A page already in the app would take a new #hash as a jump within the
  // same document, with no load for the records to go in on.
  if (page.url() !== "about:blank") await page.goto("about:blank");
  await openApp(page, hash);
}

/** Clicks on desktop, taps on a touch screen, as a person would. */
export async function press(locator, testInfo) {
  if (testInfo.project.use.hasTouch) {
    await locator.tap();
  } else {
    await locator.click();
  }
}
