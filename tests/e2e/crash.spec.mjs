// A crash never loses a workout: the progress is stored as it goes, so when
// the app (or the whole page) stops mid-workout, opening it again resumes
// where it was; one that stopped at its end becomes a session in History.
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedSessions, storedText } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { startOnFakeClock } from "./support/workout.mjs";

/** Squats 2 x 5 s, then clamshells, 12 a side. */
const ROUTINES = oneRoutine("Before the long run", [
  entry(1, "walking-squat", { sets: 2, shape: { timed: { work_s: 5 } }, rest_s: 3, per_side: false }, 2),
  entry(2, "clamshell", { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 0, per_side: true }, 1),
]);

const start = (page, testInfo) => startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES });

/** Presses Skip `times` times, which leaves the player at the clamshells. */
async function skipTo(page, testInfo, times) {
  for (let n = 0; n < times; n += 1) await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expect(player(page).getByRole("heading", { level: 1 })).toHaveText("Clamshell");
}

/** Does both sides of the clamshells, to the end of the workout. */
async function finishClamshells(page, testInfo) {
  await page.clock.runFor(10_000 + 2_000);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await page.clock.runFor(5_010);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout complete" })).toBeVisible();
}

/**
 * The same browser profile opened afresh, `later` ms after `at`. (The fake
 * clock belongs to the profile and goes on from where it was.)
 */
async function reopen(context, at, later) {
  const again = await context.newPage();
  await again.clock.setSystemTime(at + later);
  await again.goto(process.env.BANDWORK_URL);
  await expect(again.getByRole("navigation", { name: "Main" })).toBeVisible();
  return again;
}

test("the page crashing mid-workout loses nothing: it resumes where it was", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one device is enough");
  await start(page, testInfo);
  await page.clock.runFor(10_000 + 5_000 + 3_000 + 2_000);
  await expect(player(page).locator(".player-count")).toHaveText("Set 2 of 2");
  await expect(player(page).getByRole("timer")).toHaveText("0:03");
  const crashedAt = await page.evaluate(() => Date.now());

  // The renderer dies at once: no pagehide, no unload, no last save.
  const crashed = new Promise((resolve) => page.once("crash", resolve));
  const cdp = await page.context().newCDPSession(page);
  cdp.send("Page.crash").catch(() => {});
  await crashed;
  const context = page.context();
  await page.close();

  const again = await reopen(context, crashedAt, 10 * 60_000);
  const banner = again.getByRole("region", { name: "Workout in progress" });
  await expect(banner).toContainText("Before the long run");
  await press(banner.getByRole("link", { name: "Resume workout" }), testInfo);
  // Paused in the same set, at most one heartbeat (5 s) earlier.
  await expect(player(again).locator(".player-phase")).toHaveText("Paused");
  await expect(player(again).getByRole("heading", { level: 1 })).toHaveText("Walking squat");
  await expect(player(again).locator(".player-count")).toHaveText("Set 2 of 2");
  await press(player(again).getByRole("button", { name: "Resume" }), testInfo);
  await again.clock.runFor(5_000 + 10_000 + 1_000);
  await press(player(again).getByRole("button", { name: "Done" }), testInfo);
  await again.clock.runFor(5_010);
  await press(player(again).getByRole("button", { name: "Done" }), testInfo);
  await expect(again.getByRole("heading", { level: 1, name: "Workout complete" })).toBeVisible();
  const sessions = await storedSessions(again);
  expect(sessions).toHaveLength(1);
  expect(sessions[0].exercises.map((e) => e.sets_done)).toEqual([2, 1]);
  await again.close();
});

test("a workout that stopped as it finished, before its session was kept, is in History on the next start", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one device is enough");
  // Saving the history fails as the workout ends (the app is stopped by
  // the page closing right then): the workout stays stored at its end.
  await page.addInitScript((history) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === history && window.__refuseHistory) throw new DOMException("refused by the test", "UnknownError");
      return setItem.call(this, key, value);
    };
  }, KEYS.history);
  await start(page, testInfo);
  await page.evaluate(() => (window.__refuseHistory = true));
  await skipTo(page, testInfo, 4);
  await finishClamshells(page, testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "could not be saved to your history" })).toBeVisible();
  expect(await storedSessions(page)).toEqual([]);
  expect(await storedText(page, KEYS.workout)).not.toBeNull();
  const endedAt = await page.evaluate(() => Date.now());
  const context = page.context();
  await page.close();

  const again = await reopen(context, endedAt, 60_000);
  await expect(again.getByRole("alert").filter({ hasText: "is now in History" })).toContainText("Before the long run");
  await expect(again.getByRole("region", { name: "Workout in progress" })).toHaveCount(0);
  expect(await storedText(again, KEYS.workout)).toBeNull();
  const sessions = await storedSessions(again);
  expect(sessions).toHaveLength(1);
  expect(sessions[0].finished).toBe(true);
  expect(sessions[0].exercises.map((e) => e.sets_done)).toEqual([0, 1]);
  await openApp(again, "#/history");
  const history = again.getByRole("list", { name: "Workout history" }).getByRole("listitem");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("Before the long run");
  await again.close();
});

test("a workout kept because its session could not be saved survives the retry of an earlier failed workout save", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one device is enough");
  // Storage refuses the workout, then the history too, as a full quota
  // would: removing a key still works.
  await page.addInitScript((keys) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === keys.workout && window.__refuseWorkout) throw new DOMException("refused by the test", "QuotaExceededError");
      if (key === keys.history && window.__refuseHistory) throw new DOMException("refused by the test", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  }, { workout: KEYS.workout, history: KEYS.history });
  await start(page, testInfo);
  await page.evaluate(() => (window.__refuseWorkout = true));
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  const workoutNotice = page.getByRole("alert").filter({ hasText: "workout could not be saved on this device" });
  await expect(workoutNotice).toBeVisible();
  await page.evaluate(() => (window.__refuseHistory = true));
  await skipTo(page, testInfo, 3);
  await finishClamshells(page, testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "could not be saved to your history" })).toBeVisible();
  expect(await storedText(page, KEYS.workout)).not.toBeNull();

  // The earlier workout save is retried, by hand and by the timer: with no
  // workout on screen it must not remove the one kept stored.
  if (await workoutNotice.isVisible()) await press(workoutNotice.getByRole("button", { name: "Try again" }), testInfo);
  await page.clock.runFor(25_000);
  expect(await storedText(page, KEYS.workout)).not.toBeNull();
  expect(await storedSessions(page)).toEqual([]);

  // Once the history can be saved, its retry keeps the session and only
  // then lets the stored workout go.
  await page.evaluate(() => (window.__refuseHistory = false));
  await page.clock.runFor(25_000);
  await expect.poll(() => storedSessions(page).then((s) => s.length)).toBe(1);
  expect(await storedText(page, KEYS.workout)).toBeNull();
});
