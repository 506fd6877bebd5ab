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
