// Every optional browser API taken away, or made to throw, before the app
// loads (a few at a time, in groups where none hides another): a whole
// workout still plays (every cue switched on) into
// History, with no page error, the player usable throughout, and the
// screens that use the API still working in words. Safari and Firefox lack
// some of these for real (no navigator.vibrate); any browser may refuse
// others (private modes, insecure pages, battery savers).
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedSessions } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { START, startOnFakeClock } from "./support/workout.mjs";

/** A timed move, reps per side that wait for Done, and holds. */
const ROUTINES = oneRoutine("Engine check", [
  entry(1, "walking-squat", { sets: 1, shape: { timed: { work_s: 5 } }, rest_s: 0, per_side: false }, 2),
  entry(2, "clamshell", { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 0, per_side: true }, 1),
  entry(3, "ankle-plantar-flexion", { sets: 1, shape: { holds: { holds: 2, hold_s: 3 } }, rest_s: 0, per_side: false }, 3),
]);

const ALL_CUES = {
  version: 1,
  units: "lb",
  theme: "system",
  cues: { beeps: true, voice: true, vibrate: true, flash: true, tempo: true },
  weekly_goal: 2,
};

// Runs in the page before the app: for each of `breaks`, removes `name`
// from `path` (e.g. "navigator") and everything `path`'s object inherits,
// or replaces it with something that throws. A function source, so
// WebKit's CSP is happy.
function takeAway(breaks) {
  for (const { path, name, how } of breaks) {
    const target = path === "window" ? window : path.split(".").reduce((o, k) => o[k], window);
    const refuse = () => {
      throw new DOMException(`${name} refused by the test`, "NotAllowedError");
    };
    if (how === "missing") {
      for (let o = target; o; o = Object.getPrototypeOf(o)) {
        try {
          delete o[name];
        } catch {}
      }
      if (name in target) Object.defineProperty(target, name, { value: undefined, configurable: true });
    } else if (how === "throws") {
      // A method that throws, or an object whose every use throws.
      const value = target[name];
      if (typeof value === "function") {
        Object.defineProperty(target, name, { value: refuse, configurable: true, writable: true });
      } else {
        Object.defineProperty(target, name, { get: refuse, configurable: true });
      }
    } else if (how === "listener-throws") {
      const add = EventTarget.prototype.addEventListener;
      EventTarget.prototype.addEventListener = function (type, ...rest) {
        if (type === name) refuse();
        return add.call(this, type, ...rest);
      };
    }
  }
}

const APIS = [
  { api: "vibration", path: "navigator", name: "vibrate" },
  { api: "wake lock", path: "navigator", name: "wakeLock" },
  { api: "speech synthesis", path: "window", name: "speechSynthesis" },
  { api: "speech utterances", path: "window", name: "SpeechSynthesisUtterance" },
  { api: "speech voices", path: "speechSynthesis", name: "getVoices" },
  { api: "spoken lines", path: "speechSynthesis", name: "speak" },
  { api: "Web Audio", path: "window", name: "AudioContext" },
  { api: "Web Share", path: "navigator", name: "share" },
  { api: "clipboard", path: "navigator", name: "clipboard" },
  { api: "storage manager", path: "navigator", name: "storage" },
  { api: "service worker", path: "navigator", name: "serviceWorker" },
  { api: "Intl dates", path: "Intl", name: "DateTimeFormat" },
  { api: "matchMedia", path: "window", name: "matchMedia" },
];

// The APIs a workout may touch, taken away together: one workout checks
// that no missing (or throwing) API stops it, and the screens that use it
// answer in words. APIs that would hide another are in separate groups:
// with no speechSynthesis at all, the app never reaches for its voices or
// its speak(), nor for utterances; so those are broken in later groups with
// speechSynthesis itself left in place.
const byName = (api) => APIS.find((a) => a.api === api);
const INDEPENDENT = ["vibration", "wake lock", "speech synthesis", "Web Audio", "Web Share", "clipboard", "storage manager", "service worker", "Intl dates", "matchMedia"];
const CASES = [
  { how: "missing", apis: INDEPENDENT },
  { how: "throws", apis: INDEPENDENT },
  { how: "missing", apis: ["speech utterances"] },
  { how: "throws", apis: ["speech utterances"] },
  { how: "missing", apis: ["speech voices", "spoken lines"] },
  { how: "throws", apis: ["speech voices", "spoken lines"] },
].map(({ how, apis }) => ({ how, names: apis, breaks: apis.map((api) => ({ ...byName(api), how })) }));
// Every API is broken both ways in some group, and the storage event's
// listener throws in the first (it hides nothing).
CASES[0].breaks.push({ api: "storage event", path: "window", name: "storage", how: "listener-throws" });
CASES[0].names = [...CASES[0].names, "the storage event's listener"];

/** Plays the started routine on the fake clock, pausing and resuming once, to the summary. */
async function playToTheEnd(page, testInfo) {
  await page.clock.runFor(12_000);
  await expect(player(page).locator(".player-phase")).toHaveText("Work");
  // The player stays usable: Pause stops time, Resume goes on.
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await expect(player(page).locator(".player-phase")).toHaveText("Paused");
  await page.clock.runFor(5_000);
  await press(player(page).getByRole("button", { name: "Resume" }), testInfo);
  const complete = page.getByRole("heading", { level: 1, name: "Workout complete" });
  const done = player(page).getByRole("button", { name: "Done" });
  for (let step = 0; step < 120 && !(await complete.isVisible()); step++) {
    if (await done.isVisible()) {
      await page.clock.runFor(2_000);
      await press(done, testInfo);
    }
    await page.clock.runFor(1_000);
  }
  await expect(complete).toBeVisible();
}

for (const { how, names, breaks } of CASES) {
  const words = how === "missing" ? "missing" : "throwing";
  test(`with ${names.join(", ")} ${words}, a workout plays into History`, async ({ page }, testInfo) => {
    // The fake clock first: it reads Intl as it installs.
    await page.clock.install({ time: START });
    await page.addInitScript(takeAway, breaks);
    const records = { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES, [KEYS.settings]: ALL_CUES };
    await startOnFakeClock(page, testInfo, records, { clockInstalled: true });
    await playToTheEnd(page, testInfo);

    await press(page.getByRole("radio", { name: "Just right" }).first(), testInfo);
    await press(page.getByRole("link", { name: "See history" }), testInfo);
    const history = page.getByRole("list", { name: "Workout history" }).getByRole("listitem");
    await expect(history).toHaveCount(1);
    await expect(history.first()).toContainText("Engine check");
    // Dates are shown in words with or without Intl.
    await expect(history.first()).toContainText(/Nov/);
    const stored = await storedSessions(page);
    expect(stored).toHaveLength(1);
    expect(stored[0].finished).toBe(true);
    expect(stored[0].exercises.map((e) => e.sets_done)).toEqual([1, 1, 1]);

    // Sharing still answers in words, whichever way the link leaves.
    await openApp(page, "#/routine/1");
    await press(page.getByRole("button", { name: "Share routine" }), testInfo);
    await press(page.getByRole("button", { name: "Copy link" }), testInfo);
    await expect(page.getByRole("status")).toHaveText(/Link copied\.|copy it from the field/);
  });
}

test("Settings says which cues this device can't give, in words", async ({ page }) => {
  await page.addInitScript(takeAway, [
    { path: "navigator", name: "vibrate", how: "missing" },
    { path: "window", name: "speechSynthesis", how: "missing" },
  ]);
  await openApp(page, "#/settings");
  const cues = page.getByRole("group", { name: "Workout cues" });
  await expect(cues.getByText("Vibration: not available on this device")).toBeVisible();
  await expect(cues.getByText("Spoken cues: not available on this device")).toBeVisible();
  await expect(cues.getByRole("checkbox", { name: "Vibration" })).toHaveCount(0);
  await expect(cues.getByRole("checkbox", { name: "Spoken cues" })).toHaveCount(0);
  await expect(cues.getByRole("checkbox", { name: "Beeps" })).toBeVisible();
  await expect(cues.getByRole("checkbox", { name: "Screen flash" })).toBeVisible();
  await expect(cues).toContainText("The screen flash and the beeps stand in for it.");
});

test("with every cue available, Settings offers every switch", async ({ page }) => {
  // Chromium has them all (a stand-in vibrate where the build lacks one).
  await page.addInitScript(() => {
    if (typeof navigator.vibrate !== "function") navigator.vibrate = () => true;
  });
  await openApp(page, "#/settings");
  const cues = page.getByRole("group", { name: "Workout cues" });
  for (const label of ["Beeps", "Spoken cues", "Vibration", "Screen flash", "Tempo tick during rep sets"]) {
    await expect(cues.getByRole("checkbox", { name: label })).toBeVisible();
  }
  await expect(cues).not.toContainText("not available");
});

