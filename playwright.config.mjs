// End-to-end tests: the release build in dist/, served on a free local port,
// driven in Debian's Chromium as a phone (touch) and as a desktop.
import { defineConfig } from "@playwright/test";

const chromium = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

// Every test runs as a phone, but those tagged "@desktop" (keyboard-only
// journeys and laptop sizes). The desktop run takes only the tests whose
// checks change with the viewport or the input, tagged in their specs:
// "@both" (the laptop layout, the navigation at the top, the mouse against
// touch, axe on the wider grids) and "@desktop". The rest check logic the
// phone run covers.
export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/support/global-setup.mjs",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // scripts/test names a report per project (BANDWORK_E2E_JSON).
  reporter: [["list"], ["json", { outputFile: process.env.BANDWORK_E2E_JSON ?? "test-results/e2e-results.json" }]],
  use: {
    launchOptions: chromium,
    trace: "off",
    screenshot: "only-on-failure",
    // Service workers are off in every spec but pwa.spec.mjs, which turns
    // them on: elsewhere, files served from the worker's cache would hide
    // routed requests and make first loads depend on install timing.
    serviceWorkers: "block",
  },
  projects: [
    {
      // Every spec runs as a phone, most runners hold one: all but the
      // tests tagged "@desktop".
      name: "phone",
      grepInvert: /@desktop/,
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      // The laptop: the tests tagged "@both" or "@desktop".
      name: "desktop",
      grep: /@both|@desktop/,
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
});
