// Rating a workout later, from History: each exercise of a past workout
// can be rated in its details, rated again, and the rating is kept.
import { test, expect, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, sampleSession, storedSessions } from "./support/seed.mjs";

const HISTORY = {
  version: 1,
  data: { sessions: [sampleSession("2026-11-12T07:00:00Z", "Hips and feet"), sampleSession("2026-11-17T07:00:00Z", "Evening core")] },
};

test("an exercise is rated from History, still rated after a reload, and rated again", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: HISTORY }, "#/history");
  const items = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  const newest = items.first();
  await press(newest.locator("summary"), testInfo);
  const deadBug = newest.getByRole("group", { name: "How did Dead bug with band feel?" });
  const clam = newest.getByRole("group", { name: "How did Clamshell feel?" });
  // As stored: the clamshell too easy, the dead bug not rated yet.
  await expect(clam.getByRole("radio", { name: "Too easy" })).toBeChecked();
  for (const name of ["Too easy", "Just right", "Too hard"]) await expect(deadBug.getByRole("radio", { name })).not.toBeChecked();

  await press(deadBug.getByRole("radio", { name: "Too hard" }), testInfo);
  await expect(page.getByRole("status").filter({ hasText: "Saved: Dead bug with band felt too hard." })).toHaveCount(1);
  // The details stay open, and only this workout changed.
  await expect(deadBug.getByRole("radio", { name: "Too hard" })).toBeChecked();
  const ratings = async () => (await storedSessions(page)).map((s) => s.exercises.map((e) => e.rating));
  expect(await ratings()).toEqual([
    ["too_easy", null],
    ["too_easy", "too_hard"],
  ]);

  await page.reload();
  await press(items.first().locator("summary"), testInfo);
  await expect(items.first().getByRole("group", { name: "How did Dead bug with band feel?" }).getByRole("radio", { name: "Too hard" })).toBeChecked();

  // Changed again, with the keyboard this time.
  const again = items.first().getByRole("group", { name: "How did Clamshell feel?" });
  await again.getByRole("radio", { name: "Too easy" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(again.getByRole("radio", { name: "Just right" })).toBeChecked();
  await expect(page.getByRole("status").filter({ hasText: "Saved: Clamshell felt just right." })).toHaveCount(1);
  expect(await ratings()).toEqual([
    ["too_easy", null],
    ["just_right", "too_hard"],
  ]);
});
