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

// What the desktop run adds over the phone's, spec by spec:
// - a11y: axe on the laptop layout (top navigation, wider grids), both palettes;
// - editor: the laptop layout and a short window;
// - history: the chart and table side by side;
// - keyboard: the keyboard-only journeys (desktop only);
// - player, player-layout: keys, the mouse, the laptop's player;
// - prerender: the copy at laptop width matches the live app (no shift);
// - routines: moving entries by mouse drag and its scrolling arithmetic;
// - shell: the navigation at the top, not the bottom.
const DESKTOP_SPECS = ["a11y", "editor", "history", "keyboard", "player", "player-layout", "prerender", "routines", "shell"];

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
      // Every spec runs as a phone: most runners hold one.
      name: "phone",
      use: {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    {
      // The laptop runs only the specs whose checks change with the
      // viewport or the input: layout, the navigation's place, the mouse
      // and keys against touch. The rest check logic the phone run covers.
      name: "desktop",
      testMatch: DESKTOP_SPECS.map((name) => `**/${name}.spec.mjs`),
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
});
