// The routine editor's small things a runner trips over: an error that
// outlives its cause, a name cut off unseen, an editor with no way to say
// "done", toasts over the field in use or left over from another screen,
// links drawn as buttons that look like links, a bare file input, and a
// laptop layout that leaves half the screen empty.
import { expect, openApp, openSeeded, press, test } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedRoutines, timed } from "./support/seed.mjs";

const EMPTY = { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: oneRoutine("Empty", []) };
const ONE = { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: oneRoutine("Squats", [entry(1, "walking-squat", timed(2, 30, 20), 2)]) };

test("the start error goes once an exercise is added", async ({ page }, testInfo) => {
  await openSeeded(page, EMPTY, "#/routine/1");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  const error = page.locator(".start-workout").getByRole("alert");
  await expect(error).toContainText("no exercises");
  await press(page.getByRole("button", { name: "Add Clamshell to routine" }), testInfo);
  await expect(page.getByRole("list", { name: "Routine", exact: true }).getByRole("listitem")).toHaveCount(1);
  await expect(error).toHaveCount(0);
});

test("a long name stops at the limit and says so, rather than being cut unseen", async ({ page }) => {
  await openSeeded(page, ONE, "#/routine/1");
  const name = page.getByRole("textbox", { name: "Routine name" });
  await name.fill("Hips ".repeat(20));
  const value = await name.inputValue();
  expect(value.length).toBe(60);
  await expect(page.locator("#routine-name-count")).toHaveText("60 of 60 characters: a name can be no longer.");
  await expect(name).toHaveAttribute("aria-describedby", /routine-name-count/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(value.trim());
  expect((await storedRoutines(page))[0].routine.name).toBe(value.trim());
  await name.fill("Hips");
  await expect(page.locator("#routine-name-count")).toHaveText("");
});

test("Done closes the dose editor and puts focus back on Edit", async ({ page }, testInfo) => {
  await openSeeded(page, ONE, "#/routine/1");
  const edit = page.getByRole("button", { name: "Edit Walking squat" });
  await press(edit, testInfo);
  await expect(edit).toHaveAttribute("aria-expanded", "true");
  await press(page.getByRole("button", { name: "Done editing Walking squat" }), testInfo);
  await expect(page.locator(".entry-editor")).toHaveCount(0);
  await expect(edit).toHaveAttribute("aria-expanded", "false");
  await expect(edit).toBeFocused();
});

test("a hold dose names its sets plainly", async ({ page }, testInfo) => {
  await openSeeded(page, ONE, "#/routine/1");
  await press(page.getByRole("button", { name: "Edit Walking squat" }), testInfo);
  await page.getByRole("combobox", { name: "Dose type for Walking squat" }).selectOption({ label: "One long hold per set" });
  await expect(page.getByRole("spinbutton", { name: "Sets", exact: true })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: "Hold (s)" })).toHaveValue("30");
  await expect(page.getByRole("combobox", { name: "Dose type for Walking squat" }).locator("option")).not.toContainText(["One timed hold"]);
});

test("a toast ends with its screen", async ({ page }, testInfo) => {
  await openSeeded(page, ONE, "#/routine/1");
  await press(page.getByRole("button", { name: "Add Clamshell to routine" }), testInfo);
  const toast = page.locator(".status-toast").filter({ hasText: "Added Clamshell" });
  await expect(toast).toBeVisible();
  await page.waitForTimeout(1_100);
  await press(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "History" }), testInfo);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator(".status-toast")).toHaveText("");
});

test("a toast keeps clear of the field in use", { tag: "@both" }, async ({ page }) => {
  // A short window, as a phone's with its keyboard up.
  const { width } = page.viewportSize();
  await page.setViewportSize({ width, height: 480 });
  await openSeeded(page, ONE, "#/routine/1");
  await page.getByRole("button", { name: "Edit Walking squat" }).click();
  const search = page.getByRole("spinbutton", { name: "Rest between sets (s)" });
  // The field in use low on the screen, as on a phone with the keyboard up.
  await search.evaluate((field) => {
    field.scrollIntoView({ block: "end" });
    field.focus();
  });
  await page.getByRole("button", { name: "Add Clamshell to routine" }).evaluate((button) => button.click());
  const toast = page.locator(".status-toast");
  await expect(toast).toHaveText(/Added Clamshell/);
  await expect(toast).toHaveClass(/at-top/);
  const [field, box] = [await search.boundingBox(), await toast.boundingBox()];
  const overlaps = box.y < field.y + field.height && field.y < box.y + box.height;
  expect(overlaps).toBe(false);
});

test("links drawn as buttons look like buttons, and the import control is one too", { tag: "@both" }, async ({ page }) => {
  await openApp(page, "#/settings");
  const linkButtons = page.locator("a.button");
  await expect(linkButtons.first()).toBeVisible();
  for (const decoration of await linkButtons.evaluateAll((links) => links.map((a) => getComputedStyle(a).textDecorationLine))) {
    expect(decoration).toBe("none");
  }
  const importButton = page.locator("label.file-button");
  await expect(importButton).toHaveText("Import from a file…");
  await expect(importButton).toBeVisible();
  const box = await importButton.boundingBox();
  expect(box.height).toBeGreaterThanOrEqual(44);
  await expect(page.getByLabel("Import from a file")).toHaveAttribute("type", "file");
});

test("on a laptop the routine and the exercises to add sit side by side", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await openSeeded(page, ONE, "#/routine/1");
  const routine = await page.getByRole("list", { name: "Routine", exact: true }).boundingBox();
  const add = await page.locator(".add-panel").boundingBox();
  expect(add.x).toBeGreaterThan(routine.x + routine.width - 1);
  expect(add.y).toBeLessThan(routine.y + 200);
  expect(routine.width + add.width).toBeGreaterThan(900);
});

test("a toast leaves the end of the screen readable", { tag: "@both" }, async ({ page }) => {
  await openSeeded(page, ONE, "#/routine/1");
  const main = page.locator("main");
  const toBottom = () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await toBottom();
  // A confirmation with nothing focused low on the screen: the toast stays at the bottom.
  await page.getByRole("button", { name: "Add Clamshell to routine" }).evaluate((button) => button.click());
  const toast = page.locator(".status-toast");
  await expect(toast).toHaveText(/Added Clamshell/);
  await expect(toast).not.toHaveClass(/at-top/);
  await toBottom();
  // Scrolled to the end, the last of the content is clear of the toast.
  const contentBottom = await main.evaluate((el) => el.getBoundingClientRect().bottom - parseFloat(getComputedStyle(el).paddingBottom));
  const box = await toast.boundingBox();
  expect(contentBottom).toBeLessThanOrEqual(box.y);
});
