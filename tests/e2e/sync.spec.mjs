// Two tabs of the app stay in step: what one saves shows in the other
// without a reload, and neither saves stale data over the other's.
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, seed, storedRoutines } from "./support/seed.mjs";

test("a routine added and a theme chosen in one tab show in the other", async ({ page, context }, testInfo) => {
  await openApp(page);
  await seed(page, { [KEYS.kit]: FABRIC_KIT });
  const other = await context.newPage();
  await other.goto(`${process.env.BANDWORK_URL}#/routines`);
  await expect(other.getByRole("heading", { level: 1, name: "Routines" })).toBeVisible();

  await openApp(page, "#/routines");
  await press(page.getByRole("button", { name: "Add Hips and feet to my routines" }), testInfo);
  await expect(other.getByRole("list", { name: "Your routines" })).toContainText("Hips and feet");

  // The other tab adds one too: the first tab's routine must survive.
  await press(other.getByRole("button", { name: "Add Mini band eight to my routines" }), testInfo);
  await expect(page.getByRole("list", { name: "Your routines" })).toContainText("Mini band eight");
  const names = (await storedRoutines(page)).map((r) => r.routine.name);
  expect(names).toEqual(["Hips and feet", "Mini band eight"]);

  await openApp(page, "#/settings");
  await press(page.getByRole("radio", { name: "Dark" }), testInfo);
  await expect(other.locator("html")).toHaveAttribute("data-theme", "dark");
  await other.close();
});
