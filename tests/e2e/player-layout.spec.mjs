// The player as a runner sees it from two metres: the whole screen in the
// phase's colour with the phase in words, a big 3-2-1 before work, a rep
// set's target as the headline, the band as a big block, and the timer
// and every control on screen together at phone and laptop sizes. Also
// Skip while paused, the end dialog (which pauses, and can discard), and a
// hold cut short logged as the seconds it got.
import { test, expect, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedSessions, storedText } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { PLAYER_SIZES, expectInViewport, startOnFakeClock } from "./support/workout.mjs";
import { smallestText } from "./support/overflow.mjs";

const reps = (sets, count, rest_s, per_side) => ({ sets, shape: { reps: { reps: count } }, rest_s, per_side });
const hold = (hold_s) => ({ sets: 1, shape: { hold: { hold_s } }, rest_s: 0, per_side: false });

/** Clamshells 2 x 12 a side (20 s rest), then one 30 s glute bridge hold. */
const HIPS = oneRoutine("Hips", [entry(1, "clamshell", reps(2, 12, 20, true), 2), entry(2, "glute-bridge-hold", hold(30), 3)]);

function startHips(page, testInfo) {
  return startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: HIPS });
}

const phaseOf = (page) => player(page).locator(".player-phase");
const background = (page) => player(page).evaluate((el) => getComputedStyle(el).backgroundColor);

test("each phase colours the whole screen and says its name; 3-2-1 counts in to work", { tag: "@both" }, async ({ page }, testInfo) => {
  await startHips(page, testInfo);
  await expect(phaseOf(page)).toHaveText("Get ready");
  const ready = await background(page);
  await expect(player(page).getByRole("timer")).toHaveText("0:10");
  // The last three seconds of get ready: one big digit each.
  await page.clock.runFor(7_000);
  await expect(player(page).getByRole("timer", { name: "Work starts in" })).toHaveText("3");
  await page.clock.runFor(1_000);
  await expect(player(page).getByRole("timer")).toHaveText("2");
  await page.clock.runFor(1_000);
  await expect(player(page).getByRole("timer")).toHaveText("1");
  await page.clock.runFor(1_000);
  await expect(phaseOf(page)).toHaveText("Work");
  const work = await background(page);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await expect(phaseOf(page)).toHaveText("Switch sides");
  const switching = await background(page);
  await page.clock.runFor(5_010);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await expect(phaseOf(page)).toHaveText("Rest");
  const rest = await background(page);
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await expect(phaseOf(page)).toHaveText("Paused");
  await expect(player(page).locator(".player-paused-phase")).toHaveText("Rest");
  const paused = await background(page);
  expect(new Set([ready, work, switching, rest, paused]).size, [ready, work, switching, rest, paused].join(" / ")).toBe(5);
});

/** The relative luminance (WCAG) of a CSS rgb() colour: 0 black, 1 white. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test("in the dark palette every phase's screen stays dark, each its own colour and its own word", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await startHips(page, testInfo);
  const seen = [];
  const look = async (word) => {
    await expect(phaseOf(page)).toHaveText(word);
    seen.push({ word, background: await background(page) });
  };
  await look("Get ready");
  await page.clock.runFor(10_000);
  await look("Work");
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await look("Switch sides");
  await page.clock.runFor(5_010);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await look("Rest");
  // A dark screen: no brighter than a deep colour (white text on it is
  // at least 10:1), so a dark room stays dark.
  const bright = seen.filter((s) => luminance(s.background) > 0.05);
  expect(bright, JSON.stringify(bright)).toEqual([]);
  expect(new Set(seen.map((s) => s.background)).size, JSON.stringify(seen)).toBe(seen.length);
});

test("the 3-2-1 still counts with reduced motion, without moving", async ({ page }, testInfo) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await startHips(page, testInfo);
  await page.clock.runFor(8_000);
  const digit = player(page).locator(".player-count-in");
  await expect(digit).toHaveText("2");
  expect(await digit.evaluate((el) => getComputedStyle(el).animationName)).toBe("none");
});

test("a rep set leads with its target; a hold with its countdown, saying hold once", async ({ page }, testInfo) => {
  await startHips(page, testInfo);
  await page.clock.runFor(10_000);
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, left side");
  const target = await player(page).locator(".player-target").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const timer = player(page).getByRole("timer", { name: "Time in this set" });
  await expect(timer).toHaveText("0:00");
  const timerSize = await timer.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(target).toBeGreaterThan(timerSize * 1.5);
  // The band: a block of its colour, its name and level, and where it goes.
  const band = player(page).locator(".player-band");
  await expect(band).toContainText("Grey, medium");
  await expect(band).toContainText("Just above the knees");
  expect(await band.locator(".player-band-block").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(117, 117, 117)");

  // On to the hold: its words say "hold" once, and its countdown leads.
  // Left, switch, right, rest, left, switch, right, get ready: the hold.
  for (let i = 0; i < 8; i += 1) await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expect(player(page).getByRole("heading", { level: 1 })).toHaveText("Glute bridge hold");
  await expect(phaseOf(page)).toHaveText("Work");
  await expect(player(page).getByRole("timer", { name: "Time left" })).toHaveText("0:30");
  const words = await player(page).locator(".player-head, .player-info").allInnerTexts();
  expect(words.join(" ").match(/hold/gi), words.join(" / ")).toHaveLength(1);
});

for (const [size, viewport] of Object.entries(PLAYER_SIZES)) {
  test(`timer and controls are on screen together without scrolling: ${size}`, { tag: viewport.width >= 1280 ? "@desktop" : [] }, async ({ page }, testInfo) => {
    await page.setViewportSize(viewport);
    await startHips(page, testInfo);
    const region = player(page);
    const check = async (state, names) => {
      await expectInViewport(page, region.getByRole("timer"), `${state}: the timer`);
      for (const name of names) {
        await expectInViewport(page, region.getByRole("button", { name, exact: true }), `${state}: ${name}`);
      }
      const scrolls = await page.evaluate(() => document.scrollingElement.scrollHeight > innerHeight);
      expect(scrolls, `${state}: the page scrolls`).toBe(false);
    };
    await check("get ready", ["Pause", "Skip", "Previous", "End workout"]);
    await page.clock.runFor(10_000);
    await check("rep set", ["Done", "Pause", "Skip", "Previous", "End workout"]);
    await press(region.getByRole("button", { name: "Pause" }), testInfo);
    await check("paused", ["Resume", "Skip", "Previous", "End workout"]);
  });
}

test("on a 390x844 phone every word but the buttons' is at least 24 px, and Done has its room", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // Clamshells with a second band stacked on the first, then the hold.
  const stacked = oneRoutine("Hips", [
    { ...entry(1, "clamshell", reps(2, 12, 20, true), 2), bands: { main: 2, stacked: 1 } },
    entry(2, "glute-bridge-hold", hold(30), 3),
  ]);
  await startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: stacked });
  const region = player(page);
  const sizes = [];
  const look = async (state) => sizes.push({ state, ...(await smallestText(region)) });
  await look("get ready");
  await page.clock.runFor(10_000);
  await look("rep set");
  // Done: as big as before, in the screen, and clear of the band card above it.
  const done = await region.getByRole("button", { name: "Done" }).boundingBox();
  const band = await region.locator(".player-band").boundingBox();
  expect(done.height, "Done's height").toBeGreaterThanOrEqual(64);
  expect(done.y - (band.y + band.height), "the gap above Done").toBeGreaterThanOrEqual(8);
  await expectInViewport(page, region.getByRole("button", { name: "Done" }), "Done");
  await press(region.getByRole("button", { name: "Done" }), testInfo);
  await look("switch sides");
  await page.clock.runFor(5_010);
  await press(region.getByRole("button", { name: "Done" }), testInfo);
  await look("rest");
  await press(region.getByRole("button", { name: "Pause" }), testInfo);
  await look("paused");
  const small = sizes.filter((s) => s.px < 24);
  expect(small, JSON.stringify(small)).toEqual([]);
});

test("Skip works while paused: it moves on and stays paused", async ({ page }, testInfo) => {
  await startHips(page, testInfo);
  await page.clock.runFor(6_000);
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await expect(player(page).getByRole("timer")).toHaveText("0:04");
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, left side");
  await expect(phaseOf(page)).toHaveText("Paused");
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expect(player(page).locator(".player-paused-phase")).toHaveText("Switch sides");
  await page.clock.runFor(30_000);
  await expect(player(page).getByRole("timer")).toHaveText("0:05");
  await press(player(page).getByRole("button", { name: "Resume" }), testInfo);
  // The screen looks at the clock a moment after each second.
  await page.clock.runFor(1_050);
  await expect(player(page).getByRole("timer", { name: "Time left" })).toHaveText("0:04");
  // The switch leads into work, so it ends with the 3-2-1 too.
  await page.clock.runFor(1_000);
  await expect(player(page).getByRole("timer", { name: "Work starts in" })).toHaveText("3");
});

test("the end dialog pauses the workout; Keep going resumes it only if it was running", async ({ page }, testInfo) => {
  await startHips(page, testInfo);
  await page.clock.runFor(2_000);
  await press(player(page).getByRole("button", { name: "End workout" }), testInfo);
  const dialog = page.getByRole("dialog", { name: "End this workout?" });
  await expect(dialog).toBeVisible();
  await expect(phaseOf(page)).toHaveText("Paused");
  await page.clock.runFor(20_000);
  await expect(player(page).getByRole("timer")).toHaveText("0:08");
  await press(dialog.getByRole("button", { name: "Keep going" }), testInfo);
  await expect(phaseOf(page)).toHaveText("Get ready");
  await page.clock.runFor(1_050);
  await expect(player(page).getByRole("timer")).toHaveText("0:07");

  // Paused first: closing the dialog leaves it paused.
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await press(player(page).getByRole("button", { name: "End workout" }), testInfo);
  await press(dialog.getByRole("button", { name: "Keep going" }), testInfo);
  await expect(dialog).toHaveCount(0);
  await expect(phaseOf(page)).toHaveText("Paused");
  await expect(player(page).getByRole("button", { name: "Resume" })).toBeVisible();
});

test("Discard ends the workout and keeps nothing, and says so", async ({ page }, testInfo) => {
  await startHips(page, testInfo);
  await page.clock.runFor(15_000);
  await press(player(page).getByRole("button", { name: "End workout" }), testInfo);
  await press(page.getByRole("dialog").getByRole("button", { name: "Discard" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout discarded" })).toBeVisible();
  await expect(page.getByText("Nothing from it was added to your history.")).toBeVisible();
  expect(await storedSessions(page)).toHaveLength(0);
  expect(await storedText(page, KEYS.workout)).toBeNull();
  await press(page.getByRole("link", { name: "History" }).last(), testInfo);
  await expect(page.getByRole("list", { name: "Workout history" })).toHaveCount(0);
});

test("Escape is Keep going, the focus stays in the dialog and comes back", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await startHips(page, testInfo);
  await page.clock.runFor(12_000);
  await page.getByRole("button", { name: "End workout" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "End this workout?" });
  await expect(dialog.getByRole("button", { name: "Keep going" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Discard" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("button", { name: "End workout" })).toBeFocused();
  await expect(phaseOf(page)).toHaveText("Work");
});

test("a 30 s hold skipped after a second is logged as 1 s of 30 s, not a set", async ({ page }, testInfo) => {
  await startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: oneRoutine("Bridge", [entry(1, "glute-bridge-hold", hold(30), 3)]) });
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expect(player(page).getByRole("timer")).toHaveText("0:30");
  await page.clock.runFor(1_000);
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout complete" })).toBeVisible();
  const row = page.getByRole("list", { name: "Exercises done" }).getByRole("listitem");
  await expect(row).toContainText("0 of 1 set");
  await expect(row).toContainText("1 set cut short: 1 s of 30 s");
  const figures = page.locator(".summary-stats");
  await expect(figures).toContainText("Sets0");
  const [session] = await storedSessions(page);
  expect(session.exercises[0]).toMatchObject({ sets_done: 0, cut_short_s: [1] });
  await press(page.getByRole("link", { name: "See history" }), testInfo);
  await expect(page.getByRole("list", { name: "Workout history" })).toContainText("1 set cut short: 1 s of 30 s");
});
