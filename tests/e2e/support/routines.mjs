// The Routines screen and the routine editor, on a Playwright page: adding
// a starter routine, opening it, and the order of the routine's entries.
import { expect, openApp, press } from "./app.mjs";
import { routineEntryNames } from "./ui.mjs";

/**
 * On the Routines screen: adds the starter routine `name`, and waits for
 * the announcement and for its card in "Your routines".
 */
export async function addStarter(page, testInfo, name) {
  await press(page.getByRole("button", { name: `Add ${name} to my routines` }), testInfo);
  await expect(page.getByRole("status")).toHaveText(`Added ${name} to your routines.`);
  await expect(page.getByRole("list", { name: "Your routines" }).getByRole("link", { name, exact: true })).toBeVisible();
}

/** Adds the starter routine `name` from the Routines screen and opens it in the editor. */
export async function openStarter(page, testInfo, name) {
  await openApp(page, "#/routines");
  await addStarter(page, testInfo, name);
  await press(page.getByRole("list", { name: "Your routines" }).getByRole("link", { name, exact: true }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Waits until the routine being edited shows exactly these exercises, in this order. */
export async function expectOrder(page, names) {
  await expect(routineEntryNames(page)).toHaveText(names);
}
