// What Safari on an iPhone does differently, shown in Chromium with the
// API standing in as iOS behaves: sound "interrupted" by a lock or a call,
// speech that only starts inside a tap, pages ended in the background
// without beforeunload, and a wake lock the browser lets go when hidden.
import { test, expect, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storedJson } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { startOnFakeClock } from "./support/workout.mjs";

const ROUTINES = oneRoutine("Lunch break", [
  entry(1, "walking-squat", { sets: 2, shape: { timed: { work_s: 20 } }, rest_s: 10, per_side: false }, 2),
  entry(2, "clamshell", { sets: 1, shape: { reps: { reps: 12 } }, rest_s: 0, per_side: true }, 1),
]);

/** Pretends the page was put away (`hidden`) or brought back. */
async function setHidden(page, hidden) {
  await page.evaluate((hidden) => {
    Object.defineProperty(document, "hidden", { get: () => hidden, configurable: true });
    Object.defineProperty(document, "visibilityState", { get: () => (hidden ? "hidden" : "visible"), configurable: true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

async function storedWorkout(page) {
  return (await storedJson(page, KEYS.workout)).data;
}

const start = (page, testInfo) => startOnFakeClock(page, testInfo, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: ROUTINES });

test("sound that iOS interrupted comes back on the next tap and when the page is seen again", async ({ page }, testInfo) => {
  // An AudioContext that counts resume() and can be told it was interrupted.
  await page.addInitScript(() => {
    const Real = window.AudioContext;
    window.__resumes = 0;
    window.AudioContext = class extends Real {
      get state() {
        return window.__audioState ?? super.state;
      }
      resume() {
        window.__resumes += 1;
        window.__audioState = undefined;
        return super.resume();
      }
    };
  });
  await start(page, testInfo);
  const resumes = () => page.evaluate(() => window.__resumes);
  const before = await resumes();

  await page.evaluate(() => (window.__audioState = "interrupted"));
  await press(player(page).getByRole("heading", { level: 1 }), testInfo);
  await expect.poll(resumes).toBe(before + 1);

  await page.evaluate(() => (window.__audioState = "interrupted"));
  await setHidden(page, true);
  await setHidden(page, false);
  await expect.poll(resumes).toBe(before + 2);
  // A running context is left alone.
  await press(player(page).getByRole("heading", { level: 1 }), testInfo);
  await setHidden(page, true);
  await setHidden(page, false);
  expect(await resumes()).toBe(before + 2);
});

test("speech is started inside the Start tap, so the first spoken cue is not dropped", async ({ page }, testInfo) => {
  // Records each line spoken and whether a tap was under way at the time.
  await page.addInitScript(() => {
    window.__spoken = [];
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    speechSynthesis.speak = (line) => {
      window.__spoken.push({ text: line.text, inTap: navigator.userActivation.isActive });
      return speak(line);
    };
  });
  await start(page, testInfo);
  const spoken = () => page.evaluate(() => window.__spoken);
  expect((await spoken())[0]).toEqual({ text: "", inTap: true });
  // Ten seconds on, the first cue is spoken without a tap.
  await page.clock.runFor(10_000);
  await expect.poll(async () => (await spoken()).map((s) => s.text).join(" | ")).toContain("Walking squat");
});

test("the workout is saved when the page is put away and when it is ended, without beforeunload", async ({ page }, testInfo) => {
  await start(page, testInfo);
  await page.clock.runFor(12_000);
  await expect(player(page).locator(".player-phase")).toHaveText("Work");
  // Between two heartbeats, nothing new is stored...
  await page.clock.runFor(2_000);
  const now = await page.evaluate(() => Date.now());
  expect((await storedWorkout(page)).last_seen).toBeLessThan(now);
  // ...until the page is hidden (iOS may end it from here on).
  await setHidden(page, true);
  expect((await storedWorkout(page)).last_seen).toBe(now);
  expect((await storedWorkout(page)).left).toBe(false);
  await setHidden(page, false);
  await page.clock.runFor(1_000);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false })));
  const left = await storedWorkout(page);
  expect(left.left).toBe(true);
  expect(left.last_seen).toBe(now + 1_000);

  // Opened again later, it waits, paused at that second.
  await page.reload();
  await expect(player(page).locator(".player-phase")).toHaveText("Paused");
  // Work began 10 s in and was left 5.1 s later: 14.9 s of 20 to go.
  await expect(player(page).getByRole("timer")).toHaveText("0:15");
});

test("the wake lock is asked for again when the page is seen again", async ({ page }, testInfo) => {
  // A wake lock that the "browser" lets go of when the page is hidden.
  await page.addInitScript(() => {
    window.__requests = 0;
    const sentinels = [];
    Object.defineProperty(navigator, "wakeLock", {
      configurable: true,
      value: {
        request() {
          window.__requests += 1;
          const sentinel = { released: false, release: async () => void (sentinel.released = true) };
          sentinels.push(sentinel);
          return Promise.resolve(sentinel);
        },
      },
    });
    document.addEventListener("visibilitychange", () => {
      if (document.hidden) for (const s of sentinels) s.released = true;
    });
  });
  await start(page, testInfo);
  const requests = () => page.evaluate(() => window.__requests);
  await expect.poll(requests).toBe(1);
  await setHidden(page, true);
  await setHidden(page, false);
  await expect.poll(requests).toBe(2);
  // Paused, the screen may sleep: nothing is asked for.
  await press(player(page).getByRole("button", { name: "Pause" }), testInfo);
  await setHidden(page, true);
  await setHidden(page, false);
  await page.clock.runFor(500);
  expect(await requests()).toBe(2);
  // And no hidden video stands in for it (it would stop the runner's music).
  await expect(page.locator("video")).toHaveCount(0);
});
