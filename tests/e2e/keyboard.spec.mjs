// Keyboard only: build a routine, play it through (pausing once), and share
// it, with nothing but Tab, Shift+Tab, Enter, Space, the arrows and typed
// text. No clicks, taps or filled fields: the tests only look at the page
// and move the fake clock. At several steps the focused control must show
// a visible focus ring.
import { test, expect, openSeeded } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { expectOrder } from "./support/routines.mjs";
import { FABRIC_KIT, storedRoutines, storedSessions } from "./support/seed.mjs";
import { player, routineList } from "./support/ui.mjs";

// Each journey is a whole task by keys alone, hundreds of presses: about
// 26 s with two workers on two cores, too near the default 30 s.
test.describe.configure({ timeout: 60_000 });

const START = new Date("2026-11-19T07:30:00");

/** Whether `locator` is the focused element (false while it is missing). */
async function isFocused(locator) {
  if ((await locator.count()) !== 1) return false;
  return locator.evaluate((element) => element === document.activeElement, null, { timeout: 1000 }).catch(() => false);
}

/** Presses Tab (or Shift+Tab) until `locator` has the focus. */
async function tabTo(page, locator, { back = false, max = 80 } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${max} presses of ${back ? "Shift+Tab" : "Tab"} did not reach ${locator}`);
}

/**
 * Expects the focused element to show a ring: it matches :focus-visible and
 * it (or, for a radio or checkbox, its label) has an outline or a shadow.
 */
async function expectVisibleFocus(page, what) {
  const seen = await page.evaluate(() => {
    const element = document.activeElement;
    const ring = (e) => {
      const style = getComputedStyle(e);
      const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
      return outline || style.boxShadow !== "none";
    };
    const label = element.closest("label");
    return {
      tag: element.tagName,
      focusVisible: element.matches(":focus-visible"),
      ring: ring(element) || (label !== null && ring(label)),
    };
  });
  expect(seen, `a visible focus ring on ${what}`).toMatchObject({ focusVisible: true, ring: true });
}

/** Selects a text field's content and types `text` over it. */
async function typeOver(page, text) {
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}

function entry(page, name) {
  return routineList(page).locator(":scope > li").filter({ has: page.locator(".entry-name", { hasText: name }) });
}

test("build a routine, play it with a pause, and share it, by keyboard alone", { tag: "@desktop" }, async ({ page, browser }, testInfo) => {
  await page.clock.install({ time: START });
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT }, "#/routines");

  // Build: a new routine, named, with two exercises from the add panel.
  const create = page.getByRole("button", { name: "New routine" });
  await tabTo(page, create);
  await expectVisibleFocus(page, "New routine");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "My routine" })).toBeFocused();

  const name = page.getByRole("textbox", { name: "Routine name" });
  await tabTo(page, name);
  await expectVisibleFocus(page, "the Routine name field");
  await typeOver(page, "Keyboard hips");
  await expect(name).toHaveValue("Keyboard hips");
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard hips" })).toBeVisible();

  const search = page.getByRole("searchbox", { name: "Search exercises" });
  for (const [typed, exercise] of [["clam", "Clamshell"], ["dead", "Dead bug with band"]]) {
    await tabTo(page, search);
    await typeOver(page, typed);
    const add = page.getByRole("button", { name: `Add ${exercise} to routine` });
    await tabTo(page, add);
    await expectVisibleFocus(page, `Add ${exercise}`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText(`Added ${exercise}`);
  }
  await expectOrder(page, ["Clamshell", "Dead bug with band"]);

  // One set of each, through each entry's editor.
  for (const exercise of ["Clamshell", "Dead bug with band"]) {
    const edit = page.getByRole("button", { name: `Edit ${exercise}` });
    await tabTo(page, edit, { back: true });
    await page.keyboard.press("Enter");
    await expect(edit).toHaveAttribute("aria-expanded", "true");
    const sets = entry(page, exercise).getByLabel("Sets", { exact: true });
    await tabTo(page, sets);
    await expectVisibleFocus(page, `${exercise}'s Sets`);
    await typeOver(page, "1");
    await expect(entry(page, exercise)).toContainText("1 x ");
    await tabTo(page, edit, { back: true });
    await page.keyboard.press("Enter");
    await expect(edit).toHaveAttribute("aria-expanded", "false");
  }

  // Dead bug first: picked up with Space, moved with an arrow, dropped.
  const handle = page.getByRole("button", { name: "Drag Dead bug with band", exact: true });
  await tabTo(page, handle, { back: true });
  await expectVisibleFocus(page, "the drag handle");
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Space");
  await expect(page.getByRole("status")).toHaveText("Dropped Dead bug with band at position 1 of 2.");
  await expectOrder(page, ["Dead bug with band", "Clamshell"]);
  const stored = (await storedRoutines(page))[0].routine;
  expect(stored.name).toBe("Keyboard hips");
  expect(stored.entries.map((e) => [e.exercise, e.dose.sets])).toEqual([["dead-bug", 1], ["clamshell", 1]]);

  // Start, with time held still so that only the test moves it.
  const start = page.getByRole("button", { name: "Start workout" });
  await tabTo(page, start, { back: true });
  await expectVisibleFocus(page, "Start workout");
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.keyboard.press("Enter");
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(100);
  await expect(player(page).getByRole("heading", { level: 1, name: "Dead bug with band" })).toBeFocused();

  // Pause and resume from the focused button.
  await page.clock.runFor(12_000);
  await expect(player(page).locator(".player-phase")).toHaveText("Work");
  const pause = player(page).getByRole("button", { name: "Pause" });
  await tabTo(page, pause);
  await expectVisibleFocus(page, "Pause");
  await page.keyboard.press("Enter");
  await expect(player(page).locator(".player-phase")).toHaveText("Paused");
  const timer = await player(page).getByRole("timer").textContent();
  await page.clock.runFor(20_000);
  await expect(player(page).getByRole("timer")).toHaveText(timer);
  await expect(player(page).getByRole("button", { name: "Resume" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(player(page).locator(".player-phase")).toHaveText("Work");

  // Finish: the dead bug's time runs out, then Done ends each clamshell side.
  const done = player(page).getByRole("button", { name: "Done" });
  for (const side of ["left side", "right side"]) {
    for (let i = 0; i < 60 && !(await done.isVisible()); i += 1) await page.clock.runFor(1_000);
    await expect(player(page).locator(".player-target")).toContainText(side);
    await tabTo(page, done, { back: true });
    await expectVisibleFocus(page, `Done (${side})`);
    await page.keyboard.press("Enter");
    await page.clock.runFor(100);
  }
  const complete = page.getByRole("heading", { level: 1, name: "Workout complete" });
  await expect(complete).toBeVisible();
  await page.clock.runFor(100);
  await expect(complete).toBeFocused();
  const history = await storedSessions(page);
  expect(history).toHaveLength(1);
  expect(history[0]).toMatchObject({ routine: "Keyboard hips", finished: true });
  expect(history[0].exercises.map((e) => e.sets_done)).toEqual([1, 1]);

  // A rating, with the arrows inside the radio group.
  const rating = page.getByRole("group", { name: "How did Dead bug with band feel?" });
  await tabTo(page, rating.getByRole("radio").first());
  await expectVisibleFocus(page, "a rating radio");
  await page.keyboard.press("ArrowRight");
  await expect(rating.getByRole("radio").nth(1)).toBeChecked();

  // Share: back to the routine through the navigation.
  const routines = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Routines" });
  await tabTo(page, routines, { back: true });
  await expectVisibleFocus(page, "the Routines link");
  await page.keyboard.press("Enter");
  const link = page.getByRole("list", { name: "Your routines" }).getByRole("link", { name: "Keyboard hips", exact: true });
  await tabTo(page, link);
  await page.keyboard.press("Enter");
  // The clock is still paused from the workout: let the frame that moves
  // the focus to the new screen's heading run.
  await page.clock.runFor(100);
  await expect(page.getByRole("heading", { level: 1, name: "Keyboard hips" })).toBeFocused();
  const share = page.getByRole("button", { name: "Share routine" });
  await tabTo(page, share);
  await expectVisibleFocus(page, "Share routine");
  await page.keyboard.press("Enter");
  await expect(share).toHaveAttribute("aria-expanded", "true");
  const field = page.getByRole("textbox", { name: "Share link" });
  await tabTo(page, field);
  await expectVisibleFocus(page, "the Share link field");
  const url = await field.inputValue();
  expect(url).toMatch(/#\/r\/[A-Za-z0-9_-]+$/);
  await tabTo(page, page.getByRole("button", { name: "Copy link" }));
  await expectVisibleFocus(page, "Copy link");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/Link copied\.|copy it from the field/);

  // The link opens on another device, where it is saved by keyboard too.
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  await other.goto(url);
  await expect(other.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(other.getByRole("list", { name: "Exercises in the shared routine" }).getByRole("listitem")).toHaveCount(2);
  await tabTo(other, other.getByRole("button", { name: "Save to my routines" }));
  await expectVisibleFocus(other, "Save to my routines");
  await other.keyboard.press("Enter");
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue("Keyboard hips");
  await friend.close();
});
