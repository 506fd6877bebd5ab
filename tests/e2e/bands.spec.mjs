// The band kit: a ready-made set on first use, then listing, reordering,
// adding, editing and removing bands, in pounds or kilograms, saved on the
// device. Removing a band that a routine uses asks what to use instead.
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, seed, storedJson } from "./support/seed.mjs";

function band(id, name, swatch, label, pounds) {
  return { id, colour: { name, swatch }, label, band_type: "fabric_loop", pounds };
}

/** One saved routine, "Hips", whose only exercise uses the band `bandId`. */
function hipsRoutine(bandId) {
  const dose = { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: true };
  return oneRoutine("Hips", [entry(1, "clamshell", dose, bandId)]);
}

/** Opens the kit screen with these records ({ key: value }) stored. */
async function openWith(page, records) {
  await openApp(page, "#/bands");
  await seed(page, records);
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

async function storedBandNames(page) {
  const kit = await storedJson(page, KEYS.kit);
  return kit.data.bands.map((b) => `${b.colour.name}, ${b.label}`);
}

function kitList(page) {
  return page.getByRole("list", { name: "Band kit" });
}

function bandRows(page) {
  return kitList(page).getByRole("listitem");
}

test("first use offers the ready-made sets, each with its bands in words", async ({ page }) => {
  await openApp(page, "#/bands");
  await expect(page.getByRole("heading", { level: 1, name: "Your bands" })).toBeVisible();
  const sets = page.getByRole("list", { name: "Ready-made band sets" });
  await expect(sets.getByRole("heading", { level: 2 })).toHaveText([
    "Mini loop bands, set of 5",
    "Fabric loop bands, set of 3",
    "Long loop bands, set of 3",
    "Flat therapy bands, set of 8",
  ]);
  await expect(page.getByRole("list", { name: "Bands in the fabric loop bands, set of 3" }).getByRole("listitem")).toHaveText([
    "Green, light, 20-37 lb",
    "Grey, medium, 30-46 lb",
    "Black, heavy, 40-55 lb",
  ]);
  await expect(page.getByRole("button", { name: /^Use these bands/ })).toHaveCount(4);
  await expect(page.getByRole("button", { name: "Build my own" })).toBeVisible();
  await expect(kitList(page)).toHaveCount(0);
  expect(await storedJson(page, KEYS.kit)).toBeNull();
});

test("picking the fabric set lists its bands lightest first and survives a reload", async ({ page }, testInfo) => {
  await openApp(page, "#/bands");
  await press(page.getByRole("button", { name: "Use these bands: Fabric loop bands, set of 3" }), testInfo);

  const rows = bandRows(page);
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Green, light, 20-37 lb");
  await expect(rows.nth(0)).toContainText("Level 1 of 3");
  await expect(rows.nth(0)).toContainText("Fabric loop");
  await expect(rows.nth(1)).toContainText("Grey, medium, 30-46 lb");
  await expect(rows.nth(2)).toContainText("Black, heavy, 40-55 lb");
  await expect(rows.nth(2)).toContainText("Level 3 of 3");
  expect(await storedBandNames(page)).toEqual(["Green, light", "Grey, medium", "Black, heavy"]);

  await page.reload();
  await expect(bandRows(page)).toHaveCount(3);
  await expect(bandRows(page).nth(0)).toContainText("Green, light, 20-37 lb");
  await expect(page.getByRole("list", { name: "Ready-made band sets" })).toHaveCount(0);
});

test("with units in kilograms, ratings are shown and entered in kg but stored in pounds", async ({ page }, testInfo) => {
  await openWith(page, {
    [KEYS.settings]: { version: 1, units: "kg", theme: "system" },
    [KEYS.kit]: FABRIC_KIT,
  });
  await expect(bandRows(page).nth(0)).toContainText("Green, light, 9-17 kg");
  await expect(bandRows(page).nth(1)).toContainText("Grey, medium, 14-21 kg");

  // Saving a band without touching its rating keeps the pounds exactly.
  await press(page.getByRole("button", { name: "Edit Grey, medium" }), testInfo);
  await expect(page.getByLabel("From (kg)")).toHaveValue("14");
  await expect(page.getByLabel("To (kg)")).toHaveValue("21");
  await press(page.getByRole("button", { name: "Save changes" }), testInfo);
  expect((await storedJson(page, KEYS.kit)).data.bands[1].pounds).toEqual([30, 46]);

  await press(page.getByRole("button", { name: "Add a band" }), testInfo);
  await page.getByLabel("Colour name").fill("Blue");
  await page.getByLabel("Level name").fill("extra heavy");
  await page.getByLabel("From (kg)").fill("7");
  await page.getByLabel("To (kg)").fill("9");
  await press(page.getByRole("button", { name: "Add band" }), testInfo);
  await expect(bandRows(page).nth(3)).toContainText("Blue, extra heavy, 7-9 kg");
  expect((await storedJson(page, KEYS.kit)).data.bands[3].pounds).toEqual([15, 20]);
});

test("adding a band: errors are shown beside their fields and nothing is saved until it is right", async ({ page }, testInfo) => {
  await openWith(page, { [KEYS.kit]: FABRIC_KIT });
  await press(page.getByRole("button", { name: "Add a band" }), testInfo);
  const colourName = page.getByLabel("Colour name");
  await expect(colourName).toBeFocused();

  await press(page.getByRole("button", { name: "Add band" }), testInfo);
  const colourError = page.getByRole("alert").filter({ hasText: "Give the band a colour name" });
  await expect(colourError).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Give the band a level name" })).toBeVisible();
  await expect(colourName).toHaveAttribute("aria-invalid", "true");
  await expect(colourName).toHaveAttribute("aria-describedby", await colourError.getAttribute("id"));
  await expect(colourName).toBeFocused();
  await expect(bandRows(page)).toHaveCount(3);
  expect(await storedBandNames(page)).toEqual(["Green, light", "Grey, medium", "Black, heavy"]);

  // A reversed range and a half-filled range are refused, not clamped.
  await colourName.fill("Pink");
  await page.getByLabel("Level name").fill("extra heavy");
  await page.getByLabel("From (lb)").fill("70");
  await page.getByLabel("To (lb)").fill("50");
  await expect(page.getByRole("alert").filter({ hasText: "must not be above the higher one" })).toBeVisible();
  await expect(colourError).toHaveCount(0);
  await page.getByLabel("To (lb)").fill("");
  await expect(page.getByRole("alert").filter({ hasText: "Fill in both figures" })).toBeVisible();
  await press(page.getByRole("button", { name: "Add band" }), testInfo);
  await expect(page.getByLabel("To (lb)")).toBeFocused();
  expect((await storedJson(page, KEYS.kit)).data.bands).toHaveLength(3);

  await page.getByLabel("From (lb)").fill("50");
  await page.getByLabel("To (lb)").fill("70");
  await press(page.getByRole("button", { name: "Add band" }), testInfo);
  await expect(bandRows(page)).toHaveCount(4);
  await expect(bandRows(page).nth(3)).toContainText("Pink, extra heavy, 50-70 lb");
  await expect(bandRows(page).nth(3)).toContainText("Level 4 of 4");
  await expect(page.getByRole("status").filter({ hasText: "Added Pink, extra heavy as level 4 of 4" })).toBeVisible();
  const saved = (await storedJson(page, KEYS.kit)).data.bands[3];
  expect(saved).toMatchObject({ id: 4, colour: { name: "Pink" }, label: "extra heavy", pounds: [50, 70] });
});

test("moving a band changes its level and the stored order", async ({ page }, testInfo) => {
  await openWith(page, { [KEYS.kit]: FABRIC_KIT });
  await expect(page.getByRole("button", { name: "Move Green, light lighter" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move Black, heavy heavier" })).toBeDisabled();

  await press(page.getByRole("button", { name: "Move Black, heavy lighter" }), testInfo);
  await expect(bandRows(page).nth(1)).toContainText("Black, heavy");
  await expect(bandRows(page).nth(1)).toContainText("Level 2 of 3");
  await expect(bandRows(page).nth(2)).toContainText("Grey, medium");
  await expect(bandRows(page).nth(2)).toContainText("Level 3 of 3");
  await expect(page.getByRole("button", { name: "Move Black, heavy lighter" })).toBeFocused();
  expect(await storedBandNames(page)).toEqual(["Green, light", "Black, heavy", "Grey, medium"]);

  // At the light end, focus moves to the button that can still be used.
  await press(page.getByRole("button", { name: "Move Black, heavy lighter" }), testInfo);
  await expect(bandRows(page).nth(0)).toContainText("Level 1 of 3");
  await expect(page.getByRole("button", { name: "Move Black, heavy lighter" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move Black, heavy heavier" })).toBeFocused();
  expect(await storedBandNames(page)).toEqual(["Black, heavy", "Green, light", "Grey, medium"]);
});

test("editing a band changes it in place and keeps its id", async ({ page }, testInfo) => {
  await openWith(page, { [KEYS.kit]: FABRIC_KIT });
  await press(page.getByRole("button", { name: "Edit Grey, medium" }), testInfo);
  await expect(page.getByLabel("Colour name")).toHaveValue("Grey");
  await page.getByLabel("Colour name").fill("Silver");
  await page.getByLabel("Band type").selectOption("Flat band");
  await press(page.getByRole("button", { name: "Save changes" }), testInfo);

  await expect(bandRows(page).nth(1)).toContainText("Silver, medium, 30-46 lb");
  await expect(bandRows(page).nth(1)).toContainText("Flat band");
  await expect(page.getByRole("button", { name: "Edit Silver, medium" })).toBeFocused();
  const saved = (await storedJson(page, KEYS.kit)).data.bands[1];
  expect(saved).toMatchObject({ id: 2, colour: { name: "Silver" }, band_type: "flat", pounds: [30, 46] });

  // Cancel leaves the band as it was.
  await press(page.getByRole("button", { name: "Edit Silver, medium" }), testInfo);
  await page.getByLabel("Colour name").fill("");
  await press(page.getByRole("button", { name: "Cancel" }), testInfo);
  await expect(bandRows(page).nth(1)).toContainText("Silver, medium");
});

test("removing an unused band can be undone, back in its place", async ({ page }, testInfo) => {
  await openWith(page, { [KEYS.kit]: FABRIC_KIT });
  await press(page.getByRole("button", { name: "Remove Grey, medium" }), testInfo);
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(bandRows(page)).toHaveCount(2);
  await expect(bandRows(page).nth(1)).toContainText("Level 2 of 2");
  await expect(page.getByRole("status").filter({ hasText: "Removed Grey, medium" })).toBeVisible();
  expect(await storedBandNames(page)).toEqual(["Green, light", "Black, heavy"]);

  await press(page.getByRole("button", { name: "Undo" }), testInfo);
  await expect(bandRows(page)).toHaveCount(3);
  await expect(bandRows(page).nth(1)).toContainText("Grey, medium, 30-46 lb");
  await expect(bandRows(page).nth(1)).toContainText("Level 2 of 3");
  expect(await storedBandNames(page)).toEqual(["Green, light", "Grey, medium", "Black, heavy"]);
  expect((await storedJson(page, KEYS.kit)).data.bands[1].id).toBe(2);
});

test("removing a band a routine uses asks for a replacement and moves the routine to it", async ({ page }, testInfo) => {
  await openWith(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: hipsRoutine(2) });

  // Cancel first: nothing changes.
  await press(page.getByRole("button", { name: "Remove Grey, medium" }), testInfo);
  let dialog = page.getByRole("alertdialog", { name: "Remove Grey, medium?" });
  await expect(dialog).toContainText("1 routine uses it: Hips.");
  await press(dialog.getByRole("button", { name: "Cancel" }), testInfo);
  await expect(dialog).toHaveCount(0);
  await expect(bandRows(page)).toHaveCount(3);
  await expect(page.getByRole("button", { name: "Remove Grey, medium" })).toBeFocused();

  await press(page.getByRole("button", { name: "Remove Grey, medium" }), testInfo);
  dialog = page.getByRole("alertdialog", { name: "Remove Grey, medium?" });
  // The nearest heavier band is suggested; every other band and "No band" are offered.
  await expect(dialog.getByRole("radio", { name: "Black, heavy" })).toBeChecked();
  await expect(dialog.getByRole("radio")).toHaveCount(3);
  await expect(dialog.getByRole("radio", { name: "No band" })).not.toBeChecked();
  await press(dialog.getByRole("radio", { name: "Green, light" }), testInfo);
  await expect(dialog.getByRole("radio", { name: "Green, light" })).toBeChecked();
  await press(dialog.getByRole("button", { name: "Confirm" }), testInfo);

  await expect(dialog).toHaveCount(0);
  await expect(bandRows(page)).toHaveCount(2);
  await expect(page.getByRole("status").filter({ hasText: "1 routine now uses Green, light" })).toBeVisible();
  expect(await storedBandNames(page)).toEqual(["Green, light", "Black, heavy"]);
  const routines = await storedJson(page, KEYS.routines);
  expect(routines.data.routines[0].routine.entries[0].bands).toEqual({ main: 1, stacked: null });
});

test("removing a used band with No band leaves the routine without one", async ({ page }, testInfo) => {
  await openWith(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: hipsRoutine(3) });
  await press(page.getByRole("button", { name: "Remove Black, heavy" }), testInfo);
  const dialog = page.getByRole("alertdialog", { name: "Remove Black, heavy?" });
  // The heaviest band has no heavier neighbour: the next lighter is suggested.
  await expect(dialog.getByRole("radio", { name: "Grey, medium" })).toBeChecked();
  await press(dialog.getByRole("radio", { name: "No band" }), testInfo);
  await press(dialog.getByRole("button", { name: "Confirm" }), testInfo);
  await expect(bandRows(page)).toHaveCount(2);
  const routines = await storedJson(page, KEYS.routines);
  expect(routines.data.routines[0].routine.entries[0].bands).toEqual({ main: null, stacked: null });
});

test("the last band cannot be removed", async ({ page }, testInfo) => {
  const single = { version: 1, data: { bands: [band(5, "Red", "#c62828", "heavy", null)], next_id: 6 } };
  await openWith(page, { [KEYS.kit]: single });
  await expect(bandRows(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Move Red, heavy lighter" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Move Red, heavy heavier" })).toBeDisabled();

  await press(page.getByRole("button", { name: "Remove Red, heavy" }), testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "A kit needs at least one band" })).toBeVisible();
  await expect(bandRows(page)).toHaveCount(1);
  expect((await storedJson(page, KEYS.kit)).data, "the kit is as it was (read from schema 1, written back in 2)").toEqual(single.data);
});

test("building my own kit starts with a form, never with an empty kit", async ({ page }, testInfo) => {
  await openApp(page, "#/bands");
  await press(page.getByRole("button", { name: "Build my own" }), testInfo);
  await expect(page.getByRole("heading", { name: "Your lightest band" })).toBeVisible();
  await press(page.getByRole("button", { name: "Save band" }), testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "Give the band a colour name" })).toBeVisible();
  expect(await storedJson(page, KEYS.kit)).toBeNull();

  // Cancel goes back to the sets, still with no kit.
  await press(page.getByRole("button", { name: "Cancel" }), testInfo);
  await expect(page.getByRole("list", { name: "Ready-made band sets" })).toBeVisible();
  expect(await storedJson(page, KEYS.kit)).toBeNull();

  await press(page.getByRole("button", { name: "Build my own" }), testInfo);
  await page.getByLabel("Colour name").fill("Red");
  await page.getByLabel("Level name").fill("heavy");
  await press(page.getByRole("button", { name: "Save band" }), testInfo);
  await expect(bandRows(page)).toHaveCount(1);
  await expect(bandRows(page).nth(0)).toContainText("Red, heavy");
  await expect(bandRows(page).nth(0)).toContainText("Level 1 of 1");
  // The swatch followed the colour name.
  expect((await storedJson(page, KEYS.kit)).data.bands[0].colour).toEqual({ name: "Red", swatch: "#c62828" });
});

test("Settings links to the band kit", async ({ page }, testInfo) => {
  await openApp(page, "#/settings");
  await press(page.getByRole("link", { name: "Manage your bands" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Your bands" })).toBeVisible();
  await expect(page).toHaveURL(/#\/bands$/);
});
