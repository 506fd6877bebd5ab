// Starting a workout on Playwright's fake clock, for the specs that play
// one: the stored records are seeded, the routine opened, the clock
// stopped, and Start pressed, so time then moves only with runFor.
import { expect, openSeeded, press } from "./app.mjs";
import { player } from "./ui.mjs";

/** 21 November 2026, 07:30 local: a Saturday morning before a run. */
export const START = new Date("2026-11-21T07:30:00");

/**
 * Seeds `records`, opens routine 1 and starts it with the clock stopped.
 * A spec whose init scripts must run after the fake clock's installs the
 * clock first and says so with `{ clockInstalled: true }`.
 */
export async function startOnFakeClock(page, testInfo, records, { clockInstalled = false } = {}) {
  if (!clockInstalled) await page.clock.install({ time: START });
  await openSeeded(page, records, "#/routine/1");
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(100);
}

/** The sizes the player must fit without scrolling: a phone upright and on
 * its side, and two laptop screens. */
export const PLAYER_SIZES = {
  "phone portrait": { width: 390, height: 844 },
  "phone landscape": { width: 844, height: 390 },
  "laptop 1280x720": { width: 1280, height: 720 },
  "laptop 1280x800": { width: 1280, height: 800 },
};

/** Expects every part of `locator` to lie inside the viewport. */
export async function expectInViewport(page, locator, what) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const { width, height } = page.viewportSize();
  const inside = box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
  expect(inside, `${what} at ${JSON.stringify(box)} in ${width}x${height}`).toBe(true);
}

/** Plays the workout on screen to its summary on the fake clock: Done after a moment where a set waits for it, Skip elsewhere. */
export async function playThrough(page, testInfo) {
  const complete = page.getByRole("heading", { level: 1, name: "Workout complete" });
  const done = player(page).getByRole("button", { name: "Done" });
  const skip = player(page).getByRole("button", { name: "Skip" });
  for (let step = 0; step < 200 && !(await complete.isVisible()); step++) {
    if (await done.isVisible()) {
      await page.clock.runFor(1_500);
      await press(done, testInfo);
    } else if (await skip.isVisible()) {
      await press(skip, testInfo);
    }
    await page.clock.runFor(200);
  }
  await expect(complete).toBeVisible();
}
