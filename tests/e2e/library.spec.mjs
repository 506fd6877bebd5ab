// The library's search in runners' words: what a runner types about a
// problem ("dead butt", "IT band", "shin splints") finds the exercises
// that work on it, and says which goal it read.
import { test, expect, openApp } from "./support/app.mjs";

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
