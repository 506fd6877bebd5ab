// Stored data for tests and screenshots, in the app's own storage format,
// and the reads and writes of localStorage they share. The readers and
// writers take a Playwright page or a tests/e2e/support/ui.mjs adapter:
// both have `evaluate(fn, arg)` and `reload()`. Keys come from keys.mjs
// and go into the page as arguments (the functions run in the browser).
import { KEYS } from "./keys.mjs";

export const FABRIC_KIT = {
  version: 1,
  data: {
    bands: [
      { id: 1, colour: { name: "Green", swatch: "#2e7d32" }, label: "light", band_type: "fabric_loop", pounds: [20, 37] },
      { id: 2, colour: { name: "Grey", swatch: "#757575" }, label: "medium", band_type: "fabric_loop", pounds: [30, 46] },
      { id: 3, colour: { name: "Black", swatch: "#212121" }, label: "heavy", band_type: "fabric_loop", pounds: [40, 55] },
    ],
    next_id: 4,
  },
};

/** Stores `records` ({ key: value }) in the app's localStorage and reloads. */
export async function seed(page, records) {
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) {
      localStorage.setItem(key, JSON.stringify(value));
    }
  }, records);
  await page.reload();
}

/** The text stored under `key`, or null. */
export function storedText(page, key) {
  return page.evaluate((k) => localStorage.getItem(k), key);
}

/** The record stored under `key`, parsed, or null. */
export async function storedJson(page, key) {
  const text = await storedText(page, key);
  return text === null ? null : JSON.parse(text);
}

/** Stores `text` as it is under `key` (damaged or foreign text, say). */
export function storeText(page, key, text) {
  return page.evaluate(([k, value]) => localStorage.setItem(k, value), [key, text]);
}

/** The routines the app has stored (throws while there are none). */
export async function storedRoutines(page) {
  return (await storedJson(page, KEYS.routines)).data.routines;
}

/**
 * A finished workout as history stores it: a clamshell (3 of 3 sets, 14
 * reps done, too easy) and a dead bug with `deadBugSets` sets done.
 */
export function sampleSession(iso, routine, { finished = true, deadBugSets = 3 } = {}) {
  const at = Date.parse(iso);
  return {
    id: at,
    routine,
    started_at: at,
    ended_at: at + 900_000,
    active_s: 845,
    finished,
    exercises: [
      {
        exercise: "clamshell",
        dose: { sets: 3, shape: { reps: { reps: 12 } }, rest_s: 30, per_side: true },
        bands: [{ id: 2, name: "Grey, medium", swatch: "#757575" }],
        sets_done: 3,
        actual: 14,
        rating: "too_easy",
      },
      {
        exercise: "dead-bug",
        dose: { sets: 3, shape: { timed: { work_s: 30 } }, rest_s: 20, per_side: false },
        bands: [],
        sets_done: deadBugSets,
        actual: null,
        rating: null,
      },
    ],
  };
}

const RATINGS = [null, "too_easy", "just_right", "too_hard"];
const SHAPES = [
  null,
  (a) => ({ reps: { reps: a } }),
  (a) => ({ timed: { work_s: a } }),
  (a, b) => ({ holds: { holds: a, hold_s: b } }),
  (a) => ({ steps_each_way: { steps: a } }),
  (a) => ({ hold: { hold_s: a } }),
];

/**
 * The data of a stored record in its readable form: the history, stored
 * compact from schema 2 on, is spelt out again here (independently of the
 * app's Rust reader), so tests can compare sessions field by field.
 */
export function readableData(key, record) {
  if (key !== KEYS.history || record.version < 2) return record.data;
  const bands = record.data.bands.map(([id, name, swatch]) => ({ id, name, swatch }));
  return {
    sessions: record.data.sessions.map(([id, routine, start, length, active_s, finished, exercises]) => ({
      id,
      routine,
      started_at: id + start,
      ended_at: id + start + length,
      active_s,
      finished,
      exercises: exercises.map(([exercise, [sets, rest_s, per_side, shape, a, b], used, sets_done, actual, rating, cut_short_s, sides, note]) => ({
        exercise,
        dose: { sets, shape: SHAPES[shape](a, b), rest_s, per_side },
        bands: used.map((at) => bands[at]),
        sets_done,
        actual,
        rating: RATINGS[rating],
        // Only written when a timed set was cut short (or, as an empty
        // list, when sides or a note follow).
        ...(cut_short_s?.length ? { cut_short_s } : {}),
        // Schema 4: each set's [left, right], flat; and the note.
        ...(sides?.length ? { sides: sides.flatMap((n, i) => (i % 2 ? [] : [[n, sides[i + 1]]])) } : {}),
        ...(note ? { note } : {}),
      })),
    })),
  };
}

/** The sessions the app has stored, oldest first, in their readable form. */
export async function storedSessions(page) {
  const record = await storedJson(page, KEYS.history);
  return record === null ? [] : readableData(KEYS.history, record).sessions;
}

/**
 * What a full export holds (the kit, the routines and the history), as
 * stored now: { key: data in its readable form, or null when missing }.
 */
export async function storedData(page) {
  const out = {};
  for (const key of [KEYS.kit, KEYS.routines, KEYS.history]) {
    const record = await storedJson(page, key);
    out[key] = record && readableData(key, record);
  }
  return out;
}

/** A dose of `sets` timed sets of `work_s` seconds, `rest_s` apart. */
export const timed = (sets, work_s, rest_s) => ({ sets, shape: { timed: { work_s } }, rest_s, per_side: false });

/** A routine entry as stored: an exercise, its dose, its main band and its circuit. */
export const entry = (id, exercise, dose, main, circuit = null) => ({ id, exercise, dose, bands: { main, stacked: null }, circuit });

/** A routine book holding one routine, `name`, of `entries`. */
export function oneRoutine(name, entries) {
  return {
    version: 1,
    data: {
      routines: [{ id: 1, routine: { name, entries, circuits: [], next_id: entries.length + 1 } }],
      next_id: 2,
    },
  };
}
