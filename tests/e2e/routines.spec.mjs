// Building routines: adding exercises (button, mouse drag, finger drag),
// reordering (buttons, drag, keyboard), bands, doses, circuits, starters,
// undo, and everything surviving a reload.
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { addStarter, expectOrder, openStarter } from "./support/routines.mjs";
import { FABRIC_KIT, seed, storedRoutines } from "./support/seed.mjs";
import { routineEntryNames, routineList } from "./support/ui.mjs";

async function startWithKit(page) {
  await openApp(page, "#/routines");
  await seed(page, { [KEYS.kit]: FABRIC_KIT });
}

/** Drags from one point to another with a mouse, or a finger on a phone. */
async function dragTo(page, testInfo, from, to) {
  if (testInfo.project.use.hasTouch) {
    const cdp = await page.context().newCDPSession(page);
    const point = (x, y) => [{ x: Math.round(x), y: Math.round(y), id: 1 }];
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(from.x, from.y) });
    for (let i = 1; i <= 12; i++) {
      const x = from.x + ((to.x - from.x) * i) / 12;
      const y = from.y + ((to.y - from.y) * i) / 12;
      await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(x, y) });
    }
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await cdp.detach();
  } else {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
  }
}

async function centre(locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test("a routine card's Start plays that routine", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openApp(page, "#/routines");
  await addStarter(page, testInfo, "Hips and feet");
  await addStarter(page, testInfo, "Desk and travel");
  await press(page.getByRole("button", { name: "Start Desk and travel" }), testInfo);
  await expect(page.getByRole("region", { name: "Workout player" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Workout player" }).getByRole("heading", { level: 1 })).toHaveText("Seated hip abduction");
});

test("exercises added from the library land in a routine that survives a reload", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openApp(page, "#/library");
  // With no routines yet, the chooser offers only New routine.
  await press(page.getByRole("button", { name: "Add Clamshell to routine" }), testInfo);
  const first = page.getByRole("dialog", { name: "Add Clamshell to" });
  await expect(first.getByRole("button")).toHaveText(["New routine", "Cancel"]);
  await press(first.getByRole("button", { name: "New routine" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Added Clamshell to My routine.");
  await press(page.getByRole("button", { name: "Add Monster walk to routine" }), testInfo);
  await press(page.getByRole("dialog", { name: "Add Monster walk to" }).getByRole("button", { name: "My routine" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Added Monster walk to My routine.");

  await openApp(page, "#/routines");
  const card = page.getByRole("list", { name: "Your routines" }).locator(":scope > li").first();
  await expect(card).toContainText("My routine");
  await expect(card).toContainText("2 exercises");
  await expect(card).toContainText("Grey, medium, 30-46 lb");
  await press(card.getByRole("link", { name: "My routine", exact: true }), testInfo);
  await expectOrder(page, ["Clamshell", "Monster walk"]);
  await page.reload();
  await expectOrder(page, ["Clamshell", "Monster walk"]);
  await expect(page.getByRole("textbox", { name: "Routine name" })).toHaveValue("My routine");
});

test("a starter routine reproduces its article, in order", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  await expectOrder(page, ["Banded squat", "Clamshell", "Monster walk", "Banded toe taps"]);
  await expect(page.getByText("4 exercises · about 10 min")).toBeVisible();
  const walk = routineList(page).getByRole("listitem").filter({ hasText: "Monster walk" });
  await expect(walk).toContainText("Grey, medium + Green, light");
});

test("the quick runner's ten fits the article's 10 to 15 minutes", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Runner's ten, quick");
  await expect(routineList(page).getByRole("listitem")).toHaveCount(10);
  await expect(page.getByText("10 exercises · about 15 min")).toBeVisible();
});

test("move buttons and the keyboard reorder entries and say so", { tag: "@both" }, async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  await press(page.getByRole("button", { name: "Move Clamshell up" }), testInfo);
  await expectOrder(page, ["Clamshell", "Banded squat", "Monster walk", "Banded toe taps"]);
  await expect(page.getByRole("status")).toHaveText("Clamshell moved to position 1 of 4.");
  await expect(page.getByRole("button", { name: "Move Clamshell down" })).toBeFocused();

  const handle = page.getByRole("button", { name: "Drag Banded toe taps", exact: true });
  await handle.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status")).toContainText("Picked up Banded toe taps.");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("status")).toHaveText("Banded toe taps moved to position 2 of 4.");
  await expect(handle).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status")).toHaveText("Dropped Banded toe taps at position 2 of 4.");
  await expectOrder(page, ["Clamshell", "Banded toe taps", "Banded squat", "Monster walk"]);

  // Escape puts a lifted entry back where it was.
  await page.getByRole("button", { name: "Drag Clamshell", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("status")).toContainText("Move cancelled. Clamshell is back at position 1 of 4.");
  await expectOrder(page, ["Clamshell", "Banded toe taps", "Banded squat", "Monster walk"]);
  await page.reload();
  await expectOrder(page, ["Clamshell", "Banded toe taps", "Banded squat", "Monster walk"]);
});

test("an entry dragged by its handle lands where the marker shows", { tag: "@both" }, async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  const handle = page.getByRole("button", { name: "Drag Banded toe taps", exact: true });
  const first = routineList(page).getByRole("listitem").first();
  // The whole list on screen, so the finger starts and ends in view.
  await first.evaluate((item) => item.scrollIntoView({ block: "start" }));
  const from = await centre(handle);
  const box = await first.boundingBox();
  await dragTo(page, testInfo, from, { x: from.x, y: box.y + 4 });
  await expectOrder(page, ["Banded toe taps", "Banded squat", "Clamshell", "Monster walk"]);
  await expect(page.getByRole("status")).toHaveText("Banded toe taps moved to position 1 of 4.");
  const stored = await storedRoutines(page);
  expect(stored[0].routine.entries[0].exercise).toBe("banded-toe-taps");
});

test("dragging near the bottom edge scrolls the page, and a cancelled drag changes nothing", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Mini band eight");
  await page.evaluate(() => window.scrollTo(0, 0));
  const orderBefore = await routineEntryNames(page).allTextContents();
  const handle = page.getByRole("button", { name: "Drag Ankle plantar flexion", exact: true });
  const from = await centre(handle);
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x, page.viewportSize().height - 5, { steps: 8 });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  await expect(page.locator(".drag-ghost")).toHaveText("Ankle plantar flexion");
  await page.keyboard.press("Escape");
  await page.mouse.move(from.x, -50, { steps: 2 });
  await page.mouse.up();
  await expect(page.locator(".drag-ghost")).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("Drag of Ankle plantar flexion cancelled.");
  await expectOrder(page, orderBefore);
});

test("only the handle captures a finger, so the page still scrolls elsewhere", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  const touchAction = (locator) => locator.evaluate((el) => getComputedStyle(el).touchAction);
  expect(await touchAction(page.getByRole("button", { name: "Drag Clamshell", exact: true }))).toBe("none");
  expect(await touchAction(routineList(page).getByRole("listitem").first())).toBe("auto");
  expect(await touchAction(page.locator(".entry-text").first())).toBe("auto");
});

test("an exercise dragged from the add panel goes in at the chosen place", { tag: "@both" }, async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  await page.getByRole("searchbox", { name: "Search exercises" }).fill("dead bug");
  const handle = page.getByRole("button", { name: "Drag Dead bug with band into the routine" });
  const second = routineList(page).locator(":scope > li").nth(1);
  // Scroll so that both the handle and the gap after the first entry show.
  const top = await second.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, y - 120), top);
  const from = await handle.boundingBox().then((b) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 }));
  const target = await second.boundingBox();
  expect(from.y).toBeLessThan(page.viewportSize().height);
  await dragTo(page, testInfo, from, { x: from.x, y: target.y + 6 });
  await expect(page.getByRole("status")).toHaveText("Added Dead bug with band at position 2 of 5.");
  await expectOrder(page, ["Banded squat", "Dead bug with band", "Clamshell", "Monster walk", "Banded toe taps"]);
});

test("bands and doses are edited per entry, with inline errors that save nothing", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  await press(page.getByRole("button", { name: "Edit Clamshell" }), testInfo);
  const bands = page.getByRole("radiogroup", { name: "Band for Clamshell" });
  await expect(bands.getByRole("radio")).toHaveCount(3);
  await press(bands.getByRole("radio", { name: "Black, heavy" }), testInfo);
  await expect(bands.getByRole("radio", { name: "Black, heavy" })).toBeChecked();
  const clamshell = routineList(page).getByRole("listitem").filter({ hasText: "Clamshell" });
  await expect(clamshell).toContainText("Black, heavy");

  const reps = clamshell.getByRole("spinbutton", { name: "Reps" });
  await reps.fill("0");
  await expect(clamshell.getByRole("alert")).toHaveText("Reps must be between 1 and 100.");
  let stored = (await storedRoutines(page))[0].routine.entries[1];
  expect(stored.dose.shape).toEqual({ reps: { reps: 10 } });
  await reps.fill("15");
  await expect(clamshell.getByRole("alert")).toHaveCount(0);
  await expect(clamshell).toContainText("3 x 15 per side");

  await clamshell.getByRole("combobox", { name: "Dose type for Clamshell" }).selectOption({ label: "Several short holds per set" });
  await expect(clamshell).toContainText("3 x 10 holds of 5 s");
  await clamshell.getByRole("spinbutton", { name: "Each hold (s)" }).fill("8");
  await expect(clamshell).toContainText("3 x 10 holds of 8 s");

  await page.reload();
  stored = (await storedRoutines(page))[0].routine.entries[1];
  expect(stored.dose.shape).toEqual({ holds: { holds: 10, hold_s: 8 } });
  expect(stored.bands.main).toBe(3);
  await expect(routineList(page).getByRole("listitem").filter({ hasText: "Clamshell" })).toContainText("Black, heavy");
});

test("removing an entry can be undone", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  await press(page.getByRole("button", { name: "Remove Clamshell" }), testInfo);
  await expectOrder(page, ["Banded squat", "Monster walk", "Banded toe taps"]);
  await press(page.getByRole("button", { name: "Undo" }), testInfo);
  await expectOrder(page, ["Banded squat", "Clamshell", "Monster walk", "Banded toe taps"]);
});

test("adjacent entries become a circuit with rounds and rest", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  await press(page.getByRole("button", { name: "Edit Banded squat" }), testInfo);
  await press(page.getByRole("button", { name: "Circuit with Clamshell" }), testInfo);
  const settings = page.getByRole("group", { name: "Circuit settings" });
  await expect(settings).toContainText("Circuit of 2 exercises");
  await settings.getByRole("spinbutton", { name: "Rounds", exact: true }).fill("0");
  await expect(settings.getByRole("alert")).toHaveText("Rounds must be between 1 and 10.");
  await settings.getByRole("spinbutton", { name: "Rounds", exact: true }).fill("4");
  await expect(settings.getByRole("alert")).toHaveCount(0);
  await page.reload();
  const routine = (await storedRoutines(page))[0].routine;
  expect(routine.circuits).toHaveLength(1);
  expect(routine.circuits[0]).toMatchObject({ rounds: 4, round_rest_s: 60 });
  expect(routine.entries.map((e) => e.circuit !== null)).toEqual([true, true, false, false]);
  await press(page.getByRole("button", { name: "Ungroup circuit" }), testInfo);
  await expect(page.getByRole("group", { name: "Circuit settings" })).toHaveCount(0);
});

test("routines are renamed, duplicated and deleted with Undo, and names are checked", async ({ page }, testInfo) => {
  await startWithKit(page);
  await openStarter(page, testInfo, "Hips and feet");
  const name = page.getByRole("textbox", { name: "Routine name" });
  await name.fill("");
  await expect(page.getByRole("alert")).toHaveText("Give the routine a name.");
  await name.fill("Track day");
  await expect(page.getByRole("heading", { level: 1, name: "Track day" })).toBeVisible();

  await openApp(page, "#/routines");
  const cards = page.getByRole("list", { name: "Your routines" }).locator(":scope > li");
  await press(page.getByRole("button", { name: "Duplicate Track day" }), testInfo);
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1)).toContainText("Track day copy");
  await press(page.getByRole("button", { name: "Delete Track day", exact: true }), testInfo);
  await expect(cards).toHaveCount(1);
  await press(page.getByRole("button", { name: "Undo" }), testInfo);
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText("Track day");

  await press(page.getByRole("link", { name: "Track day copy", exact: true }), testInfo);
  await page.getByRole("textbox", { name: "Routine name" }).fill("track DAY");
  await expect(page.getByRole("alert")).toHaveText("Another routine already has this name.");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Routine name" })).toHaveValue("Track day copy");
});
