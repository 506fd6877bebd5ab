// Stepping up from the routine editor: sensible steps (two reps, five
// seconds), none for a stretch, and every suggestion applied at once with
// "Apply all", said in a status message and taken back with Undo. And on
// the finish screen: nothing after a first workout, and a circuit's
// rounds said as sets.
import { test, expect, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedRoutines, timed } from "./support/seed.mjs";
import { playThrough, startOnFakeClock } from "./support/workout.mjs";

const CLAM = { sets: 3, shape: { reps: { reps: 10 } }, rest_s: 30, per_side: true };
const SQUAT = timed(4, 30, 20);
const BRIDGE = { sets: 3, shape: { holds: { holds: 10, hold_s: 5 } }, rest_s: 30, per_side: false };
const BUTTERFLY = { sets: 2, shape: { hold: { hold_s: 30 } }, rest_s: 15, per_side: false };

const ROUTINES = oneRoutine("Evening", [
  entry(1, "clamshell", CLAM, 1),
  entry(2, "walking-squat", SQUAT, 1),
  entry(3, "glute-bridge-hold", BRIDGE, 1),
  entry(4, "butterfly-stretch", BUTTERFLY, 1),
]);

/** Two finished "Evening"s a week apart, every set of every entry done,
 * each rated just right: the dose has held twice, so each steps up once. */
function evening() {
  const session = (iso) => {
    const at = Date.parse(iso);
    const done = (exercise, dose) => ({ exercise, dose, bands: [{ id: 1, name: "Green, light", swatch: "#2e7d32" }], sets_done: dose.sets, actual: null, rating: "just_right" });
    return {
      id: at,
      routine: "Evening",
      started_at: at,
      ended_at: at + 900_000,
      active_s: 800,
      finished: true,
      exercises: [done("clamshell", CLAM), done("walking-squat", SQUAT), done("glute-bridge-hold", BRIDGE), done("butterfly-stretch", BUTTERFLY)],
    };
  };
  return { version: 1, data: { sessions: [session("2026-11-10T07:00:00Z"), session("2026-11-17T07:00:00Z")] } };
}

const doses = async (page) => (await storedRoutines(page))[0].routine.entries.map((e) => e.dose);

test("Apply all steps every exercise up by a sensible step, never a stretch, and Undo puts the routine back", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES, [KEYS.history]: evening() }, "#/routine/1");
  const card = page.getByRole("region", { name: "Time to step up" });
  const suggestions = card.getByRole("list", { name: "Suggestions" }).getByRole("listitem");
  // Two reps, five seconds, five seconds a hold; nothing for the stretch.
  await expect(suggestions).toHaveText([
    /^Clamshell: go up to 12 reps\. You did 3 x 10 last time and rated it just right\./,
    /^Walking squat: go up to 35 seconds\. You did 4 x 30 last time and rated it just right\./,
    /^Glute bridge hold: go up to 10 seconds a hold\. You did 3 x 5 last time and rated it just right\./,
  ]);
  await expect(card).not.toContainText("Butterfly");
  const before = await doses(page);

  await press(card.getByRole("button", { name: "Apply all 3" }), testInfo);
  const said = "Applied 3 changes: Clamshell to 12 reps, Walking squat to 35 seconds, Glute bridge hold to 10 seconds a hold.";
  await expect(page.getByRole("region", { name: "Undo" })).toContainText(said);
  await expect(page.getByRole("status").filter({ hasText: said })).toHaveCount(1);
  await expect(card.getByRole("list", { name: "Suggestions" })).toHaveCount(0);
  await expect(card).toContainText("New suggestions come after your next workout of this routine.");
  await expect(card.getByRole("heading", { name: "Time to step up" })).toBeFocused();
  const after = await doses(page);
  expect(after.map((d) => d.shape)).toEqual([{ reps: { reps: 12 } }, { timed: { work_s: 35 } }, { holds: { holds: 10, hold_s: 10 } }, BUTTERFLY.shape]);

  await press(page.getByRole("region", { name: "Undo" }).getByRole("button", { name: "Undo" }), testInfo);
  await expect(page.getByRole("status").filter({ hasText: "Undone: the routine is as it was." })).toHaveCount(1);
  expect(await doses(page)).toEqual(before);
  await expect(suggestions).toHaveCount(3);
});

test("one suggestion applied on its own leaves the others, and Apply all counts what is left", async ({ page }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES, [KEYS.history]: evening() }, "#/routine/1");
  const card = page.getByRole("region", { name: "Time to step up" });
  await press(card.getByRole("button", { name: "Apply the step for Walking squat" }), testInfo);
  await expect(page.getByRole("region", { name: "Undo" })).toContainText("Applied: Walking squat to 35 seconds.");
  await expect(card.getByRole("list", { name: "Suggestions" }).getByRole("listitem")).toHaveCount(2);
  await expect(card.getByRole("button", { name: "Apply all 2" })).toBeVisible();
  expect((await doses(page))[1].shape).toEqual({ timed: { work_s: 35 } });
});

/** The finish screen's offer to step up. */
const offer = (page) => page.getByRole("region", { name: "Ready for more next time?" });

/** Rates `exercise` on the finish screen. */
async function rate(page, testInfo, exercise, rating) {
  await press(page.getByRole("group", { name: `How did ${exercise} feel?` }).getByRole("radio", { name: rating }), testInfo);
}

test("after a first workout the finish screen offers no step up, rated or not", async ({ page }, testInfo) => {
  const routines = oneRoutine("First go", [entry(1, "clamshell", { ...CLAM, sets: 1, per_side: false }, 1), entry(2, "walking-squat", timed(1, 5, 0), 1)]);
  await startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines });
  await playThrough(page, testInfo);
  await expect(page.getByRole("list", { name: "Exercises done" }).getByRole("listitem")).toHaveCount(2);
  await expect(offer(page)).toHaveCount(0);
  // However easy it felt: one workout is not yet a reason to step up.
  await rate(page, testInfo, "Clamshell", "Too easy");
  await expect(page.getByRole("group", { name: "How did Clamshell feel?" }).getByRole("radio", { name: "Too easy" })).toBeChecked();
  await expect(offer(page)).toHaveCount(0);
});

test("after a circuit the finish screen says its rounds as sets: 3 rounds of 12 are 3 x 12", async ({ page }, testInfo) => {
  const round = { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: false };
  const routines = oneRoutine("Circuit", [entry(1, "clamshell", round, 1, 1), entry(2, "walking-squat", timed(1, 5, 0), 1, 1)]);
  routines.data.routines[0].routine.circuits = [{ id: 1, rounds: 3, transition_s: 0, round_rest_s: 5 }];
  routines.data.routines[0].routine.next_id = 3;
  // A week earlier, the same circuit: three rounds, each move's rounds' worth of sets.
  const at = Date.parse("2026-11-14T07:30:00");
  const done = (exercise, dose) => ({ exercise, dose: { ...dose, sets: 3 }, bands: [{ id: 1, name: "Green, light", swatch: "#2e7d32" }], sets_done: 3, actual: null, rating: "just_right" });
  const earlier = { id: at, routine: "Circuit", started_at: at, ended_at: at + 600_000, active_s: 500, finished: true, exercises: [done("clamshell", round), done("walking-squat", timed(1, 5, 0))] };
  await startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines, [KEYS.history]: { version: 1, data: { sessions: [earlier] } } });
  await playThrough(page, testInfo);
  await expect(page.getByRole("list", { name: "Exercises done" }).getByRole("listitem").filter({ hasText: "Clamshell" })).toContainText("3 of 3 rounds");
  await rate(page, testInfo, "Clamshell", "Too easy");
  const items = offer(page).getByRole("list", { name: "Suggestions" }).getByRole("listitem");
  await expect(items).toHaveText([/^Clamshell: go up to 15 reps\. You did 3 x 12 last time and rated it too easy\./]);
});
