// Workouts finished in the player on three (fake) days of one week, then
// seen in History: the week against the goal, and the exercise's progress
// as a chart, in words and as a table.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, seed } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";

// Dates are written in the browser's language: British English here.
test.use({ locale: "en-GB" });

/** One clamshell set of `reps` with band `main` (1 green, 2 grey). */
function routines(reps, main) {
  const dose = { sets: 1, shape: { reps: { reps } }, rest_s: 0, per_side: false };
  return oneRoutine("Clam check", [entry(1, "clamshell", dose, main)]);
}

/**
 * Plays the routine through at `iso` on the page's fake clock: the get
 * ready, then Done on the one set. `actual` is typed in the summary as the
 * reps really done.
 */
async function workoutOn(page, testInfo, iso, actual) {
  await page.clock.setSystemTime(new Date(iso));
  await openApp(page, "#/routine/1");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(10_050);
  await expect(player(page).getByRole("button", { name: "Done" })).toBeVisible();
  await page.clock.runFor(40_000);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout complete" })).toBeVisible();
  if (actual !== undefined) {
    const done = page.getByRole("list", { name: "Exercises done" });
    await press(done.getByText(/^Not \d+ reps per set\?$/), testInfo);
    const reps = done.getByRole("spinbutton");
    await reps.fill(String(actual));
    await reps.press("Tab");
  }
}

test("three workouts in a week: the goal is met and the clamshell's progress shows as a chart and a table", async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date("2026-11-16T07:00:00") });
  await page.clock.pauseAt(new Date("2026-11-16T07:00:01"));
  await openApp(page);
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines(10, 1) });

  await workoutOn(page, testInfo, "2026-11-16T07:00:00");
  await workoutOn(page, testInfo, "2026-11-18T07:00:00", 12);
  // Moved up a band (and to 8 reps) for the third.
  await seed(page, { [KEYS.routines]: routines(8, 2) });
  await workoutOn(page, testInfo, "2026-11-20T18:30:00");

  await press(page.getByRole("link", { name: "See history" }), testInfo);
  await expect(page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") })).toHaveCount(3);
  await expect(page.locator(".week-count")).toHaveText("3 of 2 workouts · goal reached");

  const card = page.locator(".progress-card");
  await expect(card.getByRole("heading", { level: 2, name: "Progress by exercise" })).toBeVisible();
  await expect(card.getByRole("combobox", { name: "Exercise" })).toHaveValue("clamshell");
  const chart = card.getByRole("img", { name: /^Clamshell, 3 sessions from / });
  await expect(chart).toBeVisible();
  const words = await chart.getAttribute("aria-label");
  expect(words).toMatch(/^Clamshell, 3 sessions from 16 Nov 2026 to 20 Nov 2026: /);
  expect(words).toContain("reps per set from 10 to 8, best 12 reps; sets 1 throughout; band from Green, light to Grey, medium.");
  // The lanes, each with its highest and lowest value.
  await expect(card.locator(".lane-title")).toHaveText(["Reps per set", "Sets", "Band"]);
  const axis = (n) => card.locator(".chart-lane").nth(n).locator(".lane-axis span");
  await expect(axis(0)).toHaveText(["12", "8"]);
  // The same sets every time: one label, not the same one twice.
  await expect(axis(1)).toHaveText(["1"]);
  await expect(axis(2)).toHaveText(["Grey, medium", "Green, light"]);
  // One dot per session in each lane.
  for (let n = 0; n < 3; n += 1) {
    expect((await card.locator(".lane-dots").nth(n).getAttribute("d")).match(/h0/g)).toHaveLength(3);
  }

  // The same figures as a table, newest first.
  await press(card.getByText("Show as a table"), testInfo);
  const rows = card.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toHaveText(["Date", "Sets", "Reps per set", "Band"].join(""));
  await expect(rows.nth(1).getByRole("cell")).toHaveText(["1", "8 reps", "Grey, medium"]);
  await expect(rows.nth(1).getByRole("rowheader")).toHaveText("20 Nov 2026");
  await expect(rows.nth(2).getByRole("cell")).toHaveText(["1", "12 reps", "Green, light"]);
  await expect(rows.nth(3).getByRole("cell")).toHaveText(["1", "10 reps", "Green, light"]);
});

test("the chart follows the exercise picked, and shows one session as one dot", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  const at = Date.parse("2026-11-17T07:00:00Z");
  const held = { exercise: "banded-plank", dose: { sets: 2, shape: { hold: { hold_s: 30 } }, rest_s: 30, per_side: false }, bands: [], sets_done: 2, actual: 40, rating: null };
  const clam = { exercise: "clamshell", dose: { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: true }, bands: [{ id: 2, name: "Grey, medium", swatch: "#757575" }], sets_done: 3, actual: null, rating: null };
  const session = { id: at, routine: "Core", started_at: at, ended_at: at + 600_000, active_s: 600, finished: true, exercises: [clam, held] };
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: { version: 1, data: { sessions: [session] } } }, "#/history");
  const card = page.locator(".progress-card");
  const pick = card.getByRole("combobox", { name: "Exercise" });
  await expect(pick.getByRole("option")).toHaveText(["Clamshell", "Banded plank with leg lift"]);
  await pick.selectOption({ label: "Banded plank with leg lift" });
  const chart = card.getByRole("img", { name: /^Banded plank with leg lift, 1 session on 17 Nov 2026: / });
  await expect(chart).toHaveAttribute("aria-label", /seconds per hold 40 throughout, best 40 s; sets 2 throughout; band No band throughout\.$/);
  await expect(card.locator(".lane-dots").first()).toHaveAttribute("d", "M50.0 20.0h0");
  await expect(card.getByText("Banded plank with leg lift: your one session so far.")).toBeVisible();
  // One value per lane and one date: each labelled once.
  const axis = (n) => card.locator(".chart-lane").nth(n).locator(".lane-axis span");
  await expect(axis(0)).toHaveText(["40"]);
  await expect(axis(1)).toHaveText(["2"]);
  await expect(axis(2)).toHaveText(["No band"]);
  await expect(card.locator(".chart-dates span")).toHaveText(["17 Nov 2026"]);
});

test("two sessions on one day: one date under the chart, and the words say so", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  const clam = (reps) => ({ exercise: "clamshell", dose: { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: true }, bands: [{ id: 2, name: "Grey, medium", swatch: "#757575" }], sets_done: 3, actual: reps, rating: null });
  const session = (iso, reps) => {
    const at = Date.parse(iso);
    return { id: at, routine: "Hips", started_at: at, ended_at: at + 600_000, active_s: 600, finished: true, exercises: [clam(reps)] };
  };
  const sessions = [session("2026-11-17T07:00:00Z", 10), session("2026-11-17T18:00:00Z", 12)];
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: { version: 1, data: { sessions } } }, "#/history");
  const card = page.locator(".progress-card");
  await expect(card.getByRole("img", { name: /^Clamshell, 2 sessions on 17 Nov 2026: reps per set from 10 to 12/ })).toBeVisible();
  await expect(card.locator(".chart-dates span")).toHaveText(["17 Nov 2026"]);
  const axis = (n) => card.locator(".chart-lane").nth(n).locator(".lane-axis span");
  await expect(axis(0)).toHaveText(["12", "10"]);
  await expect(axis(1)).toHaveText(["3"]);
  await expect(axis(2)).toHaveText(["Grey, medium"]);
});
