// Settings: units and theme, saved on the device, and what happens when the
// stored copy is damaged or from a newer version.
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS, backupKey } from "./support/keys.mjs";
import { storeText, storedText } from "./support/seed.mjs";

const storeRaw = (page, text) => storeText(page, KEYS.settings, text);
const readRaw = (page, key = KEYS.settings) => storedText(page, key);

function background(page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test("units and theme are saved and survive a reload", async ({ page }, testInfo) => {
  await openApp(page, "#/settings");
  await expect(page.getByRole("radio", { name: "Pounds (lb)" })).toBeChecked();
  await expect(page.getByText("15-20 lb")).toBeVisible();
  const lightBackground = await background(page);

  await press(page.getByRole("radio", { name: "Kilograms (kg)" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Settings saved");
  await expect(page.getByText("7-9 kg")).toBeVisible();

  await press(page.getByRole("radio", { name: "Dark" }), testInfo);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect.poll(() => background(page)).not.toBe(lightBackground);
  const darkBackground = await background(page);

  await page.reload();
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.getByText("7-9 kg")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(darkBackground);
  expect(JSON.parse(await readRaw(page))).toEqual({
    version: 1,
    units: "kg",
    theme: "dark",
    cues: { beeps: true, voice: true, vibrate: true, flash: true, tempo: false },
    weekly_goal: 2,
    goal_by_hand: false,
  });

  await press(page.getByRole("radio", { name: "Match my device" }), testInfo);
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
});

test("the radios work from the keyboard", async ({ page }) => {
  await openApp(page, "#/settings");
  await page.getByRole("radio", { name: "Pounds (lb)" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeFocused();
  await expect(page.getByText("7-9 kg")).toBeVisible();
});

test("damaged settings: the app starts on defaults, says so, and keeps the original", async ({ page }, testInfo) => {
  await openApp(page, "#/settings");
  await storeRaw(page, "{this is not json");
  await page.reload();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not be read");
  await expect(alert).toContainText("kept the original text safely");
  await expect(page.getByRole("radio", { name: "Pounds (lb)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Match my device" })).toBeChecked();
  // Loading neither overwrote nor dropped the damaged text.
  expect(await readRaw(page)).toBe("{this is not json");
  expect(await readRaw(page, backupKey(KEYS.settings))).toBe("{this is not json");

  await press(page.getByRole("radio", { name: "Kilograms (kg)" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Settings saved");
  expect(JSON.parse(await readRaw(page)).units).toBe("kg");
  expect(await readRaw(page, backupKey(KEYS.settings))).toBe("{this is not json");

  await press(alert.getByRole("button", { name: "Dismiss" }), testInfo);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("an unknown value resets only its own setting", async ({ page }) => {
  await openApp(page, "#/settings");
  await storeRaw(page, '{"version":1,"units":"stone","theme":"dark"}');
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("(units)");
  await expect(page.getByRole("radio", { name: "Pounds (lb)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("settings from a newer version are shown but never overwritten", async ({ page }, testInfo) => {
  const newer = '{"version":99,"units":"kg","theme":"light","sound":"loud"}';
  await openApp(page, "#/settings");
  await storeRaw(page, newer);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("newer version of Bandwork");
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeChecked();

  await press(page.getByRole("radio", { name: "Dark" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Changed for now, not saved");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await readRaw(page)).toBe(newer);
});
