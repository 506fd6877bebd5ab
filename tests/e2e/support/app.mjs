// Shared helpers for the end-to-end tests: open the app, watch for errors
// and for any request that leaves the app's own origin.
import { test as base, expect } from "@playwright/test";
import { seed } from "./seed.mjs";

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

/**
 * Opens the app, stores `records` ({ key: value }, as seed.mjs's seed
 * does, which reloads), then opens it at `hash`.
 */
export async function openSeeded(page, records, hash = "") {
  await openApp(page);
  await seed(page, records);
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
