// A new runner's first visit: the offer on the library, the three steps
// (bands in one tap, a starter seen before it is added, Start), the whole
// workout on a running clock, and History afterwards. Skipping the bands
// is said plainly, and the library stays reachable.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, storedJson, storedRoutines } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { START, playThrough } from "./support/workout.mjs";

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
  // Taking a set afterwards clears the warnings, and a missing type is named.
  await press(page.getByRole("button", { name: "Use these bands: Mini loop bands, set of 5" }), testInfo);
  await expect(page.getByText("You have no bands set up")).toHaveCount(0);
  await expect(page.locator(".first-run-starter").filter({ hasText: "Post-run stretch" })).toContainText(
    "No flat band in your kit for Seated hamstring stretch, Standing hamstring stretch",
  );
  expect(await storedJson(page, KEYS.routines)).toBeNull();
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
