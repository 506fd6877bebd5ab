// Circuits as the fabric-band article sets them out: a round is one set of
// each move, in order. Grouping turns sets into rounds, the editor shows
// one round's dose and the plan in words, the player alternates the moves,
// and circuits saved by an older version are brought to the rule once,
// with a notice.
import { expect, openSeeded, press, test } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedRoutines, timed } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";

const CLAMSHELL = { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: false };
const BRIDGE = timed(3, 30, 20);
const BRIDGE_NAME = "Glute bridge with band";

/** Clamshell (3 x 12) and a glute bridge (3 x 30 s), not yet grouped. */
const APART = {
  [KEYS.kit]: FABRIC_KIT,
  [KEYS.routines]: oneRoutine("Glutes", [entry(1, "clamshell", CLAMSHELL, 2), entry(2, "glute-bridge", BRIDGE, 2)]),
};

/** The estimate in the editor's summary, in minutes. */
async function minutes(page) {
  const text = await page.locator(".routine-summary").innerText();
  return Number(/about (\d+) min/.exec(text)?.[1]);
}

test("grouping makes rounds of one set each, and the editor says so", async ({ page }, testInfo) => {
  await openSeeded(page, APART, "#/routine/1");
  const apart = await minutes(page);
  await press(page.getByRole("button", { name: "Edit Clamshell" }), testInfo);
  await press(page.getByRole("button", { name: `Circuit with ${BRIDGE_NAME}` }), testInfo);

  const settings = page.getByRole("group", { name: "Circuit settings" });
  await expect(settings).toContainText("one set of each per round");
  await expect(settings.getByRole("spinbutton", { name: "Rounds", exact: true })).toHaveValue("3");
  await expect(settings).toContainText(`Round 1: Clamshell, ${BRIDGE_NAME} (10 s to change between moves); rest 60 s; the same again, 3 rounds in all`);
  // One round's dose: no Sets and no rest between sets in a circuit.
  const editor = page.locator(".entry-editor");
  await expect(editor.getByRole("spinbutton", { name: "Reps" })).toHaveValue("12");
  await expect(editor.getByRole("spinbutton", { name: "Sets" })).toHaveCount(0);
  await expect(editor.getByRole("spinbutton", { name: "Rest between sets (s)" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Routine", exact: true }).getByRole("listitem").first()).toContainText("12 reps a round");
  // The same work in another order: the estimate barely moves.
  expect(Math.abs((await minutes(page)) - apart)).toBeLessThanOrEqual(2);

  // The change-over and the rounds can be set, and the plan follows.
  await settings.getByRole("spinbutton", { name: "Change between moves (s)" }).fill("0");
  await settings.getByRole("spinbutton", { name: "Rounds", exact: true }).fill("2");
  await expect(settings).toContainText(`Round 1: Clamshell, ${BRIDGE_NAME}; rest 60 s; round 2 the same`);
  const routine = (await storedRoutines(page))[0].routine;
  expect(routine.entries.map((e) => e.dose.sets)).toEqual([1, 1]);
  expect(routine.circuits[0]).toMatchObject({ rounds: 2, transition_s: 0 });

  // Leaving the circuit gives the move its rounds back as sets.
  await press(page.getByRole("button", { name: "Leave the circuit" }), testInfo);
  const after = (await storedRoutines(page))[0].routine;
  expect(after.entries.map((e) => [e.exercise, e.dose.sets, e.circuit])).toEqual([
    ["glute-bridge", 2, null],
    ["clamshell", 2, null],
  ]);
});

test("a circuit plays one set of each move per round, in order, and the summary counts rounds", async ({ page }, testInfo) => {
  const short = {
    [KEYS.kit]: FABRIC_KIT,
    [KEYS.routines]: oneRoutine("Glutes", [entry(1, "clamshell", CLAMSHELL, 2), entry(2, "glute-bridge", timed(3, 5, 20), 2)]),
  };
  await page.clock.install({ time: new Date("2026-11-21T07:30:00") });
  await openSeeded(page, short, "#/routine/1");
  await press(page.getByRole("button", { name: "Edit Clamshell" }), testInfo);
  await press(page.getByRole("button", { name: `Circuit with ${BRIDGE_NAME}` }), testInfo);
  await page.getByRole("group", { name: "Circuit settings" }).getByRole("spinbutton", { name: "Rounds", exact: true }).fill("2");
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page)).toBeVisible();

  // Play it with the clock running: rep sets end with Done, the bridge's
  // 5 s sets and every break run out by themselves.
  const seen = [];
  const summary = page.getByRole("heading", { level: 1, name: "Workout complete" });
  for (let step = 0; step < 120 && !(await summary.isVisible()); step += 1) {
    const heading = player(page).getByRole("heading", { level: 1 });
    const name = (await heading.isVisible()) ? (await heading.innerText()).trim() : "";
    if (name && seen.at(-1) !== name) seen.push(name);
    const done = player(page).getByRole("button", { name: "Done", exact: true });
    await page.clock.runFor(2_000);
    if (await done.isVisible()) await press(done, testInfo);
  }
  await expect(summary).toBeVisible();
  expect(seen.filter((name) => name === "Clamshell" || name === BRIDGE_NAME)).toEqual(["Clamshell", BRIDGE_NAME, "Clamshell", BRIDGE_NAME]);
  const done = page.getByRole("list", { name: "Exercises done" }).getByRole("listitem");
  await expect(done.filter({ hasText: "Clamshell" })).toContainText("2 of 2 rounds");
  await expect(done.filter({ hasText: BRIDGE_NAME })).toContainText("2 of 2 rounds");
});

test("a circuit saved with several sets per move is brought to one set per round, once, with a notice", async ({ page }) => {
  const old = oneRoutine("Glutes", [entry(1, "clamshell", CLAMSHELL, 2, 3), entry(2, "glute-bridge", BRIDGE, 2, 3)]);
  old.data.routines[0].routine.circuits = [{ id: 3, rounds: 2, transition_s: 10, round_rest_s: 60 }];
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: old }, "#/routine/1");
  const notice = page.getByRole("alert").filter({ hasText: "Circuits now do one set of each move per round" });
  await expect(notice).toContainText("“Glutes”");
  await expect(page.getByRole("group", { name: "Circuit settings" }).getByRole("spinbutton", { name: "Rounds", exact: true })).toHaveValue("3");
  const routine = (await storedRoutines(page))[0].routine;
  expect(routine.entries.map((e) => e.dose.sets)).toEqual([1, 1]);
  await page.reload();
  await expect(page.getByRole("group", { name: "Circuit settings" })).toBeVisible();
  await expect(notice).toHaveCount(0);
});
