// Settings saves: a failed save of the weekly goal (or any setting) is said
// and retried like every other record's, and following another tab's
// settings never writes to storage.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS, backupKey } from "./support/keys.mjs";
import { sampleSession, storeText, storedJson, storedText } from "./support/seed.mjs";

/** Makes every save of `key` fail until `window.__refuse` is cleared. */
function refuseSaves(key) {
  const setItem = Storage.prototype.setItem;
  window.__refuse = true;
  Storage.prototype.setItem = function (k, value) {
    if (k === key && window.__refuse) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return setItem.call(this, k, value);
  };
}

test("a weekly goal that can't be saved is said, kept on screen, and saved by Try again", async ({ page }, testInfo) => {
  await page.addInitScript(refuseSaves, KEYS.settings);
  await openSeeded(page, { [KEYS.history]: { version: 1, data: { sessions: [sampleSession("2026-11-03T07:00:00Z", "Hips")] } } }, "#/history");
  await press(page.getByRole("button", { name: "More workouts a week" }), testInfo);
  await expect(page.locator(".week-count")).toContainText("of 3 workouts");
  const alert = page.getByRole("alert").filter({ hasText: "Your settings could not be saved" });
  await expect(alert).toContainText("storage for Bandwork is full");
  expect(await storedText(page, KEYS.settings)).toBeNull();

  await page.evaluate(() => (window.__refuse = false));
  await press(alert.getByRole("button", { name: "Try again" }), testInfo);
  await expect(alert).toHaveCount(0);
  const saved = await storedJson(page, KEYS.settings);
  expect(saved.weekly_goal).toBe(3);
});

test("a setting that can't be saved is said in Settings too, not announced as saved", async ({ page }, testInfo) => {
  await page.addInitScript(refuseSaves, KEYS.settings);
  await openApp(page, "#/settings");
  await press(page.getByRole("radio", { name: "Kilograms (kg)" }), testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "Your settings could not be saved" })).toBeVisible();
  await expect(page.getByRole("status")).not.toHaveText("Settings saved");
  await expect(page.getByText("7-9 kg")).toBeVisible();
});

test("damaged settings saved by another tab are not taken up, and nothing is written here", async ({ page, context }) => {
  await openApp(page, "#/settings");
  const other = await context.newPage();
  await other.goto(`${process.env.BANDWORK_URL}#/settings`);
  await expect(other.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  // Count every write this tab makes from here on.
  await page.evaluate(() => {
    window.__writes = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      window.__writes.push(key);
      return setItem.call(this, key, value);
    };
  });
  await storeText(other, KEYS.settings, "{ not json");
  // A good change from the other tab still arrives afterwards...
  await storeText(other, KEYS.settings, JSON.stringify({ version: 1, units: "kg", theme: "dark", cues: { beeps: true, voice: true, vibrate: true, flash: true, tempo: false }, weekly_goal: 2 }));
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  // ...and following either wrote nothing: no backup of the damaged text.
  expect(await page.evaluate(() => window.__writes)).toEqual([]);
  expect(await storedText(page, backupKey(KEYS.settings))).toBeNull();
  await other.close();
});
