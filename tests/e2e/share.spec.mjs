// Sharing a routine as a link: the Share panel, opening the link in a fresh
// browser (another person's phone), the preview, saving, and links that are
// garbled or hostile; and a recipient with no bands, who sees the sender's.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, seed, storedJson, storedRoutines, storedText, timed } from "./support/seed.mjs";

/** A routine with a circuit, a per-side move and a stacked band. */
function routines(name) {
  return {
    version: 1,
    data: {
      routines: [
        {
          id: 1,
          routine: {
            name,
            entries: [
              { id: 1, exercise: "monster-walk", dose: { sets: 3, shape: { steps_each_way: { steps: 10 } }, rest_s: 30, per_side: false }, bands: { main: 2, stacked: 1 }, circuit: null },
              { id: 2, exercise: "clamshell", dose: { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 20, per_side: true }, bands: { main: 3, stacked: null }, circuit: 1 },
              { id: 3, exercise: "dead-bug", dose: timed(1, 30, 0), bands: { main: null, stacked: null }, circuit: 1 },
            ],
            circuits: [{ id: 1, rounds: 3, transition_s: 10, round_rest_s: 60 }],
            next_id: 4,
          },
        },
      ],
      next_id: 2,
    },
  };
}

/** A five-band kit: the link's levels 1-3 land on its first three. */
const MINI_KIT = {
  version: 1,
  data: {
    bands: [
      { id: 11, colour: { name: "Yellow", swatch: "#f9a825" }, label: "extra light", band_type: "mini_loop", pounds: null },
      { id: 12, colour: { name: "Red", swatch: "#c62828" }, label: "light", band_type: "mini_loop", pounds: null },
      { id: 13, colour: { name: "Blue", swatch: "#1565c0" }, label: "medium", band_type: "mini_loop", pounds: null },
      { id: 14, colour: { name: "Black", swatch: "#212121" }, label: "heavy", band_type: "mini_loop", pounds: null },
    ],
    next_id: 15,
  },
};

async function shareLink(page, testInfo, name) {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines(name) }, "#/routine/1");
  await press(page.getByRole("button", { name: "Share routine" }), testInfo);
  const field = page.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(/#\/r\/[A-Za-z0-9_-]+$/);
  return field.inputValue();
}

test("a shared link opens the same routine on another phone, saved only on request", async ({ page, browser }, testInfo) => {
  const link = await shareLink(page, testInfo, "Club hips");
  expect(new URL(link).origin).toBe(new URL(process.env.BANDWORK_URL).origin);
  expect(link.length - new URL(link).origin.length).toBeLessThan(200);
  await expect(page.getByRole("img", { name: "QR code of the share link" })).toBeVisible();
  await press(page.getByRole("button", { name: "Copy link" }), testInfo);
  await expect(page.getByRole("status")).toHaveText(/Link copied\.|copy it from the field/);
  const sent = (await storedRoutines(page))[0].routine;

  // A friend's phone: another browser profile with a kit of its own.
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  await other.goto(process.env.BANDWORK_URL);
  await seed(other, { [KEYS.kit]: MINI_KIT });
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(other.getByText("Club hips", { exact: true })).toBeVisible();
  const items = other.getByRole("list", { name: "Exercises in the shared routine" }).getByRole("listitem");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText("Monster walk");
  await expect(items.nth(0)).toContainText("Red, light");
  await expect(items.nth(0)).toContainText("Yellow, extra light");
  await expect(items.nth(1)).toContainText("Blue, medium");
  await expect(items.nth(1)).toContainText("In a circuit of 3 rounds");
  await expect(items.nth(2)).toContainText("No band");
  expect(await storedText(other, KEYS.routines)).toBeNull();

  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue("Club hips");
  const saved = await storedRoutines(other);
  expect(saved).toHaveLength(1);
  const got = saved[0].routine;
  expect(got.entries.map((e) => [e.exercise, e.dose])).toEqual(sent.entries.map((e) => [e.exercise, e.dose]));
  // The same levels, in the friend's own kit.
  expect(got.entries.map((e) => [e.bands.main, e.bands.stacked])).toEqual([[12, 11], [13, null], [null, null]]);
  expect(got.circuits.map(({ rounds, transition_s, round_rest_s }) => [rounds, transition_s, round_rest_s])).toEqual([[3, 10, 60]]);
  await friend.close();
});

test("a garbled link explains itself and changes nothing", async ({ page }) => {
  await openApp(page);
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines("Mine") });
  // The routines as data: opening a screen that reads them may store them
  // again in this version's form (a migration), which changes no routine.
  const routinesData = async () => JSON.parse(await storedText(page, KEYS.routines)).data;
  const before = await routinesData();
  for (const payload of ["AQxSdW5uZXI", "!!!not-a-link", "", "A".repeat(5000)]) {
    await page.goto(`${process.env.BANDWORK_URL}#/r/${payload}`);
    await expect(page.getByRole("heading", { level: 1, name: "This link can't be opened" })).toBeVisible();
    await expect(page.getByRole("alert")).not.toBeEmpty();
    await expect(page.getByRole("button", { name: "Save to my routines" })).toHaveCount(0);
  }
  expect(await routinesData()).toEqual(before);
});

test("a hostile name in a link is shown as plain text", async ({ page, browser }, testInfo) => {
  const hostile = "<img src=x onerror=alert(1)>";
  const link = await shareLink(page, testInfo, hostile);
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  let dialogs = 0;
  other.on("dialog", (dialog) => {
    dialogs += 1;
    dialog.dismiss();
  });
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(other.getByText(hostile, { exact: true })).toBeVisible();
  await expect(other.locator("main img")).toHaveCount(0);
  expect(dialogs).toBe(0);
  await friend.close();
});

test("someone with no bands sees the sender's colours, and can take them as a kit named as a kit names bands", async ({ page, browser }, testInfo) => {
  const link = await shareLink(page, testInfo, "Club hips");
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  const bands = other.getByRole("list", { name: "The sender's bands" }).getByRole("listitem");
  // Named as they will be in the kit: colour and strength.
  await expect(bands).toHaveText(["Green, light", "Grey, medium", "Black, heavy"]);
  const items = other.getByRole("list", { name: "Exercises in the shared routine" }).getByRole("listitem");
  await expect(items.nth(0)).toContainText("Grey, medium");
  await expect(items.nth(0)).toContainText("Green, light");
  await expect(items.nth(1)).toContainText("Black, heavy");
  await expect(items.nth(2)).toContainText("No band");
  const take = other.getByRole("checkbox", { name: "Add these 3 bands to my kit when I save" });
  await expect(take).toBeChecked();
  await expect(other.getByRole("link", { name: "Set up my own bands first" })).toHaveAttribute("href", "#/bands");
  // Nothing is saved before Save to my routines.
  expect(await storedText(other, KEYS.kit)).toBeNull();
  expect(await storedText(other, KEYS.routines)).toBeNull();

  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue("Club hips");
  const kit = (await storedJson(other, KEYS.kit)).data.bands;
  expect(kit.map((b) => [b.id, b.colour.name, b.colour.swatch, b.label])).toEqual([
    [1, "Green", "#2e7d32", "light"],
    [2, "Grey", "#757575", "medium"],
    [3, "Black", "#212121", "heavy"],
  ]);
  // Named as the kit names bands (colour and strength), not "Grey, level 2".
  await openApp(other, "#/bands");
  await expect(other.getByRole("list", { name: "Band kit" }).getByRole("listitem").first()).toContainText("Green, light");
  const got = (await storedRoutines(other))[0].routine;
  expect(got.entries.map((e) => [e.bands.main, e.bands.stacked])).toEqual([[2, 1], [3, null], [null, null]]);
  await friend.close();
});

test("declining the sender's bands saves the routine without bands and says so; an earlier link still opens", async ({ page, browser }, testInfo) => {
  const link = await shareLink(page, testInfo, "Club hips");
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  await other.goto(link);
  const take = other.getByRole("checkbox", { name: "Add these 3 bands to my kit when I save" });
  await take.uncheck();
  await expect(other.getByText("Without bands, each exercise will show “No band”.")).toBeVisible();
  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(other.getByRole("status")).toHaveText("Saved Club hips to your routines. It shows no band until you set up your bands.");
  expect(await storedText(other, KEYS.kit)).toBeNull();
  const got = (await storedRoutines(other))[0].routine;
  expect(got.entries.every((e) => e.bands.main === null && e.bands.stacked === null)).toBe(true);

  // A link written by an earlier release (format 1, "Hips and feet" on
  // mini loops; also pinned in src/model/share/senders_kit.rs) opens with
  // its colours, even for someone who has no bands yet.
  const before = await browser.newContext(testInfo.project.use);
  const third = await before.newPage();
  await third.goto(`${process.env.BANDWORK_URL}#/r/AQ1IaXBzIGFuZCBmZWV0AgIEQmx1ZRVlwAEFR3JlZW4ufTIEDRADDB4ABxgDCh4ABDMDCh4AAQoYAgoeAAA`);
  await expect(third.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(third.getByRole("list", { name: "The sender's bands" }).getByRole("listitem")).toHaveText(["Green, light", "Blue, heavy"]);
  await before.close();
  await friend.close();
});

test("saving a link whose routine is already saved says so, and only Save a copy makes a second", async ({ page, browser }, testInfo) => {
  const link = await shareLink(page, testInfo, "Pre-run hips");
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  await other.goto(process.env.BANDWORK_URL);
  await seed(other, { [KEYS.kit]: MINI_KIT });
  await other.goto(link);
  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue("Pre-run hips");
  const names = async () => (await storedRoutines(other)).map((r) => r.routine.name);
  expect(await names()).toEqual(["Pre-run hips"]);

  // The same link again: it says so, and saves nothing by itself.
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(other.getByText("You already have “Pre-run hips”.")).toBeVisible();
  expect(await names()).toEqual(["Pre-run hips"]);
  await press(other.getByRole("button", { name: "Open it" }), testInfo);
  await expect(other).toHaveURL(/#\/routine\/1$/);
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue("Pre-run hips");
  expect(await names()).toEqual(["Pre-run hips"]);

  // A copy only when asked for.
  await other.goto(link);
  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await press(other.getByRole("button", { name: "Save a copy" }), testInfo);
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue("Pre-run hips 2");
  expect(await names()).toEqual(["Pre-run hips", "Pre-run hips 2"]);
  await friend.close();
});
