// Takes screenshots of every screen at phone (390x844) and desktop
// (1280x800) size, in light and dark, from the release build in dist/.
//   node scripts/screenshots.mjs [out-dir]     (default target/screenshots)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { startServer } from "./static-server.mjs";
import { KEYS } from "../tests/e2e/support/keys.mjs";
import { FABRIC_KIT, seed } from "../tests/e2e/support/seed.mjs";

const out = process.argv[2] ?? "target/screenshots";
const screens = ["library", "library/clamshell", "routines", "history", "settings", "bands"];
const HEADINGS = {
  library: "Exercise library",
  "library/clamshell": "Clamshell",
  routines: "Routines",
  history: "History",
  settings: "Settings",
  bands: "Your bands",
};
const sizes = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** Sixteen clamshell sessions, two a week: reps climb, then the band. */
function monthsOfClamshells() {
  const sessions = Array.from({ length: 16 }, (_, i) => {
    const at = Date.parse("2026-09-07T07:00:00Z") + i * 3.5 * 86_400_000;
    const heavier = i >= 10;
    const reps = heavier ? 8 + (i - 10) : 8 + i / 2;
    const band = heavier ? { id: 2, name: "Grey, medium", swatch: "#757575" } : { id: 1, name: "Green, light", swatch: "#2e7d32" };
    const exercise = { exercise: "clamshell", dose: { sets: 3, shape: { reps: { reps: Math.floor(reps) } }, rest_s: 30, per_side: true }, bands: [band], sets_done: i === 4 ? 2 : 3, actual: null, rating: null };
    return { id: at, routine: "Hips and feet", started_at: at, ended_at: at + 900_000, active_s: 840, finished: true, exercises: [exercise] };
  });
  return { version: 1, data: { sessions } };
}

async function shoot(page, name) {
  // Let the player's change-of-segment flash fade first.
  await page.waitForTimeout(name.startsWith("player") ? 600 : 0);
  const file = `${out}/${name}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}

mkdirSync(out, { recursive: true });
const { server, url } = await startServer({ dir: "dist", port: 0 });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  for (const [sizeName, options] of Object.entries(sizes)) {
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ ...options, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(url);
      await seed(page, { [KEYS.kit]: FABRIC_KIT });
      for (const screen of screens) {
        // Screens load their chunk first: wait for the new screen's own
        // heading, not the one still showing from the screen before.
        await page.goto(`${url}#/${screen}`);
        await page.locator("main h1:not(#boot h1)").filter({ hasText: HEADINGS[screen] }).waitFor();
        await shoot(page, `${screen.replace("/", "-")}-${sizeName}-${scheme}`);
      }
      // A starter routine in the editor, with one entry opened.
      await page.goto(`${url}#/routines`);
      await page.getByRole("button", { name: "Add Hips and feet to my routines" }).click();
      await page.getByRole("link", { name: "Hips and feet" }).first().click();
      await page.getByRole("list", { name: "Routine", exact: true }).waitFor();
      await shoot(page, `editor-${sizeName}-${scheme}`);
      await page.getByRole("button", { name: "Edit Clamshell" }).click();
      await page.getByRole("button", { name: "Edit Clamshell" }).scrollIntoViewIfNeeded();
      await shoot(page, `editor-open-${sizeName}-${scheme}`);
      // Sharing: the panel with its link and QR code, the preview a friend
      // sees, and what a broken link says.
      await page.getByRole("button", { name: "Share routine" }).click();
      const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
      await page.getByRole("img", { name: "QR code of the share link" }).scrollIntoViewIfNeeded();
      await shoot(page, `editor-share-${sizeName}-${scheme}`);
      await page.goto(link);
      await page.getByRole("heading", { level: 1, name: "Shared routine" }).waitFor();
      await shoot(page, `shared-preview-${sizeName}-${scheme}`);
      await page.goto(`${url}#/r/AQxSdW5uZXI`);
      await page.getByRole("alert").waitFor();
      await shoot(page, `shared-bad-${sizeName}-${scheme}`);
      await page.goto(`${url}#/routines`);
      await page.getByRole("link", { name: "Hips and feet" }).first().click();
      await page.getByRole("list", { name: "Routine", exact: true }).waitFor();
      // The player: get ready, a rep set, one side of a per-side move,
      // paused, the end dialog, the summary and the history it leaves.
      const player = page.getByRole("region", { name: "Workout player" });
      await page.getByRole("button", { name: "Start workout" }).click();
      await player.waitFor();
      await shoot(page, `player-ready-${sizeName}-${scheme}`);
      await player.getByRole("button", { name: "Skip" }).click();
      await player.locator(".player-target").waitFor();
      await shoot(page, `player-work-${sizeName}-${scheme}`);
      // On to the first side of a move done each side in turn.
      const side = player.locator(".player-target").filter({ hasText: /side/ });
      for (let i = 0; i < 12 && !(await side.isVisible()); i += 1) {
        await player.getByRole("button", { name: "Skip" }).click();
      }
      await side.waitFor();
      await shoot(page, `player-side-${sizeName}-${scheme}`);
      await player.getByRole("button", { name: "Pause" }).click();
      await shoot(page, `player-paused-${sizeName}-${scheme}`);
      await player.getByRole("button", { name: "End workout" }).click();
      await shoot(page, `player-end-${sizeName}-${scheme}`);
      await page.getByRole("button", { name: "Save and end" }).click();
      await page.getByRole("list", { name: "Exercises done" }).waitFor();
      await shoot(page, `summary-${sizeName}-${scheme}`);
      await page.getByRole("link", { name: "See history" }).click();
      await page.getByRole("list", { name: "Workout history" }).waitFor();
      await shoot(page, `history-filled-${sizeName}-${scheme}`);
      await page.goto(`${url}#/routines`);
      await page.getByRole("list", { name: "Your routines" }).waitFor();
      await shoot(page, `routines-saved-${sizeName}-${scheme}`);
      // Two months of clamshells: the progress chart and its table.
      await seed(page, { [KEYS.history]: monthsOfClamshells() });
      await page.goto(`${url}#/history`);
      const progress = page.locator(".progress-card");
      await progress.getByText("Show as a table").click();
      await progress.evaluate((card) => card.scrollIntoView());
      await shoot(page, `history-progress-${sizeName}-${scheme}`);
      // A record damaged by hand: the notice, with the kept copy to download.
      await page.evaluate((key) => localStorage.setItem(key, "{\"version\":2,\"data\":{\"rou"), KEYS.routines);
      await page.reload();
      await page.getByRole("alert").waitFor();
      await shoot(page, `notice-damaged-${sizeName}-${scheme}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
