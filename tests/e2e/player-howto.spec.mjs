// How to do the move without leaving the workout: the key step while
// getting ready, and every step in a sheet one tap away that pauses
// nothing, closes with one tap (Close or outside it) or Escape, works by
// keyboard, and gives the focus back.
import { test, expect, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { startOnFakeClock } from "./support/workout.mjs";

const CLAMSHELLS = oneRoutine("Hips", [entry(1, "clamshell", { sets: 2, shape: { reps: { reps: 12 } }, rest_s: 20, per_side: true }, 2)]);

function start(page, testInfo) {
  return startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: CLAMSHELLS });
}

test("get ready shows the key step; the steps sheet pauses nothing and closes with one tap", async ({ page }, testInfo) => {
  await start(page, testInfo);
  const region = player(page);
  await expect(region.locator(".player-phase")).toHaveText("Get ready");
  await expect(region.getByText("Top hip stays stacked over the bottom one.")).toBeVisible();

  const open = region.getByRole("button", { name: "How to do it" });
  await press(open, testInfo);
  const sheet = page.getByRole("dialog", { name: "How to do Clamshell" });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole("listitem").first()).toContainText("Lie on your side");
  await expect(sheet.getByRole("list").first().getByRole("listitem")).toHaveCount(5);
  // The workout runs on behind it.
  await expect(region.getByRole("timer")).toHaveText("0:10");
  await page.clock.runFor(3_000);
  await expect(region.getByRole("timer")).toHaveText("0:07");
  await expect(region.locator(".player-phase")).toHaveText("Get ready");

  await press(sheet.getByRole("button", { name: "Close" }), testInfo);
  await expect(sheet).toHaveCount(0);
  await expect(open).toBeFocused();

  // One tap outside the sheet closes it too.
  await press(open, testInfo);
  await expect(sheet).toBeVisible();
  const box = await sheet.boundingBox();
  await (testInfo.project.use.hasTouch ? page.touchscreen.tap(box.x + 10, Math.max(2, box.y - 6)) : page.mouse.click(box.x + 10, Math.max(2, box.y - 6)));
  await expect(sheet).toHaveCount(0);

  // Work: the key step gives way to the target; the steps stay a tap away.
  await page.clock.runFor(8_000);
  await expect(region.locator(".player-phase")).toHaveText("Work");
  await expect(region.getByText("Top hip stays stacked over the bottom one.")).toHaveCount(0);
  await expect(open).toBeVisible();
});

test("the steps sheet by keyboard: Enter opens it, Tab stays inside, the arrows skip nothing, Escape closes it", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "keys are for the desktop run");
  await start(page, testInfo);
  const region = player(page);
  const open = region.getByRole("button", { name: "How to do it" });
  await open.focus();
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: "How to do Clamshell" });
  const close = sheet.getByRole("button", { name: "Close" });
  await expect(close).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(sheet.locator("#howto-body")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(close).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(sheet.locator("#howto-body")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press(" ");
  await expect(region.locator(".player-phase")).toHaveText("Get ready");
  await page.keyboard.press("Escape");
  await expect(sheet).toHaveCount(0);
  await expect(open).toBeFocused();
  await expect(region.locator(".player-phase")).toHaveText("Get ready");
});
