// The player's words are whole on every screen: every catalog exercise's
// own dose, and an own exercise with a long name, played segment by
// segment, with no text of the player wider than its box at 320 and 390
// px upright, a phone on its side, and a 1280 px laptop.
import { readFileSync } from "node:fs";
import { test, expect } from "./support/app.mjs";
import { KEYS, SCHEMA_VERSION } from "./support/keys.mjs";
import { FABRIC_KIT, entry } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { startOnFakeClock } from "./support/workout.mjs";
import { OVERFLOWS_IN } from "./support/overflow.mjs";

/** Every catalog exercise and its dose (src/model/catalog/doses_fixture.rs keeps it current). */
const CATALOG = JSON.parse(readFileSync(new URL("../fixtures/catalog-doses.json", import.meta.url), "utf8"));

/** An own exercise with as long a name as the form takes (60 characters), one long word in it. */
const LONG_NAME = "Hüftabduktorenkräftigungsübung seitlich mit Band, langsam";
const OWN = {
  version: SCHEMA_VERSION,
  data: {
    exercises: [
      {
        id: "own-1",
        name: LONG_NAME,
        muscles: ["glute_medius"],
        category: "strength",
        placement: "above_knees",
        band_type: "mini_loop",
        equipment: [],
        default_dose: { sets: 1, shape: { steps_each_way: { steps: 15 } }, rest_s: 30, per_side: true },
        steps: ["Step out to the side, slowly."],
        cues: [],
      },
    ],
    next_id: 2,
  },
};

/** One set of each (the set count is not in the words that could be cut off), own exercise first. */
const moves = [{ id: "own-1", dose: OWN.data.exercises[0].default_dose }, ...CATALOG];
const ROUTINE = {
  version: 1,
  data: {
    routines: [
      {
        id: 1,
        routine: {
          name: "Everything",
          entries: moves.map((move, i) => entry(i + 1, move.id, { ...move.dose, sets: 1 }, 2)),
          circuits: [],
          next_id: moves.length + 1,
        },
      },
    ],
    next_id: 2,
  },
};

// Each size is a test of its own (they run side by side), in the phone
// project: the laptop's width with a phone's touch changes no text's room.
const SIZES = {
  "320 upright": { width: 320, height: 568 },
  "390 upright": { width: 390, height: 844 },
  "a phone on its side": { width: 844, height: 390 },
  "a 1280 laptop": { width: 1280, height: 800 },
};

/**
 * Runs in the page: the exercise and phase on screen, and what overflows
 * in the player (null once the player is gone); then presses Skip (its
 * arrow key; the buttons' taps are player.spec's) unless the workout is
 * at its end.
 */
function lookThenSkip(overflowsIn) {
  const root = document.querySelector('section[aria-label="Workout player"]');
  if (!root) return null;
  const text = (selector) => root.querySelector(selector)?.textContent ?? null;
  const now = { name: text("h1"), phase: text(".player-phase"), problems: new Function(`return (${overflowsIn})`)()(root) };
  if (now.phase !== "Done") window.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  return now;
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`no player text overflows its box at ${size}, for every catalog dose and a long own name`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "the phone project holds every size");
    await page.setViewportSize(viewport);
    await startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINE, [KEYS.ownExercises]: OWN });
    await expect(player(page)).toBeVisible();
    const problems = [];
    const names = new Set();
    for (let step = 0; step < 400; step++) {
      const now = await page.evaluate(lookThenSkip, OVERFLOWS_IN);
      if (!now || now.phase === "Done") break;
      names.add(now.name);
      for (const problem of now.problems) problems.push(`${now.name} (${now.phase}): ${problem}`);
      // The next segment is drawn by the next frame.
      await page.clock.runFor(50);
    }
    await expect(page.getByRole("heading", { level: 1, name: "Workout complete" })).toBeVisible();
    expect(names.size, "every exercise was on screen").toBe(moves.length);
    expect([...names], "the own exercise by its name").toContain(LONG_NAME);
    expect(problems).toEqual([]);
  });
}
