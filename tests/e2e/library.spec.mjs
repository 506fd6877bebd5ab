// The library's search in runners' words: what a runner types about a
// problem ("dead butt", "IT band", "shin splints") finds the exercises
// that work on it, and says which goal it read. Add asks which routine;
// an exercise's page adds too, or plays the exercise alone (Try it now);
// and an exercise gets a band of the type it needs.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, storedJson, storedRoutines, timed } from "./support/seed.mjs";
import { forPlaywright, openFilters, player } from "./support/ui.mjs";
import { START } from "./support/workout.mjs";

const LIST = { name: "Exercise library" };

for (const [typed, goal, expected, notExpected] of [
  ["dead butt", "Glute activation", "Clamshell", "Ankle dorsiflexion"],
  ["Runner's knee", "Runner's knee", "Clamshell", "Ankle dorsiflexion"],
  ["IT band", "IT band", "Lateral band walk", "Ankle dorsiflexion"],
  ["achilles", "Achilles and calves", "Ankle plantar flexion", "Clamshell"],
  ["shin splints", "Shin splints", "Ankle dorsiflexion", "Clamshell"],
]) {
  test(`searching "${typed}" finds what helps`, async ({ page }) => {
    await openApp(page, "#/library");
    await page.getByRole("searchbox", { name: "Search exercises" }).fill(typed);
    await expect(page.locator(".result-count")).toContainText(`${goal}:`);
    await expect(page.locator(".result-count")).toContainText("that can help");
    const list = page.getByRole("list", LIST);
    await expect(list.getByRole("heading", { name: expected, exact: true })).toBeVisible();
    await expect(list.getByRole("heading", { name: notExpected, exact: true })).toBeHidden();
  });
}

test("a plain word still searches names, aliases and muscles, with no goal named", async ({ page }) => {
  await openApp(page, "#/library");
  await page.getByRole("searchbox", { name: "Search exercises" }).fill("clam");
  await expect(page.locator(".result-count")).not.toContainText("can help");
  await expect(page.getByRole("list", LIST).getByRole("heading", { name: "Clamshell", exact: true })).toBeVisible();
});

/** Two routines, each with one clamshell on the kit's band 2. */
const TWO_ROUTINES = {
  version: 1,
  data: {
    routines: [
      { id: 1, routine: { name: "Morning hips", entries: [entry(1, "clamshell", timed(2, 30, 10), 2)], circuits: [], next_id: 2 } },
      { id: 2, routine: { name: "After the long run", entries: [entry(1, "dead-bug", timed(2, 30, 10), 1)], circuits: [], next_id: 2 } },
    ],
    next_id: 3,
  },
};

/** Two mini loops, then two flat bands (ids 3 and 4). */
const MINI_AND_FLAT_KIT = {
  version: 1,
  data: {
    bands: [
      { id: 1, colour: { name: "Green", swatch: "#2e7d32" }, label: "extra light", band_type: "mini_loop", pounds: null },
      { id: 2, colour: { name: "Blue", swatch: "#1565c0" }, label: "light", band_type: "mini_loop", pounds: null },
      { id: 3, colour: { name: "Tan", swatch: "#c8a97e" }, label: "extra light", band_type: "flat", pounds: null },
      { id: 4, colour: { name: "Yellow", swatch: "#f9a825" }, label: "light", band_type: "flat", pounds: null },
    ],
    next_id: 5,
  },
};

const MINI_ONLY_KIT = { version: 1, data: { bands: MINI_AND_FLAT_KIT.data.bands.slice(0, 2), next_id: 5 } };

test("Add asks which routine, marks the last one used, and never makes a routine by itself", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: TWO_ROUTINES }, "#/library");
  await press(page.getByRole("button", { name: "Add Clamshell to routine" }), testInfo);
  const chooser = page.getByRole("dialog", { name: "Add Clamshell to" });
  await expect(chooser.getByRole("button")).toHaveText(["Morning hips", "After the long run", "New routine", "Cancel"]);
  expect(await storedRoutines(page)).toHaveLength(2);
  await press(chooser.getByRole("button", { name: "After the long run" }), testInfo);
  await expect(chooser).toHaveCount(0);
  await expect(page.getByRole("status")).toHaveText("Added Clamshell to After the long run.");
  const card = page.getByRole("list", LIST).getByRole("listitem").filter({ hasText: /^Clamshell/ });
  await expect(card.getByRole("link", { name: "Open After the long run" })).toBeVisible();
  expect((await storedRoutines(page))[1].routine.entries.map((e) => e.exercise)).toEqual(["dead-bug", "clamshell"]);

  // The next Add starts on the routine last used, and says so.
  await press(page.getByRole("button", { name: "Add Monster walk to routine" }), testInfo);
  const next = page.getByRole("dialog", { name: "Add Monster walk to" });
  await expect(next.getByRole("button").first()).toHaveText(/After the long run\s*,?\s*Last used/);
  await expect(next.getByRole("button", { name: /After the long run/ })).toBeFocused();
  await press(next.getByRole("button", { name: "Cancel" }), testInfo);
  expect(await storedRoutines(page)).toHaveLength(2);

  // After a reload the last one used is still first; nothing is added by
  // itself either, and New routine is a choice.
  await page.reload();
  await press(page.getByRole("button", { name: "Add Monster walk to routine" }), testInfo);
  await expect(page.getByRole("dialog").getByRole("button").first()).toHaveText(/After the long run\s*,?\s*Last used/);
  await press(page.getByRole("dialog").getByRole("button", { name: "New routine" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Added Monster walk to My routine.");
  expect((await storedRoutines(page)).map((r) => r.routine.name)).toEqual(["Morning hips", "After the long run", "My routine"]);
  await press(page.getByRole("link", { name: "Open My routine" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "My routine" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Routine", exact: true }).getByRole("listitem")).toHaveCount(1);
});

test("the Add chooser works from the keyboard, and Escape gives the focus back", async ({ page }) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: TWO_ROUTINES }, "#/library");
  await page.getByRole("searchbox", { name: "Search exercises" }).fill("clam");
  const add = page.getByRole("button", { name: "Add Clamshell to routine" });
  await add.focus();
  await page.keyboard.press("Enter");
  const chooser = page.getByRole("dialog", { name: "Add Clamshell to" });
  await expect(add).toHaveAttribute("aria-expanded", "true");
  await expect(chooser.getByRole("button", { name: "Morning hips" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(chooser).toHaveCount(0);
  await expect(add).toBeFocused();
  await expect(add).toHaveAttribute("aria-expanded", "false");

  await page.keyboard.press("Enter");
  // The chooser takes the focus once it is open; keys pressed before that
  // would go to the Add button.
  await expect(chooser.getByRole("button", { name: "Morning hips" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(chooser.getByRole("button", { name: "After the long run" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(chooser.getByRole("button", { name: "New routine" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("Added Clamshell to After the long run.");
  await expect(add).toBeFocused();
});

test("an exercise's page has Add, and a flat band exercise gets a flat band or says the kit has none", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: MINI_ONLY_KIT, [KEYS.routines]: TWO_ROUTINES }, "#/library/ankle-dorsiflexion");
  await expect(page.getByRole("heading", { level: 1, name: "Ankle dorsiflexion" })).toBeVisible();
  await expect(page.getByText("No flat band in your kit")).toBeVisible();
  await expect(page.getByRole("link", { name: "Add one" })).toHaveAttribute("href", "#/bands");
  await press(page.getByRole("button", { name: "Add Ankle dorsiflexion to routine" }), testInfo);
  await press(page.getByRole("dialog", { name: "Add Ankle dorsiflexion to" }).getByRole("button", { name: "Morning hips" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Added Ankle dorsiflexion to Morning hips.");
  let added = (await storedRoutines(page))[0].routine.entries[1];
  expect(added.exercise).toBe("ankle-dorsiflexion");
  expect(added.bands.main, "no mini loop for a flat band exercise").toBeNull();

  // With flat bands in the kit, the light flat band.
  await openSeeded(page, { [KEYS.kit]: MINI_AND_FLAT_KIT, [KEYS.routines]: TWO_ROUTINES }, "#/library/ankle-dorsiflexion");
  await expect(page.getByRole("heading", { level: 1, name: "Ankle dorsiflexion" })).toBeVisible();
  await expect(page.getByText("No flat band in your kit")).toHaveCount(0);
  await press(page.getByRole("button", { name: "Add Ankle dorsiflexion to routine" }), testInfo);
  await press(page.getByRole("dialog").getByRole("button", { name: "Morning hips" }), testInfo);
  await expect(page.getByRole("link", { name: "Open Morning hips" })).toBeVisible();
  added = (await storedRoutines(page))[0].routine.entries[1];
  expect(added.bands.main).toBe(4);
});

test("Try it now plays one exercise with a band of its type, saves no routine, and goes to History", async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  await openSeeded(page, { [KEYS.kit]: MINI_AND_FLAT_KIT }, "#/library/ankle-dorsiflexion");
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await press(page.getByRole("button", { name: "Try it now" }), testInfo);
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(100);
  await expect(player(page).getByRole("heading", { level: 1 })).toHaveText("Ankle dorsiflexion");
  await expect(player(page)).toContainText("Yellow, light");
  const complete = page.getByRole("heading", { level: 1, name: "Workout complete" });
  for (let step = 0; step < 60 && !(await complete.isVisible()); step++) {
    const done = player(page).getByRole("button", { name: "Done" });
    await press((await done.isVisible()) ? done : player(page).getByRole("button", { name: "Skip" }), testInfo);
    await page.clock.runFor(200);
  }
  await expect(complete).toBeVisible();
  expect(await storedJson(page, KEYS.routines)).toBeNull();
  await press(page.getByRole("link", { name: "See history" }), testInfo);
  const history = page.getByRole("list", { name: "Workout history" }).getByRole("listitem");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("Ankle dorsiflexion");
});

test("a pressed filter chip keeps its name; the state is in aria-pressed alone", async ({ page }, testInfo) => {
  await openApp(page, "#/library");
  await openFilters(forPlaywright(page, { touch: testInfo.project.use.hasTouch }));
  const chips = page.getByRole("group", { name: "Category" });
  const chip = chips.getByRole("button", { name: "Foot & ankle" });
  await expect(chip).toHaveAttribute("aria-pressed", "false");
  await press(chip, testInfo);
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  await expect(chip).toHaveAccessibleName("Foot & ankle");
  // The tick is still drawn, so the state is not told by colour alone.
  await expect(chip).toContainText("✓");
  const yours = page.getByRole("group", { name: "Needs" }).getByRole("button", { name: "Yours" });
  await press(yours, testInfo);
  await expect(yours).toHaveAccessibleName("Yours");
});

/** Where the search box and the first result shown are, and the bottom of
 * what can be seen (above the keyboard's room and the tab bar). */
function searchLayout(page) {
  return page.evaluate(() => {
    const search = document.querySelector('main input[type="search"]').getBoundingClientRect();
    const first = [...document.querySelectorAll('[aria-label="Exercise library"] > li')]
      .map((card) => card.getBoundingClientRect())
      .find((box) => box.height > 0);
    const nav = document.querySelector('nav[aria-label="Main"]').getBoundingClientRect();
    const header = document.querySelector(".app-header").getBoundingClientRect();
    const seen = window.visualViewport?.height ?? window.innerHeight;
    // The tab bar sits at the bottom on a phone; on a desktop it is in the header.
    const bottom = nav.top > seen / 2 ? Math.min(seen, nav.top) : seen;
    return { searchTop: search.top, searchBottom: search.bottom, firstTop: first?.top, bottom, headerBottom: header.bottom };
  });
}

test("while typing a search with the keyboard up, the results show under the search", async ({ page }) => {
  // A phone with its on-screen keyboard up shows about this much.
  const { width } = page.viewportSize();
  await page.setViewportSize({ width, height: 480 });
  await openApp(page, "#/library");
  const search = page.getByRole("searchbox", { name: "Search exercises" });
  await search.focus();
  await page.keyboard.type("hip");
  await expect(page.locator(".result-count")).toContainText(" of ");
  const box = await searchLayout(page);
  expect(box.searchTop, "the search box is on screen, below the sticky header").toBeGreaterThanOrEqual(box.headerBottom);
  expect(box.searchBottom).toBeLessThanOrEqual(box.bottom);
  // At least a result's name (its first 48 px) shows between the search and the keyboard.
  expect(box.firstTop, JSON.stringify(box)).toBeGreaterThan(box.searchBottom);
  expect(box.firstTop + 48, JSON.stringify(box)).toBeLessThanOrEqual(box.bottom);
});

test("the first result starts within the first screen, and on a phone the filters fold behind one button", async ({ page }, testInfo) => {
  await openApp(page, "#/library");
  const box = await searchLayout(page);
  expect(box.firstTop + 48, JSON.stringify(box)).toBeLessThanOrEqual(box.bottom);
  if (testInfo.project.use.hasTouch) {
    // The filters are one control away, and say when they are on.
    const filters = page.getByRole("button", { name: /^Filters/ });
    await expect(filters).toHaveAttribute("aria-expanded", "false");
    await filters.click();
    await expect(filters).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("group", { name: "Category" }).getByRole("button", { name: "Core" }).click();
    await filters.click();
    await expect(filters).toHaveAccessibleName("Filters, 1 on");
  }
});
