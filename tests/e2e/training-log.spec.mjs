// The training log: a runner logs left and right with a note in the
// summary, sees the note the next time that exercise comes up and both
// sides in History and progress, adds a past workout and edits it (with
// Undo), and downloads a FIT file that Garmin's own FIT SDK decodes into
// the same sets.
import { readFile } from "node:fs/promises";
import { Decoder, Stream } from "@garmin/fitsdk";
import { test, expect, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedSessions } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";

/** Clamshell each side in turn: 2 sets of 10 reps, 5 s apart. */
const CLAM = { sets: 2, shape: { reps: { reps: 10 } }, rest_s: 5, per_side: true };
const ROUTINES = oneRoutine("Hips", [entry(1, "clamshell", CLAM, 1)]);
const GREEN = { id: 1, name: "Green, light", swatch: "#2e7d32" };

/** A finished "Hips" on `iso` whose left side did `left` reps a set, the right 10. */
function earlier(iso, left) {
  const at = Date.parse(iso);
  return {
    id: at,
    routine: "Hips",
    started_at: at,
    ended_at: at + 300_000,
    active_s: 240,
    finished: true,
    exercises: [{ exercise: "clamshell", dose: CLAM, bands: [GREEN], sets_done: 2, actual: null, rating: null, sides: [[left, 10], [left, 10]] }],
  };
}

const RECORDS = {
  [KEYS.kit]: FABRIC_KIT,
  [KEYS.routines]: ROUTINES,
  [KEYS.history]: { version: 1, data: { sessions: [earlier("2026-11-14T07:00:00Z", 8), earlier("2026-11-17T07:00:00Z", 8)] } },
};

/** Plays the routine on the fake clock to its summary, pressing Done for each reps set. */
async function playToSummary(page, testInfo) {
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();
  const summary = page.getByRole("heading", { level: 1, name: "Workout complete" });
  for (let step = 0; step < 200 && !(await summary.isVisible()); step += 1) {
    const done = page.getByRole("button", { name: "Done", exact: true });
    if (await done.isVisible()) await press(done, testInfo);
    else await page.clock.runFor(1_000);
  }
  await expect(summary).toBeVisible();
}

function decodeFit(bytes) {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.isFIT()).toBe(true);
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  return messages;
}

test("left and right with a note: saved, shown next time, in History and progress, and in a FIT file Garmin's SDK reads", async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date("2026-11-21T07:30:00") });
  await openSeeded(page, RECORDS, "#/routine/1");
  await playToSummary(page, testInfo);

  // Each side of each set, prefilled from the dose; the left's first set was 8.
  for (const name of ["Clamshell set 1, left", "Clamshell set 1, right", "Clamshell set 2, left", "Clamshell set 2, right"]) {
    await expect(page.getByRole("spinbutton", { name })).toHaveValue("10");
  }
  const left = page.getByRole("spinbutton", { name: "Clamshell set 1, left" });
  await left.fill("8");
  await left.press("Tab");
  const second = page.getByRole("spinbutton", { name: "Clamshell set 2, left" });
  await second.fill("8");
  await second.press("Tab");
  const note = page.getByRole("textbox", { name: "Note for Clamshell" });
  await note.fill("left knee twinged");
  await note.press("Tab");
  await expect.poll(async () => (await storedSessions(page)).at(-1).exercises[0]).toMatchObject({
    sides: [
      [8, 10],
      [8, 10],
    ],
    note: "left knee twinged",
  });
  // A figure that can't be a count is refused in words, and nothing changes.
  await left.fill("-3");
  await left.press("Tab");
  await expect(page.getByRole("alert").filter({ hasText: "Enter a whole number from 0 to 999." })).toBeVisible();
  expect((await storedSessions(page)).at(-1).exercises[0].sides[0]).toEqual([8, 10]);

  // History: both sides and the note in the workout's details.
  await press(page.getByRole("link", { name: "See history" }), testInfo);
  const items = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  const newest = items.first();
  await press(newest.locator("summary"), testInfo);
  await expect(newest).toContainText("left 8, 8 · right 10, 10");
  await expect(newest).toContainText("Note: left knee twinged");

  // Progress: a line per side, and the left named as behind (three sessions running).
  const progress = page.locator(".progress-card");
  await expect(progress.getByText("Left: solid line")).toBeVisible();
  await expect(progress.getByText("Right: dashed line")).toBeVisible();
  await expect(progress).toContainText("Your left side has been more than 10 % behind your right over the last three sessions.");

  // The FIT file: Garmin's SDK reads the same sets back.
  const [download] = await Promise.all([page.waitForEvent("download"), press(newest.getByRole("button", { name: "Export as FIT file" }), testInfo)]);
  expect(download.suggestedFilename()).toBe("bandwork-2026-11-21.fit");
  const bytes = await readFile(await download.path());
  const fit = decodeFit(bytes);
  expect(fit.fileIdMesgs[0].type).toBe("activity");
  expect(fit.sessionMesgs[0]).toMatchObject({ sport: "training", subSport: "strengthTraining", numLaps: 1 });
  expect(fit.activityMesgs[0].numSessions).toBe(1);
  const titles = Object.fromEntries(fit.exerciseTitleMesgs.map((t) => [t.messageIndex, t.wktStepName]));
  const active = fit.setMesgs.filter((s) => s.setType === "active").map((s) => [titles[s.wktStepIndex], s.repetitions]);
  expect(active).toEqual([
    ["Clamshell, left", 8],
    ["Clamshell, right", 10],
    ["Clamshell, left", 8],
    ["Clamshell, right", 10],
  ]);
  expect(fit.setMesgs.filter((s) => s.setType === "rest").length).toBe(3);
  const played = (await storedSessions(page)).at(-1);
  expect(new Date(fit.sessionMesgs[0].startTime).getTime()).toBe(played.started_at - (played.started_at % 1000));
  expect(fit.sessionMesgs[0].totalTimerTime).toBe(played.active_s);

  // Next time the clamshell comes up, the player shows the note.
  await page.evaluate(() => {
    location.hash = "#/routine/1";
  });
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toContainText("Last time: left knee twinged");
});

test("a past workout is added with its figures, then edited, and Undo takes the edit back", async ({ page }, testInfo) => {
  await openSeeded(page, RECORDS, "#/history");
  await press(page.getByRole("button", { name: "Add a past workout" }), testInfo);
  const form = page.getByRole("form", { name: "Add a past workout" });
  await expect(form.getByRole("combobox", { name: "Routine" })).toHaveValue("1");
  // A date in the future is refused in words.
  await form.getByLabel("Date").fill("2099-01-01");
  await form.getByLabel("Time").fill("18:00");
  await press(form.getByRole("button", { name: "Save past workout" }), testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "A past workout can't start later than now." })).toBeVisible();
  expect(await storedSessions(page)).toHaveLength(2);

  await form.getByLabel("Date").fill("2026-11-19");
  // Prefilled from the routine's dose; one set was done, the right did 7.
  await expect(form.getByRole("spinbutton", { name: "Clamshell: sets done" })).toHaveValue("2");
  const sets = form.getByRole("spinbutton", { name: "Clamshell: sets done" });
  await sets.fill("1");
  await sets.press("Tab");
  await expect(form.getByRole("spinbutton", { name: "Clamshell set 2, left" })).toHaveCount(0);
  const right = form.getByRole("spinbutton", { name: "Clamshell set 1, right" });
  await right.fill("7");
  await right.press("Tab");
  await press(form.getByRole("radio", { name: "Just right" }), testInfo);
  const note = form.getByRole("textbox", { name: "Note for Clamshell" });
  await note.fill("at the park");
  await note.press("Tab");
  await press(form.getByRole("button", { name: "Save past workout" }), testInfo);
  await expect(page.getByRole("region", { name: "Undo" })).toContainText("Added the Hips workout.");

  // Placed among the others by date: the latest of three here.
  const stored = await storedSessions(page);
  expect(stored).toHaveLength(3);
  const added = stored[2];
  expect(new Date(added.started_at).toISOString()).toBe(new Date("2026-11-19T18:00:00").toISOString());
  expect(added.exercises[0]).toMatchObject({ sets_done: 1, sides: [[10, 7]], rating: "just_right", note: "at the park" });
  expect(stored.map((s) => s.started_at)).toEqual([...stored.map((s) => s.started_at)].sort((a, b) => a - b));

  // Edit it from its details: the note and a figure; then Undo.
  const items = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  const newest = items.first();
  await press(newest.locator("summary"), testInfo);
  await expect(newest).toContainText("Note: at the park");
  await press(newest.getByRole("button", { name: "Edit" }), testInfo);
  const edit = newest.getByRole("form", { name: "Edit this workout" });
  await expect(edit.getByRole("spinbutton", { name: "Clamshell set 1, right" })).toHaveValue("7");
  const editRight = edit.getByRole("spinbutton", { name: "Clamshell set 1, right" });
  await editRight.fill("9");
  await editRight.press("Tab");
  const editNote = edit.getByRole("textbox", { name: "Note for Clamshell" });
  await editNote.fill("at the park, windy");
  await editNote.press("Tab");
  await press(edit.getByRole("button", { name: "Save changes" }), testInfo);
  await expect(page.getByRole("region", { name: "Undo" })).toContainText("Saved the changes to the Hips workout.");
  await expect(newest).toContainText("Note: at the park, windy");
  await expect(newest).toContainText("left 10 · right 9");
  expect((await storedSessions(page))[2].exercises[0]).toMatchObject({ sides: [[10, 9]], note: "at the park, windy" });

  await press(page.getByRole("region", { name: "Undo" }).getByRole("button", { name: "Undo" }), testInfo);
  await expect.poll(async () => (await storedSessions(page))[2].exercises[0]).toMatchObject({ sides: [[10, 7]], note: "at the park" });
  await expect(newest).toContainText("Note: at the park");
  await expect(newest).not.toContainText("windy");
});
