// Data that is never lost: a key damaged by hand, data from a newer
// version, a full storage quota, and history stored in the old format.
import { readFile } from "node:fs/promises";
import { test, expect, openApp, openSeeded, press, allowConsoleError } from "./support/app.mjs";
import { KEYS, SCHEMA_VERSION, backupKey } from "./support/keys.mjs";
import { FABRIC_KIT, sampleSession, seed, storeText, storedJson, storedRoutines, storedSessions, storedText } from "./support/seed.mjs";
import { addStarter } from "./support/routines.mjs";

const HISTORY = {
  version: 1,
  data: { sessions: [sampleSession("2026-11-16T07:00:00Z", "Track warm-up"), sampleSession("2026-11-18T07:00:00Z", "Evening core")] },
};

/** Fills localStorage until the browser refuses more; returns the keys. */
function fillStorage(page) {
  return page.evaluate(() => {
    const keys = [];
    for (const size of [512 * 1024, 16 * 1024, 1024, 64, 1]) {
      for (let n = 0; n < 1024; n += 1) {
        const key = `filler.${size}.${n}`;
        try {
          localStorage.setItem(key, "x".repeat(size));
        } catch {
          break;
        }
        keys.push(key);
      }
    }
    return keys;
  });
}

test("a key damaged by hand: the app starts, keeps the text, offers it, and loses nothing else", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: HISTORY }, "#/routines");
  await addStarter(page, testInfo, "Hips and feet");
  const damaged = '{"version":2,"data":{"routines":[{"id":1,"rout';
  await storeText(page, KEYS.routines, damaged);
  await page.reload();

  const notice = page.getByRole("alert").filter({ hasText: "Your saved routines could not be read" });
  await expect(notice).toContainText("kept the original text safely");
  const download = page.waitForEvent("download");
  await press(notice.getByRole("button", { name: "Download the kept copy" }), testInfo);
  const file = await download;
  expect(file.suggestedFilename()).toBe("bandwork-routines-unreadable.txt");
  expect(await readFile(await file.path(), "utf8")).toBe(damaged);
  expect(await storedText(page, backupKey(KEYS.routines))).toBe(damaged);

  // Everything else is there, and the app carries on.
  await press(page.getByRole("link", { name: "History" }), testInfo);
  await expect(page.getByRole("list", { name: "Workout history" }).getByRole("listitem")).toHaveCount(2);
  await press(page.getByRole("link", { name: "Routines" }), testInfo);
  await addStarter(page, testInfo, "Runner's ten, quick");
  expect(await storedText(page, backupKey(KEYS.routines)), "the kept copy is never overwritten").toBe(damaged);
  const routines = await storedRoutines(page);
  expect(routines.map((r) => r.routine.name)).toEqual(["Runner's ten, quick"]);

  // The history, seeded in the old format, was migrated and still reads.
  const sessions = await storedSessions(page);
  expect(sessions).toEqual(HISTORY.data.sessions);
  expect((await storedJson(page, KEYS.history)).version).toBe(SCHEMA_VERSION);

  // The routines read again now: a reload has nothing to report, and the
  // one kept copy stays.
  await page.reload();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(await storedText(page, backupKey(KEYS.routines))).toBe(damaged);
  expect(await storedText(page, backupKey(KEYS.routines, 2))).toBeNull();
});

test("routines from a newer version open read-only with a warning, and are never saved over", async ({ page }, testInfo) => {
  await openApp(page);
  const newer = JSON.stringify({ version: 9, data: { routines: [], from_the_future: true } });
  await storeText(page, KEYS.routines, newer);
  await seed(page, { [KEYS.kit]: FABRIC_KIT });
  await openApp(page, "#/routines");
  await expect(page.getByRole("alert")).toContainText("A newer version of Bandwork saved your routines (format 9)");
  await expect(page.getByRole("alert")).toContainText("changes made here will not be saved");
  await addStarter(page, testInfo, "Hips and feet");
  expect(await storedText(page, KEYS.routines)).toBe(newer);
});

test("a full quota: the change stays, the notice says so, and the save is tried again", async ({ page }, testInfo) => {
  allowConsoleError(page, /QuotaExceeded|exceeded the quota/i);
  await page.clock.install();
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT }, "#/routines");
  const fillers = await fillStorage(page);
  expect(fillers.length).toBeGreaterThan(0);

  await addStarter(page, testInfo, "Hips and feet");
  const notice = page.getByRole("alert").filter({ hasText: "storage for Bandwork is full" });
  await expect(notice).toContainText("keeps trying to save it");
  expect(await storedText(page, KEYS.routines)).toBeNull();

  // Try again while still full: still not saved, and it says so.
  await press(notice.getByRole("button", { name: "Try again" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Still not saved.");
  await expect(notice).toBeVisible();

  // Space is freed elsewhere: the next retry, on its timer, saves it.
  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), fillers);
  await page.clock.runFor(21_000);
  await expect(notice).toHaveCount(0);
  const routines = await storedRoutines(page);
  expect(routines.map((r) => r.routine.name)).toEqual(["Hips and feet"]);

  // Full again: a second change, then the button saves it once space is back.
  const more = await fillStorage(page);
  await addStarter(page, testInfo, "Runner's ten, quick");
  await expect(notice).toBeVisible();
  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), more);
  await press(notice.getByRole("button", { name: "Try again" }), testInfo);
  await expect(notice).toHaveCount(0);
  const saved = await storedRoutines(page);
  expect(saved.map((r) => r.routine.name)).toEqual(["Hips and feet", "Runner's ten, quick"]);

  // Closing the notice does not stop the retries, and they don't bring it
  // back every time they fail.
  const again = await fillStorage(page);
  await addStarter(page, testInfo, "Mini band eight");
  await press(notice.getByRole("button", { name: "Dismiss" }), testInfo);
  await page.clock.runFor(21_000);
  await expect(notice).toHaveCount(0);
  await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), again);
  await page.clock.runFor(21_000);
  await expect
    .poll(async () => (await storedRoutines(page)).length)
    .toBe(3);
});

test("a history from a newer version: History says it is set aside, not that there are no workouts", async ({ page }) => {
  await openApp(page);
  const newer = JSON.stringify({ version: 7, data: { sessions: "in a shape this version can't read" } });
  await storeText(page, KEYS.history, newer);
  await seed(page, { [KEYS.kit]: FABRIC_KIT });
  await openApp(page, "#/history");
  await expect(page.getByRole("alert")).toContainText("A newer version of Bandwork saved your workout history (format 7)");
  await expect(page.getByText("Your saved workouts can't be shown")).toBeVisible();
  await expect(page.getByText("No workouts yet")).toHaveCount(0);
  expect(await storedText(page, KEYS.history)).toBe(newer);
});
