// The workout player, run on Playwright's fake clock so a whole routine
// takes seconds: every transition, Done, pause, reload mid-workout, the
// summary and the history entry it leaves.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS, backupKey } from "./support/keys.mjs";
import { FABRIC_KIT, entry, seed, storeText, storedJson, storedSessions, storedText, timed } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { startOnFakeClock } from "./support/workout.mjs";

/** Squats 2 x 5 s (3 s rest), clamshells 12 a side, 2 plantar holds of 3 s. */
const SHORT_ROUTINE = {
  version: 1,
  data: {
    routines: [
      {
        id: 1,
        routine: {
          name: "Track warm-up",
          entries: [
            entry(1, "walking-squat", timed(2, 5, 3), 2),
            entry(2, "clamshell", { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 0, per_side: true }, 1),
            entry(3, "ankle-plantar-flexion", { sets: 1, shape: { holds: { holds: 2, hold_s: 3 } }, rest_s: 0, per_side: false }, 3),
          ],
          circuits: [],
          next_id: 4,
        },
      },
      { id: 2, routine: { name: "Nothing yet", entries: [], circuits: [], next_id: 1 } },
    ],
    next_id: 3,
  },
};

/** Expects the player to show `heading`, `phase` and `timer`. */
async function expectShowing(page, heading, phase, timer) {
  await expect(player(page).getByRole("heading", { level: 1 })).toHaveText(heading);
  await expect(player(page).locator(".player-phase")).toHaveText(phase);
  if (timer !== undefined) await expect(player(page).getByRole("timer")).toHaveText(timer);
}

/**
 * Starts the short routine with the fake clock stopped: from here on time
 * moves only with `runFor` and `fastForward`, so a slow machine can't
 * change what the player shows.
 */
function startShortRoutine(page, testInfo) {
  return startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: SHORT_ROUTINE });
}

test("a whole routine plays through, segment by segment, into history", { tag: "@both" }, async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expectShowing(page, "Walking squat", "Get ready", "0:10");
  await expect(player(page)).toContainText("Grey, medium");
  await expect(player(page)).toContainText("Around the ankles");
  await expect(player(page)).toContainText("Next: Walking squat");

  await page.clock.runFor(10_000);
  await expectShowing(page, "Walking squat", "Work", "0:05");
  await expect(player(page).locator(".player-count")).toHaveText("Set 1 of 2");
  await page.clock.runFor(5_000);
  await expectShowing(page, "Walking squat", "Rest", "0:03");
  await page.clock.runFor(3_000);
  await expect(player(page).locator(".player-count")).toHaveText("Set 2 of 2");
  await page.clock.runFor(5_000);
  await expectShowing(page, "Clamshell", "Get ready", "0:10");
  await expect(player(page)).toContainText("Green, light");

  // Rep sets wait for Done, however long they take.
  await page.clock.runFor(10_000);
  await expectShowing(page, "Clamshell", "Work");
  // The target is the headline; the time in the set is small beside it.
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, left side");
  await page.clock.runFor(60_000);
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, left side");
  await expect(player(page).getByRole("timer", { name: "Time in this set" })).toHaveText("1:00");
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await expectShowing(page, "Clamshell", "Switch sides", "0:05");
  // Done started the switch on a whole second: the screen looks at the
  // clock a moment after each boundary, so step just past it.
  await page.clock.runFor(5_010);
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, right side");
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);

  await expectShowing(page, "Ankle plantar flexion", "Get ready", "0:10");
  await page.clock.runFor(10_010);
  await expectShowing(page, "Ankle plantar flexion", "Work", "0:03");
  await expect(player(page).locator(".player-detail")).toHaveText("Hold 1 of 2");
  await page.clock.runFor(3_000);
  await expectShowing(page, "Ankle plantar flexion", "Release", "0:02");
  await page.clock.runFor(2_000);
  await expect(player(page).locator(".player-detail")).toHaveText("Hold 2 of 2");
  await page.clock.runFor(3_000);

  await expect(page.getByRole("heading", { level: 1, name: "Workout complete" })).toBeVisible();
  await expect(page.getByText("Track warm-up")).toBeVisible();
  const done = page.getByRole("list", { name: "Exercises done" }).getByRole("listitem");
  await expect(done).toHaveCount(3);
  await expect(done.first()).toContainText("2 of 2 sets");
  await expect(done.first()).toContainText("Grey, medium");
  await press(done.nth(1).getByRole("radio", { name: "Too easy" }), testInfo);
  // The clamshell is done each side in turn: each side's reps, prefilled.
  await expect(done.nth(1).getByRole("spinbutton", { name: "Clamshell set 1, right" })).toHaveValue("12");
  await done.nth(1).getByRole("spinbutton", { name: "Clamshell set 1, left" }).fill("15");
  await done.nth(1).getByRole("spinbutton", { name: "Clamshell set 1, left" }).press("Tab");

  await press(page.getByRole("link", { name: "See history" }), testInfo);
  const history = page.getByRole("list", { name: "Workout history" }).getByRole("listitem");
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText("Track warm-up");
  await expect(history.first()).toContainText("3 exercises");
  const stored = await storedSessions(page);
  expect(stored).toHaveLength(1);
  expect(stored[0].finished).toBe(true);
  expect(stored[0].exercises[1]).toMatchObject({ sets_done: 1, rating: "too_easy", actual: null, sides: [[15, 12]] });
  expect(await storedText(page, KEYS.workout)).toBeNull();
});

test("pause stops time, and a reload resumes at the same segment and second", async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  await page.clock.runFor(12_000);
  await expectShowing(page, "Walking squat", "Work", "0:03");
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await expectShowing(page, "Walking squat", "Paused", "0:03");
  await page.clock.runFor(60_000);
  await expect(player(page).getByRole("timer")).toHaveText("0:03");
  await press(player(page).getByRole("button", { name: "Resume" }), testInfo);
  await page.clock.runFor(1_500);
  await expect(player(page).getByRole("timer")).toHaveText("0:02");

  await page.reload();
  await expectShowing(page, "Walking squat", "Paused", "0:02");
  await expect(player(page).locator(".player-count")).toHaveText("Set 1 of 2");
  // Time away from the page does not count.
  await page.clock.runFor(30_000);
  await expect(player(page).getByRole("timer")).toHaveText("0:02");
  await press(player(page).getByRole("button", { name: "Resume" }), testInfo);
  await page.clock.runFor(1_000);
  await expect(player(page).getByRole("timer")).toHaveText("0:01");
  await page.clock.runFor(1_000);
  await expectShowing(page, "Walking squat", "Rest", "0:03");
});

test("elsewhere in the app, a workout in progress offers to resume", async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  await page.clock.runFor(3_000);
  await openApp(page, "#/library");
  const banner = page.getByRole("region", { name: "Workout in progress" });
  await expect(banner).toContainText("Track warm-up");
  await press(banner.getByRole("link", { name: "Resume workout" }), testInfo);
  await expect(player(page)).toBeVisible();
});

test("skip, previous, extra rest and ending early", async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  const extraRest = player(page).getByRole("button", { name: "+15 s rest" });
  await expect(extraRest).toHaveAttribute("aria-disabled", "false");
  await press(extraRest, testInfo);
  await expect(player(page).getByRole("timer")).toHaveText("0:25");
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await expectShowing(page, "Walking squat", "Work", "0:05");
  // During work it stays in place but does nothing. (Playwright waits for
  // an aria-disabled button to be enabled, so the press is forced.)
  await expect(extraRest).toHaveAttribute("aria-disabled", "true");
  await (testInfo.project.use.hasTouch ? extraRest.tap({ force: true }) : extraRest.click({ force: true }));
  await expect(player(page).getByRole("timer")).toHaveText("0:05");
  await press(player(page).getByRole("button", { name: "Previous" }), testInfo);
  await expectShowing(page, "Walking squat", "Get ready", "0:10");
  await page.clock.runFor(12_000);

  await press(player(page).getByRole("button", { name: "End workout" }), testInfo);
  const dialog = page.getByRole("dialog", { name: "End this workout?" });
  await expect(dialog).toBeVisible();
  await press(dialog.getByRole("button", { name: "Keep going" }), testInfo);
  await expect(dialog).toHaveCount(0);
  await expectShowing(page, "Walking squat", "Work");
  await press(player(page).getByRole("button", { name: "End workout" }), testInfo);
  await press(dialog.getByRole("button", { name: "Save and end" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout ended" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Exercises done" }).getByRole("listitem")).toHaveCount(1);
});

test("the keyboard runs the player: Space, arrows and Enter", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Walking squat" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expectShowing(page, "Walking squat", "Work", "0:05");
  await page.keyboard.press("Space");
  await expectShowing(page, "Walking squat", "Paused");
  await page.keyboard.press("Space");
  await expectShowing(page, "Walking squat", "Work");
  await page.keyboard.press("ArrowLeft");
  await expectShowing(page, "Walking squat", "Get ready");
  // To the clamshell's left side, which waits for Done: Enter ends it.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowRight");
  await expectShowing(page, "Clamshell", "Work");
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, left side");
  await page.keyboard.press("Enter");
  await expectShowing(page, "Clamshell", "Switch sides");
});

test("a routine that can't start says why, and nothing changes", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: SHORT_ROUTINE }, "#/routine/2");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(page.getByRole("alert")).toHaveText("This routine has no exercises yet. Add at least one before starting.");
  await expect(player(page)).toHaveCount(0);

  // A routine whose band has left the kit.
  const twoBands = structuredClone(FABRIC_KIT);
  twoBands.data.bands = twoBands.data.bands.filter((band) => band.id !== 2);
  await seed(page, { [KEYS.kit]: twoBands });
  await openApp(page, "#/routine/1");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(page.getByRole("alert")).toContainText("The band for Walking squat is no longer in your kit.");
  expect(await storedText(page, KEYS.workout)).toBeNull();
});

test("a damaged saved workout is kept aside and explained", async ({ page }) => {
  await openApp(page);
  await seed(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: SHORT_ROUTINE });
  await storeText(page, KEYS.workout, "{\"version\":1,\"data\":{\"routine\":");
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("workout in progress could not be read");
  await expect(page.getByRole("region", { name: "Workout in progress" })).toHaveCount(0);
  const kept = await storedText(page, backupKey(KEYS.workout));
  expect(kept).toBe("{\"version\":1,\"data\":{\"routine\":");
  await openApp(page, "#/routines");
  await expect(page.getByRole("list", { name: "Your routines" })).toContainText("Track warm-up");
});

test("cue switches in Settings are saved", async ({ page }, testInfo) => {
  await openApp(page, "#/settings");
  const voice = page.getByRole("checkbox", { name: "Spoken cues" });
  await expect(voice).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Tempo tick during rep sets" })).not.toBeChecked();
  await press(voice, testInfo);
  await expect(voice).not.toBeChecked();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Spoken cues" })).not.toBeChecked();
  const stored = await storedJson(page, KEYS.settings);
  expect(stored.cues).toMatchObject({ voice: false, beeps: true });
});

test("after 30 minutes in the background the player shows exactly where the clock says", async ({ page }, testInfo) => {
  // Three moves of 10 x 60 s with 30 s rest: each takes 10 s of get ready
  // and 10 x 60 + 9 x 30 s, 880 s in all. 1800 s in is 40 s into the
  // third: its get ready is over and its first set has 30 s left.
  const long = structuredClone(SHORT_ROUTINE);
  long.data.routines[0].routine.entries = ["walking-squat", "dead-bug", "glute-bridge"].map((exercise, i) =>
    entry(i + 1, exercise, timed(10, 60, 30), 2),
  );
  await startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: long });
  await expectShowing(page, "Walking squat", "Get ready", "0:10");
  // A hidden tab's timers barely run: jump the clock without firing the
  // ticks in between, then let one tick happen.
  await page.clock.fastForward(30 * 60 * 1000);
  await expectShowing(page, "Glute bridge with band", "Work", "0:30");
  await expect(player(page).locator(".player-count")).toHaveText("Set 1 of 10");
  await page.clock.runFor(30_000);
  await expectShowing(page, "Glute bridge with band", "Rest", "0:30");
});

test("the end dialog keeps the focus on its three buttons, and Escape or a tap outside is Keep going", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  await page.getByRole("button", { name: "End workout" }).click();
  const dialog = page.getByRole("dialog", { name: "End this workout?" });
  await expect(dialog.getByRole("button", { name: "Keep going" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Save and end" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Discard" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Keep going" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Discard" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("button", { name: "End workout" })).toBeFocused();
  await page.getByRole("button", { name: "End workout" }).click();
  await page.mouse.click(5, 5);
  await expect(dialog).toHaveCount(0);
});

test("after Done the focus is on Pause, and the summary takes it at the end", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  for (let i = 0; i < 5; i += 1) await page.keyboard.press("ArrowRight");
  await page.getByRole("button", { name: "Done" }).click();
  // The focus moves at the next frame, which the paused clock holds back.
  await page.clock.runFor(50);
  await expect(page.getByRole("button", { name: "Pause" })).toBeFocused();
  // The arrows still work with a button focused.
  await page.keyboard.press("ArrowRight");
  await expectShowing(page, "Clamshell", "Work");
  await expect(player(page).locator(".player-target")).toHaveText("12 reps, right side");
  // Some time in the set, so that there is a session to sum up.
  await page.clock.runFor(2_000);
  await page.getByRole("button", { name: "End workout" }).click();
  await page.getByRole("button", { name: "Save and end" }).click();
  await page.clock.runFor(50);
  await expect(page.getByRole("heading", { level: 1, name: "Workout ended" })).toBeFocused();
});

test("the focus stays on +15 s rest when the break ends", { tag: "@desktop" }, async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  const extraRest = player(page).getByRole("button", { name: "+15 s rest" });
  await extraRest.focus();
  await page.keyboard.press("Enter");
  await expect(player(page).getByRole("timer")).toHaveText("0:25");
  await page.clock.runFor(25_050);
  await expectShowing(page, "Walking squat", "Work", "0:05");
  await expect(extraRest).toBeFocused();
  await expect(extraRest).toHaveAttribute("aria-disabled", "true");
});

test("two tabs: neither loses the other's workouts", async ({ page, context }, testInfo) => {
  // Real time here: both tabs run on the same clock.
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: SHORT_ROUTINE }, "#/routine/1");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();
  const other = await context.newPage();
  await other.goto(`${process.env.BANDWORK_URL}#/routine/1`);
  // The second tab finds the workout running in the first, and takes it up.
  await press(other.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(other)).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: "Walking squat" })).toBeVisible();
  await other.close();
  // Each tab ends a workout a moment into its first set; history keeps both.
  const endInASet = async (tab) => {
    await press(tab.getByRole("button", { name: "Skip" }), testInfo);
    await tab.waitForTimeout(300);
    await press(tab.getByRole("button", { name: "End workout" }), testInfo);
  };
  await endInASet(page);
  await press(page.getByRole("button", { name: "Save and end" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout ended" })).toBeVisible();
  const second = await context.newPage();
  await second.goto(`${process.env.BANDWORK_URL}#/routine/1`);
  await press(second.getByRole("button", { name: "Start workout" }), testInfo);
  await endInASet(second);
  await press(second.getByRole("button", { name: "Save and end" }), testInfo);
  await expect(second.getByRole("heading", { level: 1, name: /^Workout (ended|complete)$/ })).toBeVisible();
  // The first tab, which loaded history before the second saved, saves a
  // rating: the second tab's session must survive it.
  await press(page.getByRole("list", { name: "Exercises done" }).getByRole("radio", { name: "Too hard" }).first(), testInfo);
  const sessions = await storedSessions(page);
  expect(sessions.length).toBe(2);
  await second.close();
});

test("a workout another tab ended is not brought back by this one", async ({ page }, testInfo) => {
  await startShortRoutine(page, testInfo);
  await expect(player(page).getByRole("heading", { level: 1, name: "Walking squat" })).toBeVisible();
  // Another tab ended it: the stored workout is gone, and the word of it
  // (a storage event) has not reached this tab when the runner acts here.
  await page.evaluate((key) => localStorage.removeItem(key), KEYS.workout);
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout ended in another tab" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("A finished workout is in History.");
  await expect(page.getByRole("main").getByRole("link", { name: "History" })).toBeVisible();
  expect(await storedText(page, KEYS.workout)).toBeNull();
});

test("a tab following a workout says so when another tab ends it", async ({ page, context }, testInfo) => {
  // Real time: both tabs run on the same clock.
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: SHORT_ROUTINE }, "#/routine/1");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();
  // The second tab follows it on the player's screen.
  const other = await context.newPage();
  await other.goto(`${process.env.BANDWORK_URL}#/play`);
  await expect(other.getByRole("heading", { level: 1, name: "Walking squat" })).toBeVisible();
  // Ended a moment into its first set, so there is a session to keep.
  await press(page.getByRole("button", { name: "Skip" }), testInfo);
  await page.waitForTimeout(300);
  await press(page.getByRole("button", { name: "End workout" }), testInfo);
  await press(page.getByRole("button", { name: "Save and end" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: /^Workout (ended|complete)$/ })).toBeVisible();
  await expect(other.getByRole("heading", { level: 1, name: "Workout ended in another tab" })).toBeVisible();
  await expect(other.getByRole("main").getByRole("link", { name: "History" })).toBeVisible();
  await other.close();
});
