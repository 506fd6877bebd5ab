// A new runner's first visit: the offer on the library, the three steps
// (bands in one tap, a starter seen before it is added, Start), the whole
// workout on a running clock, and History afterwards. Skipping the bands
// is said plainly, and the library stays reachable.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedJson, storedRoutines } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { START, playThrough } from "./support/workout.mjs";

/** The mini loop preset as stored: five latex loops, lightest first. */
const MINI_KIT = {
  version: 1,
  data: {
    bands: [
      ["Green", "#2e7d32", "extra light"],
      ["Blue", "#1565c0", "light"],
      ["Yellow", "#f9a825", "medium"],
      ["Red", "#c62828", "heavy"],
      ["Black", "#212121", "extra heavy"],
    ].map(([name, swatch, label], at) => ({ id: at + 1, colour: { name, swatch }, label, band_type: "mini_loop", pounds: null })),
    next_id: 6,
  },
};

const reps = (sets, n, rest_s) => ({ sets, shape: { reps: { reps: n } }, rest_s, per_side: true });
const hold = (sets, hold_s, rest_s) => ({ sets, shape: { hold: { hold_s } }, rest_s, per_side: true });

test("a new runner picks bands and a starter, starts it, finishes, and finds it in History", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: START });
  await openApp(page);
  const offer = page.getByRole("region", { name: "New to Bandwork?" });
  await expect(offer).toBeVisible();
  await press(offer.getByRole("link", { name: "Get started" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Get started" })).toBeVisible();

  // 1. One tap for a ready-made set.
  await press(page.getByRole("button", { name: "Use these bands: Fabric loop bands, set of 3" }), testInfo);
  await expect(page.getByText("Your bands are set up.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Your bands" })).toContainText("Grey, medium");
  expect((await storedJson(page, KEYS.kit)).data.bands).toHaveLength(3);

  // 2. Each starter shows its exercises and length before anything is added.
  const hips = page.locator(".first-run-starter").filter({ hasText: "Hips and feet" });
  await expect(hips).toContainText("4 exercises");
  await expect(hips).toContainText("Banded squat, Clamshell, Monster walk, Banded toe taps");
  await expect(hips).toContainText("about 10 min");
  await expect(page.getByRole("button", { name: /^Start / })).toHaveCount(0);
  await page.getByRole("radio", { name: /Hips and feet/ }).check();
  expect(await storedJson(page, KEYS.routines)).toBeNull();

  // 3. Start: saved to Routines, and the workout plays on a running clock.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await press(page.getByRole("button", { name: "Start Hips and feet" }), testInfo);
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(100);
  await expect(player(page).getByRole("heading", { level: 1 })).toHaveText("Banded squat");
  await expect(player(page)).toContainText("Grey, medium");
  const timer = player(page).getByRole("timer");
  const before = await timer.textContent();
  await page.clock.runFor(3_000);
  await expect(timer).not.toHaveText(before);
  await playThrough(page, testInfo);

  await press(page.getByRole("link", { name: "See history" }), testInfo);
  const history = page.getByRole("list", { name: "Workout history" }).getByRole("listitem");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("Hips and feet");
  const saved = await storedRoutines(page);
  expect(saved.map((r) => r.routine.name)).toEqual(["Hips and feet"]);

  // Once the runner has bands, a routine and a workout, the offer is gone.
  await openApp(page, "#/library");
  await expect(page.getByRole("list", { name: "Exercise library" })).toBeVisible();
  await expect(page.getByRole("region", { name: "New to Bandwork?" })).toHaveCount(0);
});

test("skipping the bands says plainly that the workout will show no band", async ({ page }, testInfo) => {
  await openApp(page, "#/start");
  await press(page.getByRole("button", { name: "Skip bands for now" }), testInfo);
  await expect(page.getByText("Your workout will show “No band” for every exercise.")).toBeVisible();
  // The ready-made sets are still offered.
  await expect(page.getByRole("button", { name: "Use these bands: Mini loop bands, set of 5" })).toBeVisible();
  await page.getByRole("radio", { name: /Post-run stretch/ }).check();
  await expect(page.getByText("You have no bands set up, so each exercise will show “No band”.")).toBeVisible();
  // Taking a set afterwards clears the warnings; the stretch its loops
  // cannot do is no longer offered (nor chosen), and why is said.
  await press(page.getByRole("button", { name: "Use these bands: Mini loop bands, set of 5" }), testInfo);
  await expect(page.getByText("You have no bands set up")).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /Post-run stretch/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Start / })).toHaveCount(0);
  await expect(page.getByText("Post-run stretch is not offered with these bands.")).toContainText(
    "No flat band in your kit for Seated hamstring stretch, Standing hamstring stretch",
  );
  expect(await storedJson(page, KEYS.routines)).toBeNull();
});

// Issue 27 #6: with mini loops, "Runner's ten" warned that two moves had
// no band, and the player then showed "No band" by a picture of an
// anchored band.
test("with mini loops the runner's ten is offered fitted to them, each swap said, and started with a band for every move", async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  await openApp(page, "#/start");
  await press(page.getByRole("button", { name: "Use these bands: Mini loop bands, set of 5" }), testInfo);
  const ten = page.locator(".first-run-starter").filter({ hasText: "Runner's ten, quick" });
  await expect(ten).toContainText("10 exercises");
  await expect(ten).toContainText(
    "Lateral band walk, Clamshell, Banded toe taps, Walking squat, Dead bug with band, Banded plank with leg lift, Standing kickback, Lying leg extension, Ankle band jumping jacks, Glute bridge with band",
  );
  await expect(page.getByRole("list", { name: "Changes to Runner's ten, quick for these bands" }).getByRole("listitem")).toHaveText([
    "Standing hip abduction needs a band with handles; swapped for Banded toe taps with your mini loop.",
    "Ankle dorsiflexion needs a flat band; swapped for Ankle band jumping jacks with your mini loop.",
  ]);
  await expect(page.getByText(/in your kit for Standing hip abduction/)).toHaveCount(0);
  await expect(page.getByRole("radio")).toHaveCount(3);

  await page.getByRole("radio", { name: /Runner's ten, quick/ }).check();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await press(page.getByRole("button", { name: "Start Runner's ten, quick" }), testInfo);
  await expect(player(page)).toBeVisible();
  const [saved] = await storedRoutines(page);
  const entries = saved.routine.entries;
  expect(entries.map((e) => e.exercise)).toEqual([
    "lateral-band-walk",
    "clamshell",
    "banded-toe-taps",
    "walking-squat",
    "dead-bug",
    "banded-plank",
    "standing-kickback",
    "lying-leg-extension",
    "ankle-jumping-jacks",
    "glute-bridge",
  ]);
  for (const e of entries) expect(e.bands.main, e.exercise).toBe(2);
  await expect(player(page)).toContainText("Blue, light");
  await expect(player(page)).not.toContainText("No band");
});

test("a routine's move with no band is offered a swap in the editor, and the player says what to do without one", async ({ page }, testInfo) => {
  const records = {
    [KEYS.kit]: MINI_KIT,
    [KEYS.routines]: oneRoutine("Old ten", [
      entry(1, "seated-hamstring-stretch", hold(2, 30, 10), null),
      entry(2, "clamshell", reps(3, 10, 20), 2),
      entry(3, "standing-hip-abduction", reps(3, 12, 20), null),
    ]),
  };
  await page.clock.install({ time: START });
  await openSeeded(page, records, "#/routine/1");
  const gaps = page.getByRole("list", { name: "Moves without a band" }).getByRole("listitem");
  await expect(gaps).toHaveCount(2);
  await expect(gaps.nth(0)).toContainText("Seated hamstring stretch: No flat band in your kit.");
  await expect(gaps.nth(0)).toContainText("Nothing like it suits your bands");
  await expect(gaps.nth(0).getByRole("button")).toHaveCount(0);
  await expect(gaps.nth(1)).toContainText("Standing hip abduction: No band with handles in your kit.");
  await press(page.getByRole("button", { name: "Swap for Banded toe taps" }), testInfo);
  await expect(page.getByRole("region", { name: "Undo" })).toContainText("Swapped Standing hip abduction for Banded toe taps.");
  await expect(page.getByRole("list", { name: "Routine", exact: true }).getByRole("listitem").nth(2)).toContainText("Banded toe taps");
  await expect(page.getByRole("button", { name: "Edit Banded toe taps" })).toBeFocused();
  await expect(gaps).toHaveCount(1);
  const swapped = (await storedRoutines(page))[0].routine.entries[2];
  expect(swapped).toMatchObject({ id: 3, exercise: "banded-toe-taps", bands: { main: 2 } });
  expect(swapped.dose.sets).toBe(3);

  // The stretch it cannot band: no band picture, but what to do instead.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(100);
  await expect(player(page).getByRole("heading", { level: 1 })).toHaveText("Seated hamstring stretch");
  await expect(player(page)).toContainText("No band");
  await expect(player(page)).toContainText("It needs a flat band, and your kit has none: do it without a band.");
  await expect(player(page).getByRole("img", { name: "Under the forefoot, ends in your hands" })).toHaveCount(0);
  await expect(player(page).locator(".player-band-block")).toHaveCount(0);
});

test("the first-run offer can be turned down, and the library stays in reach", async ({ page }, testInfo) => {
  await openApp(page);
  const offer = page.getByRole("region", { name: "New to Bandwork?" });
  await press(offer.getByRole("button", { name: "Not now" }), testInfo);
  await expect(offer).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Exercise library" })).toBeVisible();

  await openApp(page, "#/start");
  await press(page.getByRole("link", { name: "Skip these steps and browse the library" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Exercise library" })).toBeVisible();

  // A runner who already has bands is not offered the first run.
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT }, "#/library");
  await expect(page.getByRole("list", { name: "Exercise library" })).toBeVisible();
  await expect(page.getByRole("region", { name: "New to Bandwork?" })).toHaveCount(0);
});
