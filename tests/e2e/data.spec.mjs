// Your data: export everything as JSON and the history as CSV, import an
// export into a fresh browser with a preview, never twice, and a wrong
// file that only explains itself.
import { readFile } from "node:fs/promises";
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, sampleSession, storedData } from "./support/seed.mjs";

const session = (iso, routine) => sampleSession(iso, routine, { deadBugSets: 2 });

const HISTORY = {
  version: 1,
  data: {
    sessions: [
      session("2026-11-03T07:00:00Z", "Hips and feet"),
      session("2026-11-05T07:00:00Z", "Hips and feet"),
      session("2026-11-10T07:00:00Z", "=cmd|' /C calc'!A0"),
    ],
  },
};

const ROUTINES = {
  version: 1,
  data: {
    routines: [
      {
        id: 1,
        routine: {
          name: "Hips and feet",
          entries: [
            {
              id: 1,
              exercise: "clamshell",
              dose: { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: true },
              bands: { main: 2, stacked: null },
              circuit: null,
            },
          ],
          circuits: [],
          next_id: 2,
        },
      },
      { id: 2, routine: { name: "Evening, core", entries: [], circuits: [], next_id: 0 } },
    ],
    next_id: 3,
  },
};

async function seeded(page) {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES, [KEYS.history]: HISTORY }, "#/settings");
}

async function downloadFrom(page, name, testInfo) {
  const downloading = page.waitForEvent("download");
  await press(page.getByRole("button", { name }), testInfo);
  const download = await downloading;
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

async function pick(page, name, text, mimeType = "application/json") {
  await page.getByLabel("Import from a file").setInputFiles({ name, mimeType, buffer: Buffer.from(text) });
}

test("an export imported into a fresh browser gives the same data, once", async ({ page, browser }, testInfo) => {
  await seeded(page);
  const file = await downloadFrom(page, "Export all data", testInfo);
  expect(file.name).toMatch(/^bandwork-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(file.text);
  expect(exported).toMatchObject({ format: "bandwork-export", version: 1 });
  expect(exported.history).toEqual(HISTORY.data);
  expect(exported).not.toHaveProperty("settings");

  const context = await browser.newContext(testInfo.project.use);
  const fresh = await context.newPage();
  const problems = [];
  fresh.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  fresh.on("pageerror", (e) => problems.push(e.message));
  await openApp(fresh, "#/settings");
  const before = await storedData(fresh);

  await pick(fresh, file.name, file.text);
  const preview = fresh.getByRole("group", { name: "Import preview" });
  await expect(preview).toHaveText(/3 workouts and 2 routines are new\./);
  await expect(preview.getByText(/are new/), "the preview is read out first").toBeFocused();
  expect(await storedData(fresh), "nothing changes before Import").toEqual(before);
  await press(preview.getByRole("button", { name: "Import" }), testInfo);
  await expect(fresh.getByRole("status")).toHaveText("Imported 3 workouts and 2 routines.");
  await expect(fresh.getByLabel("Import from a file")).toBeFocused();
  await expect(preview).toHaveCount(0);
  const imported = await storedData(fresh);
  expect(imported[KEYS.kit]).toEqual(FABRIC_KIT.data);
  expect(imported[KEYS.routines]).toEqual(ROUTINES.data);
  expect(imported[KEYS.history]).toEqual(HISTORY.data);

  // The routines show up in the app too.
  await openApp(fresh, "#/routines");
  await expect(fresh.getByRole("link", { name: "Evening, core", exact: true })).toBeVisible();
  await openApp(fresh, "#/settings");

  // The same file again adds nothing.
  await pick(fresh, file.name, file.text);
  await expect(preview).toHaveText(/Everything in this file is already here/);
  await press(preview.getByRole("button", { name: "Import" }), testInfo);
  await expect(fresh.getByRole("status")).toHaveText("Imported 0 workouts and 0 routines.");
  expect(await storedData(fresh)).toEqual(imported);

  // Cancel leaves everything as it was.
  await pick(fresh, file.name, file.text);
  await press(preview.getByRole("button", { name: "Cancel" }), testInfo);
  await expect(fresh.getByRole("status")).toHaveText("Import cancelled. Nothing changed.");
  expect(await storedData(fresh)).toEqual(imported);

  expect(problems, "the fresh page stayed clean").toEqual([]);
  await context.close();
});

test("the history as CSV: a header and a row per exercise", async ({ page }, testInfo) => {
  await seeded(page);
  const file = await downloadFrom(page, "Export history as CSV", testInfo);
  expect(file.name).toMatch(/^bandwork-history-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = file.text.split("\r\n");
  expect(lines[0]).toBe(
    "date,routine,duration_s,finished,exercise,exercise_name,sets_done,planned_sets,planned_amount,unit,actual,rating,bands,left,right,note",
  );
  expect(lines).toHaveLength(1 + 3 * 2 + 1);
  // A move done by side, its sides not given: each side did the 14.
  expect(lines[1]).toBe("2026-11-03T07:00:00Z,Hips and feet,845,true,clamshell,Clamshell,3,3,12,reps,14,Too easy,\"Grey, medium\",14 14 14,14 14 14,");
  expect(lines[2]).toBe("2026-11-03T07:00:00Z,Hips and feet,845,true,dead-bug,Dead bug with band,2,3,30,seconds of work,,,,,,");
  expect(lines[5]).toMatch(/^2026-11-10T07:00:00Z,'=cmd\|' \/C calc'!A0,845,/);
  await expect(page.getByRole("status")).toHaveText("Your history is downloading.");
});

test("a wrong or damaged file shows why and changes nothing", async ({ page }, testInfo) => {
  await seeded(page);
  const before = await storedData(page);

  await pick(page, "notes.txt", "hello", "text/plain");
  await expect(page.getByRole("alert")).toHaveText(
    "This file is not a Bandwork export: it is not JSON data. Nothing was imported.",
  );
  await expect(page.getByRole("group", { name: "Import preview" })).toHaveCount(0);

  const damaged = JSON.stringify({ format: "bandwork-export", version: 1, exported_at: 1, kit: null, routines: 5, history: { sessions: [] } });
  await pick(page, "bandwork-2026-11-19.json", damaged);
  await expect(page.getByRole("alert")).toHaveText(
    "This Bandwork export is damaged: its routines could not be read. Nothing was imported.",
  );
  await pick(page, "newer.json", JSON.stringify({ format: "bandwork-export", version: 9 }));
  await expect(page.getByRole("alert")).toContainText("newer version of Bandwork");
  expect(await storedData(page)).toEqual(before);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  expect(await storedData(page)).toEqual(before);
});

test("the data card says whether the browser keeps the data, and asks it to", async ({ page }, testInfo) => {
  // The browser's answer is stood in for: Chromium decides on its own
  // (headless, it says no), and a test must see both answers.
  await page.addInitScript(() => {
    navigator.storage.persisted = async () => sessionStorage.getItem("kept") === "yes";
    navigator.storage.persist = async () => {
      sessionStorage.setItem("kept", "yes");
      return true;
    };
  });
  await openApp(page, "#/settings");
  await expect(page.getByText("This browser may clear your Bandwork data")).toBeVisible();
  await press(page.getByRole("button", { name: "Ask the browser to keep my data" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("The browser will keep your data.");
  await expect(page.getByText("This browser has agreed to keep your Bandwork data until you delete it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask the browser to keep my data" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("This browser has agreed to keep your Bandwork data")).toBeVisible();
});

test("a browser that says no is told plainly, and the button stays", async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    navigator.storage.persisted = async () => false;
    navigator.storage.persist = async () => false;
  });
  await openApp(page, "#/settings");
  await press(page.getByRole("button", { name: "Ask the browser to keep my data" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("The browser did not agree to keep your data. Export a copy to be safe.");
  await expect(page.getByRole("button", { name: "Ask the browser to keep my data" })).toBeVisible();
});
