// The history screen: the week against the goal, the streak, the heat map,
// and each workout's details, deleted with Undo.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, sampleSession, storedRoutines, storedSessions } from "./support/seed.mjs";

const session = (iso, routine, finished = true) =>
  sampleSession(iso, routine, { finished, deadBugSets: finished ? 3 : 0 });

const HISTORY = {
  version: 1,
  data: {
    sessions: [
      session("2026-11-03T07:00:00Z", "Hips and feet"),
      session("2026-11-05T07:00:00Z", "Hips and feet"),
      session("2026-11-10T07:00:00Z", "Runner's ten, quick"),
      session("2026-11-12T18:00:00Z", "Hips and feet"),
      session("2026-11-17T07:00:00Z", "Evening core", false),
    ],
  },
};

test("the week, the streak and each workout's details", { tag: "@both" }, async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: HISTORY }, "#/history");
  await expect(page.locator(".week-count")).toHaveText("1 of 2 workouts");
  await expect(page.getByText("Streak: 2 weeks in a row at the goal.")).toBeVisible();
  await expect(page.getByRole("img", { name: /^5 workouts in the last 12 weeks/ })).toBeVisible();

  // A goal of one a week: this week is met, and the streak grows to three.
  await press(page.getByRole("button", { name: "Fewer workouts a week" }), testInfo);
  await expect(page.locator(".week-count")).toHaveText("1 of 1 workouts · goal reached");
  await expect(page.getByText("Streak: 3 weeks in a row at the goal.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Fewer workouts a week" })).toBeDisabled();
  await page.reload();
  await expect(page.locator(".week-count")).toHaveText("1 of 1 workouts · goal reached");
  await press(page.getByRole("button", { name: "More workouts a week" }), testInfo);
  await expect(page.locator(".week-count")).toHaveText("1 of 2 workouts");

  const items = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  await expect(items).toHaveCount(5);
  const newest = items.first();
  await expect(newest).toContainText("Evening core");
  await expect(newest).toContainText("1 exercise · ended early");
  await press(newest.locator("summary"), testInfo);
  await expect(newest).toContainText("Clamshell 3 of 3 sets, 3 x 12 per side · Grey, medium · did 14 reps");
  await expect(newest.getByRole("group", { name: "How did Clamshell feel?" }).getByRole("radio", { name: "Too easy" })).toBeChecked();

  await press(newest.getByRole("button", { name: "Delete this workout" }), testInfo);
  await expect(items).toHaveCount(4);
  await expect(page.locator(".week-count")).toHaveText("0 of 2 workouts");
  const stored = () => storedSessions(page).then((sessions) => sessions.length);
  expect(await stored()).toBe(4);
  await press(page.getByRole("button", { name: "Undo" }), testInfo);
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText("Evening core");
  expect(await stored()).toBe(5);
});

test("a long history lists the newest first and older ones a page at a time", async ({ page }, testInfo) => {
  const many = { version: 1, data: { sessions: [] } };
  for (let i = 0; i < 65; i += 1) many.data.sessions.push(session(new Date(Date.UTC(2026, 0, 1 + i, 7)).toISOString(), `Workout ${i + 1}`));
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: many }, "#/history");
  const items = page.getByRole("list", { name: "Workout history" }).getByRole("listitem").filter({ has: page.locator("details") });
  await expect(items).toHaveCount(30);
  await expect(items.first()).toContainText("Workout 65");
  await press(page.getByRole("button", { name: "Show older workouts (35 more)" }), testInfo);
  await expect(items).toHaveCount(60);
  await press(page.getByRole("button", { name: "Show older workouts (5 more)" }), testInfo);
  await expect(items).toHaveCount(65);
  await expect(items.last()).toContainText("Workout 1");
  await expect(page.getByRole("button", { name: /Show older workouts/ })).toHaveCount(0);
});

test("after a workout the routine suggests the next step, applied only with a tap", async ({ page }, testInfo) => {
  const clam = { sets: 3, shape: { reps: { reps: 10 } }, rest_s: 30, per_side: true };
  const routines = oneRoutine("Evening", [entry(1, "clamshell", clam, 1)]);
  // A second workout of it, rated too easy: enough to step up.
  const workout = (iso, rating) => {
    const done = session(iso, "Evening");
    done.exercises = [{ ...done.exercises[0], dose: clam, actual: null, rating }];
    return done;
  };
  const sessions = [workout("2026-11-10T07:00:00Z", null), workout("2026-11-17T07:00:00Z", "too_easy")];
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: routines, [KEYS.history]: { version: 1, data: { sessions } } }, "#/routine/1");
  const suggestions = page.getByRole("list", { name: "Suggestions" }).getByRole("listitem");
  await expect(suggestions).toHaveCount(1);
  await expect(suggestions.first()).toContainText("Clamshell: go up to 14 reps. You did 3 x 10 last time and rated it too easy.");
  // Nothing changed yet.
  const reps = async () => (await storedRoutines(page))[0].routine.entries[0].dose.shape.reps.reps;
  expect(await reps()).toBe(10);
  await press(suggestions.first().getByRole("button", { name: "Apply the step for Clamshell" }), testInfo);
  await expect(page.getByRole("list", { name: "Suggestions" })).toHaveCount(0);
  expect(await reps()).toBe(14);
});

test("after a month without a backup, History reminds gently, and an export ends it", async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: HISTORY }, "#/history");
  // The first workout was on 3 November: 16 days, no reminder yet.
  await expect(page.getByRole("region", { name: "Backup reminder" })).toHaveCount(0);
  await page.clock.fastForward(15 * 86_400_000);
  await page.reload();
  const reminder = page.getByRole("region", { name: "Backup reminder" });
  await expect(reminder).toContainText("a month without a backup");
  await press(reminder.getByRole("link", { name: "Export in Settings" }), testInfo);
  const download = page.waitForEvent("download");
  await press(page.getByRole("button", { name: "Export all data" }), testInfo);
  await download;
  await openApp(page, "#/history");
  await expect(page.getByRole("list", { name: "Workout history" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Backup reminder" })).toHaveCount(0);
});

test("the heat map marks a day of two workouts with a dot as well as a shade, and says so in its legend", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  const twice = { version: 1, data: { sessions: [session("2026-11-17T07:00:00Z", "Morning"), session("2026-11-17T18:00:00Z", "Evening"), session("2026-11-18T07:00:00Z", "Once")] } };
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: twice }, "#/history");
  const map = page.getByRole("img", { name: /^3 workouts in the last 12 weeks/ });
  await expect(map.locator(".heat-2")).toHaveCount(1);
  await expect(map.locator(".heat-1")).toHaveCount(1);
  await expect(map.locator(".heat-mark")).toHaveCount(1);
  await expect(page.locator(".heat-legend")).toHaveText("noneone workouttwo or more");
});

test("the heat map names the weekdays and the months, and fills its card", { tag: "@both" }, async ({ page }, testInfo) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: HISTORY }, "#/history");
  const map = page.getByRole("img", { name: /^5 workouts in the last 12 weeks/ });
  // Twelve weeks from Monday 31 August: each month over the column where it begins.
  await expect(map.locator(".heat-month")).toHaveText(["Sep", "Oct", "Nov"]);
  await expect(map.locator(".heat-weekday")).toHaveText(["Mon", "Wed", "Fri"]);
  const card = await page.locator(".week-card").boundingBox();
  const drawn = await map.boundingBox();
  expect(drawn.width / card.width).toBeGreaterThan(0.85);
  // Cells big enough to see: 12 weeks over the map's width.
  expect(drawn.width / 13).toBeGreaterThan(18);
  if (testInfo.project.name === "desktop") {
    // On a laptop the workouts take the wide column, the week and the
    // progress sit in a column beside them.
    const list = await page.getByRole("list", { name: "Workout history" }).boundingBox();
    const progress = await page.locator(".progress-card").boundingBox();
    expect(card.x).toBeGreaterThan(list.x + list.width);
    expect(card.y).toBeLessThan(list.y + list.height);
    expect(progress.x).toBe(card.x);
    expect((await page.locator("main").boundingBox()).width).toBeGreaterThan(46 * 16 + 100);
  }
});

test("the list of workouts starts within the first screen, above the charts", { tag: "@both" }, async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-19T10:00:00Z") });
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.history]: HISTORY }, "#/history");
  const list = page.getByRole("list", { name: "Workout history" });
  await expect(list.getByRole("listitem").first()).toBeVisible();
  const box = await page.evaluate(() => {
    const first = document.querySelector('[aria-label="Workout history"] > li').getBoundingClientRect();
    const nav = document.querySelector('nav[aria-label="Main"]').getBoundingClientRect();
    const seen = window.innerHeight;
    const bottom = nav.top > seen / 2 ? Math.min(seen, nav.top) : seen;
    return { firstTop: first.top, firstHeight: first.height, bottom };
  });
  // The newest workout, whole, on the first screen.
  expect(box.firstTop + Math.min(box.firstHeight, 96), JSON.stringify(box)).toBeLessThanOrEqual(box.bottom);
});
