// The app shell: navigation, routes, focus handling, layout per screen size,
// and the Content-Security-Policy.
import { test as plainTest } from "@playwright/test";
import { test, expect, openApp, press, allowConsoleError } from "./support/app.mjs";

const SCREENS = [
  { link: "Library", heading: "Exercise library", hash: "#/library" },
  { link: "Routines", heading: "Routines", hash: "#/routines" },
  { link: "Plan", heading: "Your week", hash: "#/plan" },
  { link: "History", heading: "History", hash: "#/history" },
  { link: "Settings", heading: "Settings", hash: "#/settings" },
];

test("the main navigation reaches every screen and marks the current one", { tag: "@both" }, async ({ page }, testInfo) => {
  await openApp(page);
  await expect(page.locator("#boot")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Exercise library" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const screen of SCREENS.slice(1).concat(SCREENS[0])) {
    const link = nav.getByRole("link", { name: screen.link, exact: true });
    await press(link, testInfo);
    const heading = page.getByRole("heading", { level: 1, name: screen.heading, exact: true });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
    expect(new URL(page.url()).hash).toBe(screen.hash);
  }
});

test("a deep link opens its screen, and Back returns to it", async ({ page }, testInfo) => {
  await openApp(page, "#/history");
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  await press(page.getByRole("link", { name: "Settings", exact: true }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
});

test("an unknown route opens the library instead of a blank page", async ({ page }) => {
  await openApp(page, "#/no-such-screen");
  await expect(page.getByRole("heading", { level: 1, name: "Exercise library" })).toBeVisible();
});

test("the skip link moves keyboard focus to the content", { tag: "@both" }, async ({ page }) => {
  await openApp(page, "#/settings");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  // The skip link must not change the route.
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
});

test("the navigation sits at the bottom on a phone and in the header on a desktop", { tag: "@both" }, async ({ page }, testInfo) => {
  await openApp(page);
  const box = await page.getByRole("navigation", { name: "Main" }).boundingBox();
  const viewport = page.viewportSize();
  if (testInfo.project.name === "phone") {
    expect(box.y + box.height).toBeCloseTo(viewport.height, 0);
    expect(box.width).toBe(viewport.width);
    // Every screen's link in one row within a thumb's reach.
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    await expect(links).toHaveCount(SCREENS.length);
    const tops = new Set();
    for (const link of await links.all()) tops.add(Math.round((await link.boundingBox()).y));
    expect([...tops]).toHaveLength(1);
  } else {
    expect(box.y).toBeLessThan(80);
  }
});

plainTest("the Content-Security-Policy blocks inline scripts and allows only the app's own files", async ({ page }) => {
  const violations = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(process.env.BANDWORK_URL);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
  expect(policy).not.toContain("unsafe-inline");
  // The app itself starts without any inline script or violation.
  expect(await page.locator("script:not([src])").count()).toBe(0);
  expect(violations).toEqual([]);
  // And an injected inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return window.__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

test("a screen whose code can't be fetched says so, and loads on the next visit", async ({ page }) => {
  // Every screen but the library is in the on-demand chunk, fetched on first use.
  // Serve a broken copy of it once.
  let broken = true;
  allowConsoleError(page, /^CompileError: WebAssembly\.instantiateStreaming\(\)/);
  await page.route(/split_screens-[0-9a-f]+\.wasm$/, (route) =>
    broken ? route.fulfill({ status: 200, contentType: "application/wasm", body: "not wasm" }) : route.continue(),
  );
  await openApp(page, "#/history");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This screen could not be loaded");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  broken = false;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Library" }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("Get started marks no navigation item as the current page", async ({ page }) => {
  await openApp(page, "#/start");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Library", exact: true })).not.toHaveAttribute("aria-current", /./);
});
