// Accessibility audits: axe-core on every screen and on the states people
// reach there (open editors, dialogs, the player running and paused, the
// summary), each state in the light and then the dark palette. A test fails
// on any violation axe rates serious or critical, and prints each one.
//
// The palette comes from the device (Playwright's emulateMedia, which sets
// prefers-color-scheme) with the app left on "Match my device": the state is
// reached once and audited in both palettes, since the app's colours follow
// the media query at once (light-dark() in style/main.css). One more test
// picks Dark in the app's own settings on a light device.
import { readFile } from "node:fs/promises";
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { axeViolations, settled } from "./support/axe.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, sampleSession, storeText, timed } from "./support/seed.mjs";
import { player, routineList } from "./support/ui.mjs";

const START = new Date("2026-11-19T07:30:00");

/** One round's clamshells: three rounds make sampleSession's 3 x 12 a side. */
const CLAMSHELL = { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: true };

/** "Hips" has a stacked band, a circuit and a per-side move; "Spare" is empty. */
const ROUTINES = {
  version: 1,
  data: {
    routines: [
      {
        id: 1,
        routine: {
          name: "Hips",
          entries: [
            { id: 1, exercise: "walking-squat", dose: timed(2, 60, 30), bands: { main: 2, stacked: 1 }, circuit: null },
            // The dose of sampleSession's clamshell, so the editor suggests a step.
            { id: 2, exercise: "clamshell", dose: CLAMSHELL, bands: { main: 2, stacked: null }, circuit: 1 },
            { id: 3, exercise: "dead-bug", dose: timed(1, 30, 0), bands: { main: null, stacked: null }, circuit: 1 },
          ],
          circuits: [{ id: 1, rounds: 3, transition_s: 10, round_rest_s: 30 }],
          next_id: 4,
        },
      },
      { id: 2, routine: { name: "Spare", entries: [], circuits: [], next_id: 1 } },
    ],
    next_id: 3,
  },
};

/** Five workouts over three weeks; the last ended early. The first one is
 * the "Hips" routine's, so its editor suggests a step up. */
const HISTORY = {
  version: 1,
  data: {
    sessions: [
      sampleSession("2026-11-03T07:00:00Z", "Hips"),
      sampleSession("2026-11-05T07:00:00Z", "Hips and feet"),
      sampleSession("2026-11-10T07:00:00Z", "Runner's ten, quick"),
      sampleSession("2026-11-12T18:00:00Z", "Hips"),
      sampleSession("2026-11-17T07:00:00Z", "Evening core", { finished: false, deadBugSets: 0 }),
    ],
  },
};

// Each state is audited twice (light, dark): more than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const DATA = { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES, [KEYS.history]: HISTORY };

/** One line per violation: rule, impact, what axe says to do, and where. */
function describe(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} [${v.nodes.map((n) => n.target.join(" ")).join(", ")}]`);
}

/** The device palettes every state is audited in, in this order. */
const PALETTES = ["light", "dark"];

/** The axe rules whose outcome depends on the palette. */
const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Runs axe on the page as it is now, in each of `palettes` (the device's
 * prefers-color-scheme), and leaves the page in the first. Serious and
 * critical violations fail the test (softly, so every state of the test is
 * audited and reported); lesser ones are attached to the report.
 */
async function audit(page, testInfo, state, palettes = PALETTES) {
  for (const palette of palettes) {
    await page.emulateMedia({ colorScheme: palette });
    // Let transitions (toasts, dialogs, colours) end, so colours are final.
    await settled(page);
    // Only colours change with the palette: after the first, the colour rules.
    const violations = await axeViolations(page, palette === palettes[0] ? null : COLOUR_RULES);
    const blocking = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    const minor = violations.filter((v) => !blocking.includes(v));
    const where = `${state} (${palette})`;
    if (minor.length) {
      await testInfo.attach(`axe minor: ${where}`, { body: describe(minor).join("\n"), contentType: "text/plain" });
    }
    expect.soft(describe(blocking), `axe: serious or critical violations on ${where}`).toEqual([]);
  }
  if (palettes.length > 1) await page.emulateMedia({ colorScheme: palettes[0] });
}

/**
 * Runs `audits` with the page's (fake) clock held at its present time, its
 * timers still running as axe needs them, then lets time go on from there:
 * a short phase of the player stays on screen however long axe takes.
 */
async function whileHeld(page, audits) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.setFixedTime(now);
  await audits();
  await page.clock.setSystemTime(now);
}

/** Starts "Hips" on the fake clock and gives the player's region. */
async function startHips(page, testInfo) {
  await page.clock.install({ time: START });
  await openWithData(page, "#/routine/1");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  const region = player(page);
  await expect(region).toBeVisible();
  return region;
}

/** Opens the app on `hash` with the test data, and waits for the screen's heading. */
async function openWithData(page, hash, data = DATA) {
  await openSeeded(page, data, hash);
  await expect(page.locator("main h1")).toBeVisible();
}

test("library and an exercise's page", { tag: "@both" }, async ({ page }, testInfo) => {
  await openWithData(page, "#/library");
  await expect(page.getByRole("list", { name: "Exercise library" })).toBeVisible();
  await audit(page, testInfo, `library`);
  await page.getByRole("searchbox", { name: "Search exercises" }).fill("glute");
  await audit(page, testInfo, `library, filtered`);
  await openApp(page, "#/library/clamshell");
  await expect(page.getByRole("heading", { level: 1, name: "Clamshell" })).toBeVisible();
  await audit(page, testInfo, `exercise page`);
});

test("routines and the Undo bar", async ({ page }, testInfo) => {
  await openWithData(page, "#/routines");
  await expect(page.getByRole("list", { name: "Your routines" })).toBeVisible();
  await audit(page, testInfo, `routines`);
  await press(page.getByRole("button", { name: "Delete Spare" }), testInfo);
  await expect(page.getByRole("button", { name: "Undo" })).toBeVisible();
  await audit(page, testInfo, `routines with Undo`);
});

test("routine editor: entries, an open entry, sharing, a name error", { tag: "@both" }, async ({ page }, testInfo) => {
  await openWithData(page, "#/routine/1");
  await expect(routineList(page).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Suggestions" })).toBeVisible();
  await audit(page, testInfo, `routine editor`);
  await press(page.getByRole("button", { name: "Edit Clamshell" }), testInfo);
  await expect(page.getByRole("radiogroup", { name: "Band for Clamshell" })).toBeVisible();
  await press(page.getByRole("button", { name: "Share routine" }), testInfo);
  await expect(page.getByRole("textbox", { name: "Share link" })).toBeVisible();
  await page.getByRole("textbox", { name: "Routine name" }).fill("Spare");
  await expect(page.locator("#routine-name-error")).toBeVisible();
  await audit(page, testInfo, `routine editor, entry open, share panel, name error`);
  await openApp(page, "#/routine/2");
  await expect(page.getByText("No exercises yet")).toBeVisible();
  await audit(page, testInfo, `empty routine`);
});

test("workout player: running, paused, waiting for Done, ending, summary", { tag: "@both" }, async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // The fake clock keeps running in real time (axe needs its timers),
  // and the squat's long segments outlast an audit; fastForward jumps.
  const region = await startHips(page, testInfo);
  // Get ready lasts 10 s of a clock that runs in real time: held for the audits.
  await whileHeld(page, async () => {
    await audit(page, testInfo, `player, get ready`);
    await press(region.getByRole("button", { name: "How to do it" }), testInfo);
    await expect(page.getByRole("dialog", { name: /^How to do/ })).toBeVisible();
    await audit(page, testInfo, `player, the steps sheet`);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog", { name: /^How to do/ })).toHaveCount(0);
  });
  await expect(region.locator(".player-phase")).toHaveText("Get ready");
  await page.clock.fastForward(10_000);
  await expect(region.locator(".player-phase")).toHaveText("Work");
  await audit(page, testInfo, `player, work`);
  await page.clock.fastForward(60_000);
  await expect(region.locator(".player-phase")).toHaveText("Rest");
  await audit(page, testInfo, `player, rest`);
  await press(region.getByRole("button", { name: "Pause" }), testInfo);
  await expect(region.locator(".player-phase")).toHaveText("Paused");
  await audit(page, testInfo, `player, paused`);
  await press(region.getByRole("button", { name: "Resume" }), testInfo);
  // On to the clamshell's first set, which waits for Done.
  const done = region.getByRole("button", { name: "Done" });
  for (let i = 0; i < 10 && !(await done.isVisible()); i += 1) {
    await press(region.getByRole("button", { name: "Skip" }), testInfo);
    await done.waitFor({ timeout: 1000 }).catch(() => {});
  }
  await expect(done).toBeVisible();
  await audit(page, testInfo, `player, rep set waiting for Done`);

  // Elsewhere, the banner offering to resume.
  await openApp(page, "#/library");
  await expect(page.getByRole("region", { name: "Workout in progress" })).toBeVisible();
  await audit(page, testInfo, `library with a workout in progress`);
  await press(page.getByRole("link", { name: "Resume workout" }), testInfo);

  await press(page.getByRole("button", { name: "End workout" }), testInfo);
  await expect(page.getByRole("dialog", { name: "End this workout?" })).toBeVisible();
  await audit(page, testInfo, `end dialog`);
  await press(page.getByRole("button", { name: "Save and end" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout ended" })).toBeVisible();
  await audit(page, testInfo, `summary`);
});

test("workout player: 3-2-1, switch sides, change over, round rest, discarded", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const region = await startHips(page, testInfo);
  const phase = region.locator(".player-phase");
  // +15 s on each break keeps it on screen while axe looks.
  const longer = () => press(region.getByRole("button", { name: "+15 s rest" }), testInfo);
  // What the screen says about the segment: it changes with each Skip.
  const said = () => region.locator(".player-head, .player-info h1, .player-target, .player-detail").allTextContents();
  const skipTo = async (name) => {
    for (let i = 0; i < 20 && (await phase.textContent()) !== name; i += 1) {
      const before = (await said()).join("|");
      await press(region.getByRole("button", { name: "Skip" }), testInfo);
      await expect.poll(async () => (await said()).join("|")).not.toBe(before);
    }
    await expect(phase).toHaveText(name);
  };
  // The 3-2-1 lasts three seconds of the clock, which otherwise runs in
  // real time while axe looks: its time is held (timers still run, as axe
  // needs them) for the audits, and it must still be showing when they end.
  const countdown = region.getByRole("timer", { name: "Work starts in" });
  // Four seconds before work; the count shows from three.
  await page.clock.fastForward(6_000);
  await expect(countdown).toBeVisible();
  await whileHeld(page, () => audit(page, testInfo, `player, 3-2-1`));
  await expect(countdown).toBeVisible();
  await skipTo("Switch sides");
  await longer();
  await audit(page, testInfo, `player, switch sides`);
  await skipTo("Change over");
  await longer();
  await audit(page, testInfo, `player, change over`);
  await skipTo("Rest between rounds");
  await longer();
  await audit(page, testInfo, `player, rest between rounds`);
  await press(region.getByRole("button", { name: "End workout" }), testInfo);
  await press(page.getByRole("button", { name: "Discard" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Workout discarded" })).toBeVisible();
  await audit(page, testInfo, `workout discarded`);
});

test("history with workouts, one opened", { tag: "@both" }, async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  await openWithData(page, "#/history");
  const items = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  await expect(items).toHaveCount(5);
  await press(items.first().locator("summary"), testInfo);
  await expect(items.first().getByRole("button", { name: "Delete this workout" })).toBeVisible();
  await audit(page, testInfo, `history`);
  // A month on, the backup reminder shows too.
  await page.clock.fastForward(20 * 86_400_000);
  await page.reload();
  await expect(page.getByRole("region", { name: "Backup reminder" })).toBeVisible();
  await audit(page, testInfo, `history with the backup reminder`);
  // Progress by exercise, its table open.
  const progress = page.locator(".progress-card");
  await progress.getByRole("combobox", { name: "Exercise" }).selectOption({ label: "Dead bug with band" });
  await press(progress.getByText("Show as a table"), testInfo);
  await expect(progress.getByRole("table")).toBeVisible();
  await audit(page, testInfo, `history, progress chart and table`);
  // A record damaged by hand: the notice with its download button.
  await storeText(page, KEYS.routines, "{\"version\":2,\"da");
  await page.reload();
  await expect(page.getByRole("button", { name: "Download the kept copy" })).toBeVisible();
  await audit(page, testInfo, `notice about unreadable routines`);
});

test("history with one workout, rated again from its details", async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  await openWithData(page, "#/history", { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: { version: 1, data: { sessions: [sampleSession("2026-11-17T07:00:00Z", "Hips")] } } });
  // One session: the chart with one label per lane and one date.
  await expect(page.locator(".chart-dates span")).toHaveCount(1);
  const item = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  await press(item.locator("summary"), testInfo);
  await press(item.getByRole("group", { name: "How did Dead bug with band feel?" }).getByRole("radio", { name: "Just right" }), testInfo);
  await expect(page.getByRole("status")).toContainText("Saved: Dead bug with band felt just right.");
  await audit(page, testInfo, `history, one workout rated from its details`);
});

test("your week, and Today on the first screen", { tag: "@both" }, async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  const plan = JSON.parse(await readFile(new URL("../fixtures/v3/plan.json", import.meta.url), "utf8"));
  await openWithData(page, "#/plan", { ...DATA, [KEYS.plan]: plan });
  await expect(page.getByRole("group", { name: "Sunday" })).toBeVisible();
  await audit(page, testInfo, `your week`);
  const minutes = page.getByRole("spinbutton", { name: "Minutes of running on Tuesday" });
  await minutes.fill("5000");
  await minutes.blur();
  await expect(page.getByRole("alert").filter({ hasText: "Minutes must be" })).toBeVisible();
  await press(page.getByText("How the plan is made"), testInfo);
  await audit(page, testInfo, `your week, a field error and the rules open`);
  await openApp(page, "#/library");
  await expect(page.getByRole("region", { name: "Today" })).toBeVisible();
  await audit(page, testInfo, `library with Today`);
});

test("training log: a workout being edited, Add a past workout, two sides in progress", async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  const sided = sampleSession("2026-11-17T07:00:00Z", "Hips");
  sided.exercises[0].sides = [
    [10, 12],
    [9, 12],
    [10, 12],
  ];
  sided.exercises[0].note = "left knee twinged";
  await openWithData(page, "#/history", { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES, [KEYS.history]: { version: 1, data: { sessions: [sided] } } });
  await expect(page.getByText("Left: solid line")).toBeVisible();
  const item = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  await press(item.locator("summary"), testInfo);
  await press(item.getByRole("button", { name: "Edit" }), testInfo);
  await expect(item.getByRole("form", { name: "Edit this workout" })).toBeVisible();
  await audit(page, testInfo, `history, a workout being edited`);
  await press(page.getByRole("button", { name: "Add a past workout" }), testInfo);
  await expect(page.getByRole("form", { name: "Add a past workout" })).toBeVisible();
  await audit(page, testInfo, `history, Add a past workout`);
});

test("settings with the data card and an import preview", async ({ page }, testInfo) => {
  await openWithData(page, "#/settings");
  await expect(page.getByRole("heading", { name: "Your data" })).toBeVisible();
  await audit(page, testInfo, `settings`);
  const backup = {
    format: "bandwork-export",
    version: 1,
    exported_at: START.getTime(),
    kit: FABRIC_KIT.data,
    routines: { routines: [], next_id: 1 },
    history: { sessions: [sampleSession("2026-10-01T07:00:00Z", "Older")] },
  };
  await page.getByLabel("Import from a file").setInputFiles({
    name: "bandwork.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByRole("group", { name: "Import preview" })).toBeVisible();
  await audit(page, testInfo, `settings, import preview`);
  await page.getByLabel("Import from a file").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await expect(page.getByRole("alert")).toContainText("not a Bandwork export");
  await audit(page, testInfo, `settings, import error`);
});

test("settings' voice and beep volume, and the editor's moves with no band", async ({ page }, testInfo) => {
  // Two voices, as a device with voices has them.
  await page.addInitScript(() => {
    const voices = [
      { name: "Daniel", voiceURI: "urn:test:daniel", lang: "en-GB", default: false },
      { name: "Samantha", voiceURI: "urn:test:samantha", lang: "en-US", default: true },
    ];
    Object.defineProperty(speechSynthesis, "getVoices", { value: () => voices, configurable: true });
  });
  await openWithData(page, "#/settings");
  await expect(page.getByRole("combobox", { name: "Voice" })).toBeVisible();
  await expect(page.getByRole("slider", { name: "Beep volume" })).toBeVisible();
  await audit(page, testInfo, `settings, voices and beep volume`);

  const mini = { version: 1, data: { bands: [{ id: 1, colour: { name: "Blue", swatch: "#1565c0" }, label: "light", band_type: "mini_loop", pounds: null }], next_id: 2 } };
  const routine = (exercises) => ({
    version: 1,
    data: {
      routines: [{ id: 1, routine: { name: "Gaps", entries: exercises.map((exercise, i) => ({ id: i + 1, exercise, dose: CLAMSHELL, bands: { main: null, stacked: null }, circuit: null })), circuits: [], next_id: 3 } }],
      next_id: 2,
    },
  });
  await openWithData(page, "#/routine/1", { [KEYS.kit]: mini, [KEYS.routines]: routine(["standing-hip-abduction", "seated-hamstring-stretch"]) });
  await expect(page.getByRole("button", { name: "Swap for Clamshell" })).toBeVisible();
  await audit(page, testInfo, `routine editor, moves with no band`);
});

test("band kit: first use, the kit, the band form, the remove dialog", async ({ page }, testInfo) => {
  await openApp(page, "#/bands");
  await expect(page.getByRole("list", { name: "Ready-made band sets" })).toBeVisible();
  await audit(page, testInfo, `band kit, first use`);
  await openWithData(page, "#/bands");
  await expect(page.getByRole("list", { name: "Band kit" })).toBeVisible();
  await audit(page, testInfo, `band kit`);
  await press(page.getByRole("button", { name: "Add a band" }), testInfo);
  await press(page.getByRole("button", { name: "Add band", exact: true }), testInfo);
  await expect(page.getByRole("alert").filter({ hasText: "Give the band a colour name" })).toBeVisible();
  await audit(page, testInfo, `band kit, add form with errors`);
  await press(page.getByRole("button", { name: "Cancel" }), testInfo);
  // Grey is in a routine, so removing it asks what to use instead.
  await press(page.getByRole("button", { name: "Remove Grey, medium" }), testInfo);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await audit(page, testInfo, `band kit, remove dialog`);
});

test("first run: the offer, bands skipped, a missing band type", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page, "#/library");
  await expect(page.getByRole("heading", { name: "New to Bandwork?" })).toBeVisible();
  await audit(page, testInfo, `library, first visit`);
  await openApp(page, "#/start");
  await expect(page.getByRole("heading", { name: "1. Choose your bands" })).toBeVisible();
  await press(page.getByRole("button", { name: "Skip bands for now" }), testInfo);
  await page.getByRole("radio", { name: /Post-run stretch/ }).check();
  await expect(page.getByRole("button", { name: "Start Post-run stretch" })).toBeVisible();
  await audit(page, testInfo, `first run, bands skipped, a starter picked`);
  await press(page.getByRole("button", { name: "Use these bands: Mini loop bands, set of 5" }), testInfo);
  await expect(page.getByText(/No flat band in your kit for Seated hamstring stretch/)).toBeVisible();
  await audit(page, testInfo, `first run, mini loops, a band type missing`);
});

test("the Add chooser, a note for a missing band type, a shared link with no kit", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openWithData(page, "#/library");
  await press(page.getByRole("button", { name: "Add Clamshell to routine" }), testInfo);
  await expect(page.getByRole("dialog", { name: "Add Clamshell to" })).toBeVisible();
  await audit(page, testInfo, `library, Add chooser open`);
  await openApp(page, "#/library/ankle-dorsiflexion");
  await expect(page.getByText("No flat band in your kit")).toBeVisible();
  await press(page.getByRole("button", { name: "Add Ankle dorsiflexion to routine" }), testInfo);
  await expect(page.getByRole("dialog", { name: "Add Ankle dorsiflexion to" })).toBeVisible();
  await audit(page, testInfo, `exercise page, no band of its type, Add chooser open`);

  await press(page.getByRole("link", { name: "Routines" }), testInfo);
  await openApp(page, "#/routine/1");
  await press(page.getByRole("button", { name: "Share routine" }), testInfo);
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await page.reload();
  await expect(page.getByRole("list", { name: "The sender's bands" })).toBeVisible();
  await audit(page, testInfo, `shared routine opened with no kit`);
});

test("own exercises: the form with errors, the library's Yours, an own exercise's page and its delete dialog", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await openWithData(page, "#/exercise/new");
  await expect(page.getByRole("heading", { level: 1, name: "New exercise" })).toBeVisible();
  await audit(page, testInfo, `own exercise form`);
  await page.getByRole("textbox", { name: "Video link" }).fill("http://example.org");
  await press(page.getByRole("button", { name: "Save exercise" }), testInfo);
  await expect(page.getByText("Give the exercise a name.")).toBeVisible();
  await audit(page, testInfo, `own exercise form with errors`);
  await page.getByRole("textbox", { name: "Exercise name" }).fill("Hip airplane");
  await page.getByRole("textbox", { name: "Steps" }).fill("Stand tall.\nOpen the hips.");
  await page.getByRole("textbox", { name: "Video link" }).fill("https://example.org/v");
  await press(page.getByRole("button", { name: "Save exercise" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Hip airplane" })).toBeVisible();
  await audit(page, testInfo, `own exercise page`);
  await press(page.getByRole("button", { name: "Delete exercise" }), testInfo);
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await audit(page, testInfo, `own exercise delete dialog`);
  await openApp(page, "#/library");
  // On a phone the filters fold behind one button; a laptop shows them.
  const filters = page.getByRole("button", { name: /^Filters/ });
  if (await filters.isVisible()) await press(filters, testInfo);
  await press(page.getByRole("button", { name: "Yours", exact: true }), testInfo);
  await audit(page, testInfo, `library, Yours only`);
});

test("a shared link's preview, and a broken link", async ({ page }, testInfo) => {
  await openWithData(page, "#/routine/1");
  await press(page.getByRole("button", { name: "Share routine" }), testInfo);
  const link = await page.getByRole("textbox", { name: "Share link" }).inputValue();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Exercises in the shared routine" })).toBeVisible();
  await audit(page, testInfo, `shared routine`);
  await page.goto(`${process.env.BANDWORK_URL}#/r/!!!not-a-link`);
  await expect(page.getByRole("heading", { level: 1, name: "This link can't be opened" })).toBeVisible();
  await audit(page, testInfo, `broken shared link`);
});

test("the app's own Dark setting on a light device", async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: "light" });
  await openWithData(page, "#/settings", {
    ...DATA,
    [KEYS.settings]: {
      version: 1,
      units: "kg",
      theme: "dark",
      cues: { beeps: true, voice: true, vibrate: true, flash: true, tempo: false },
      weekly_goal: 3,
    },
  });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await audit(page, testInfo, "settings, app set to Dark", ["light"]);
  await openApp(page, "#/routine/1");
  await expect(routineList(page)).toBeVisible();
  await audit(page, testInfo, "routine editor, app set to Dark", ["light"]);
});
