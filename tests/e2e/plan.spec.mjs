// The runner's week: runs set day by day, the suggested plan with its
// reasons, Today on the first screen with a Start button that plays the
// routine on a running clock and then ticks it off, and the calendar file,
// read back event by event with Mozilla's ical.js. Hostile routine names
// stay one text value; a damaged stored plan is kept and said.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS } from "./support/keys.mjs";
import { FABRIC_KIT, oneRoutine, sampleSession, seed, storedJson, storeText, timed, entry } from "./support/seed.mjs";
import { player } from "./support/ui.mjs";
import { START, playThrough } from "./support/workout.mjs";

/** Sets the run and, if given, its minutes for `day`. */
async function setRun(page, day, kind, minutes) {
  const group = page.getByRole("group", { name: day });
  await group.getByRole("combobox", { name: `Run on ${day}` }).selectOption(kind);
  if (minutes !== undefined) {
    const field = group.getByRole("spinbutton", { name: `Minutes of running on ${day}` });
    await field.fill(String(minutes));
    await field.blur();
    await expect(field).toHaveValue(String(minutes));
  }
}

/** The week used below: easy Tuesday, intervals Thursday, a short easy run
 * on Saturday (the day START falls on) and a long run on Sunday. */
async function setWeek(page) {
  await setRun(page, "Tuesday", "Easy run", 30);
  await setRun(page, "Thursday", "Hard run", 50);
  await setRun(page, "Saturday", "Easy run", 25);
  await setRun(page, "Sunday", "Long run", 100);
}

/** Presses Add to calendar and parses the download with ical.js. */
async function downloadCalendar(page, testInfo) {
  const downloading = page.waitForEvent("download");
  await press(page.getByRole("button", { name: "Add to calendar" }), testInfo);
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("bandwork-week.ics");
  const text = await readFile(await download.path(), "utf8");
  for (const line of text.split("\r\n")) {
    expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { text, events: calendar.getAllSubcomponents("vevent") };
}

/** What a test needs to know of an event. */
function read(event) {
  const start = event.getFirstPropertyValue("dtstart");
  const rule = event.getFirstPropertyValue("rrule");
  const alarm = event.getFirstSubcomponent("valarm");
  return {
    summary: event.getFirstPropertyValue("summary"),
    description: event.getFirstPropertyValue("description"),
    day: rule.parts.BYDAY?.[0],
    freq: rule.freq,
    time: `${String(start.hour).padStart(2, "0")}:${String(start.minute).padStart(2, "0")}`,
    floating: start.zone === ICAL.Timezone.localTimezone && !start.toString().endsWith("Z"),
    minutes: event.getFirstPropertyValue("duration").toSeconds() / 60,
    alarm: alarm?.getFirstPropertyValue("trigger").toSeconds(),
    action: alarm?.getFirstPropertyValue("action"),
  };
}

test("a runner sets their week, takes the suggested plan, starts Today's routine and adds the week to a calendar", async ({ page }, testInfo) => {
  test.setTimeout(150_000);
  await page.clock.install({ time: START });
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT });
  // No plan yet: no Today.
  await expect(page.getByRole("region", { name: "Today" })).toHaveCount(0);

  await press(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plan" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Your week" })).toBeVisible();
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    await expect(page.getByRole("group", { name: day })).toBeVisible();
  }
  await setWeek(page);
  await press(page.getByRole("button", { name: "Use suggested plan" }), testInfo);
  await expect(page.getByRole("status")).toContainText("Suggested plan in place");

  const band = (day) => page.getByRole("combobox", { name: `Band work on ${day}` });
  const selected = async (day) => (await band(day).locator("option:checked").textContent()).trim();
  const group = (day) => page.getByRole("group", { name: day });
  // Nothing around the intervals, no strength before the long run, a
  // stretch after it, and a warm-up before Saturday's short run.
  expect(await selected("Thursday")).toBe("None");
  await expect(group("Thursday")).toContainText("Keep hard days hard");
  expect(await selected("Wednesday")).toBe("None");
  await expect(group("Wednesday")).toContainText("fresh for Thursday's hard run");
  expect(await selected("Saturday")).toBe("Runner's ten, quick");
  await expect(group("Saturday")).toContainText("short activation");
  expect(await selected("Sunday")).toBe("Post-run stretch");
  await expect(group("Sunday")).toContainText("After the long run");
  // Two strength days, not back to back.
  const strength = [];
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    if ((await selected(day)) === "Runner's ten, full sets") strength.push(day);
  }
  expect(strength).toHaveLength(2);
  const WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
  const apart = Math.abs(WEEK.indexOf(strength[1]) - WEEK.indexOf(strength[0]));
  expect(Math.min(apart, 7 - apart), strength.join(", ")).toBeGreaterThanOrEqual(2);
  // Stored, and the weekly goal now follows the plan.
  const stored = await storedJson(page, KEYS.plan);
  expect(stored.data.follows_suggestions).toBe(true);
  const bandDays = stored.data.days.filter((d) => d.band).length;
  expect(bandDays).toBeGreaterThanOrEqual(2);
  expect((await storedJson(page, KEYS.settings)).weekly_goal).toBe(bandDays);

  // A later change to the runs re-plans the days not chosen by hand: as a
  // 20-minute race, Saturday keeps its warm-up and Friday stays free of
  // strength.
  await setRun(page, "Saturday", "Race", 20);
  expect(await selected("Saturday")).toBe("Runner's ten, quick");
  expect(await selected("Friday")).not.toBe("Runner's ten, full sets");
  await setRun(page, "Saturday", "Easy run", 25);

  // The calendar: one weekly event per band day, at its time, with a
  // 15-minute reminder and a link that opens the routine.
  const { events } = await downloadCalendar(page, testInfo);
  expect(events).toHaveLength(bandDays);
  const saturday = events.map(read).find((e) => e.day === "SA");
  expect(saturday).toMatchObject({
    summary: "Band work: Runner's ten, quick",
    freq: "WEEKLY",
    action: "DISPLAY",
    alarm: -15 * 60,
    floating: true,
  });
  // Before a 07:00 run: it ends five minutes before the run starts.
  const [hours, minutes] = saturday.time.split(":").map(Number);
  expect(hours * 60 + minutes + saturday.minutes).toBe(7 * 60 - 5);
  expect(saturday.description).toContain("Before your easy run (25 min)");
  const link = /https?:\S+#\/r\/\S+/.exec(saturday.description)?.[0];
  expect(link, saturday.description).toBeTruthy();
  const sunday = events.map(read).find((e) => e.day === "SU");
  expect(sunday.summary).toBe("Band work: Post-run stretch");
  expect(sunday.time).toBe("08:45"); // 07:00 + 100 min + 5 min.

  // The link opens the routine in Bandwork.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Runner's ten, quick");

  // Today, on the first screen: Saturday's plan and its Start button.
  await openApp(page, "#/library");
  const today = page.getByRole("region", { name: "Today" });
  await expect(today).toBeVisible();
  await expect(today).toContainText(/Easy run, 25 min\. Before it: Runner's ten, quick, about \d+ min\./);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await press(today.getByRole("button", { name: "Start Runner's ten, quick" }), testInfo);
  await expect(player(page)).toBeVisible();
  await page.clock.runFor(100);
  const timer = player(page).getByRole("timer");
  const before = await timer.textContent();
  await page.clock.runFor(3_000);
  await expect(timer).not.toHaveText(before);
  await playThrough(page, testInfo);
  await page.clock.resume();

  // Done today: the tick and the words, and no Start button.
  await openApp(page, "#/library");
  await expect(today).toContainText("Done today");
  await expect(today.getByRole("button", { name: /^Start / })).toHaveCount(0);
  await press(page.getByRole("link", { name: "History" }), testInfo);
  await expect(page.getByRole("list", { name: "Workout history" })).toContainText("Runner's ten, quick");
  // The week at a glance ticks Saturday off, and only Saturday.
  await press(page.getByRole("link", { name: "Plan" }), testInfo);
  const glance = page.getByRole("region", { name: "At a glance" });
  await expect(glance.getByRole("listitem").filter({ hasText: "Sat" })).toContainText("Runner's ten, quick, before the run ✓ done");
  await expect(glance.getByText("✓ done")).toHaveCount(1);
});

test("a routine chosen by hand keeps its hostile name as text in the calendar, with the reminder the runner set", async ({ page }, testInfo) => {
  const name = "Hills; easy, then strides\\";
  await openSeeded(page, {
    [KEYS.kit]: FABRIC_KIT,
    [KEYS.routines]: oneRoutine(name, [entry(1, "walking-squat", timed(2, 30, 20), 2)]),
  }, "#/plan");
  await setRun(page, "Wednesday", "No run");
  await page.getByRole("combobox", { name: "Band work on Wednesday" }).selectOption({ label: name });
  const wednesday = page.getByRole("group", { name: "Wednesday" });
  await expect(wednesday).toContainText("Your choice.");
  await wednesday.getByLabel("Time on Wednesday").fill("18:30");
  await wednesday.getByLabel("Time on Wednesday").blur();
  const reminder = page.getByRole("spinbutton", { name: "Reminder (minutes before)" });
  await reminder.fill("400000");
  await reminder.blur();
  await expect(page.getByRole("alert").filter({ hasText: "The reminder must be" })).toBeVisible();
  await reminder.fill("30");
  await reminder.blur();

  const { text, events } = await downloadCalendar(page, testInfo);
  expect(events).toHaveLength(1);
  const event = read(events[0]);
  expect(event.summary).toBe(`Band work: ${name}`);
  expect(event).toMatchObject({ day: "WE", time: "18:30", alarm: -30 * 60 });
  expect(text).toContain("SUMMARY:Band work: Hills\\; easy\\, then strides\\\\");
  // Exactly the properties the app writes: nothing smuggled in by the name.
  const properties = events[0].getAllProperties().map((p) => p.name).sort();
  expect(properties).toEqual(["description", "dtstamp", "dtstart", "duration", "rrule", "summary", "uid", "url"]);

  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Band work on Wednesday" }).locator("option:checked")).toHaveText(name);
});

test("a calendar link for the runner's own routine opens it ready to start, and another phone still gets the preview", async ({ page, browser }, testInfo) => {
  const name = "Pre-run hips";
  await openSeeded(page, {
    [KEYS.kit]: FABRIC_KIT,
    [KEYS.routines]: oneRoutine(name, [entry(1, "walking-squat", timed(2, 30, 20), 2)]),
  }, "#/plan");
  await setRun(page, "Wednesday", "No run");
  await page.getByRole("combobox", { name: "Band work on Wednesday" }).selectOption({ label: name });
  const { events } = await downloadCalendar(page, testInfo);
  const link = events[0].getFirstPropertyValue("url");
  expect(link).toMatch(/#\/r\/[A-Za-z0-9_-]+/);
  expect(read(events[0]).description).toContain(link);

  // On this phone: the routine itself, with Start, and no preview.
  await page.goto(link);
  await expect(page).toHaveURL(/#\/routine\/1$/);
  await expect(page.getByRole("textbox", { name: "Routine name" })).toHaveValue(name);
  await expect(page.getByRole("button", { name: "Start workout" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: `Your routine ${name}, ready to start.` })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1, name: "Shared routine" })).toHaveCount(0);
  expect((await storedJson(page, KEYS.routines)).data.routines).toHaveLength(1);
  // Back goes to where the runner was, not to the link again.
  await page.goBack();
  await expect(page).toHaveURL(/#\/plan$/);

  // Another phone, without the routine: the link is a share link there.
  const friend = await browser.newContext(testInfo.project.use);
  const other = await friend.newPage();
  await other.goto(process.env.BANDWORK_URL);
  await seed(other, { [KEYS.kit]: FABRIC_KIT });
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  await expect(other.getByText(name, { exact: true })).toBeVisible();
  await press(other.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(other.getByRole("textbox", { name: "Routine name" })).toHaveValue(name);
  await friend.close();
});

test("a damaged stored plan is kept aside, said in words, and the Plan screen still works", async ({ page }, testInfo) => {
  await openApp(page, "#/plan");
  await storeText(page, KEYS.plan, '{"version":3,"data":{"days":"soon"}}');
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "week plan" })).toContainText("could not be read");
  await expect(page.getByRole("heading", { level: 1, name: "Your week" })).toBeVisible();
  await setRun(page, "Monday", "Easy run", 40);
  await press(page.getByRole("button", { name: "Use suggested plan" }), testInfo);
  await expect(page.getByRole("combobox", { name: "Band work on Monday" }).locator("option:checked")).not.toHaveText("None");
});

test("another tab's change to the week shows here", async ({ page, context }) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT }, "#/plan");
  const other = await context.newPage();
  await openApp(other, "#/plan");
  await setRun(other, "Friday", "Long run", 90);
  await expect(page.getByRole("combobox", { name: "Run on Friday" }).locator("option:checked")).toHaveText("Long run");
  await expect(page.getByRole("spinbutton", { name: "Minutes of running on Friday" })).toHaveValue("90");
});

/** The week schema 3 wrote: Saturday (START's day) a long run, then Post-run stretch. */
const PLAN = JSON.parse(readFileSync(new URL("../fixtures/v3/plan.json", import.meta.url), "utf8"));

test("a starter saved to Routines is listed once in each day's band work", async ({ page }) => {
  // The first run saves its starter under the starter's own name.
  const saved = oneRoutine("Runner's ten, quick", [entry(1, "clamshell", timed(2, 30, 10), 2)]);
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.routines]: saved, [KEYS.plan]: PLAN }, "#/plan");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) {
    const select = page.getByRole("combobox", { name: `Band work on ${day}` });
    // The options come in after the select itself: wait for the saved one.
    await expect(select.locator("option", { hasText: "Runner's ten, quick" }).first()).toBeAttached();
    const options = await select.locator("option").allTextContents();
    const names = options.map((text) => text.trim());
    expect(names.filter((name) => name === "Runner's ten, quick"), day).toHaveLength(1);
    expect(new Set(names).size, `${day}: ${names.join(" | ")}`).toBe(names.length);
  }
});

test("Today says a workout is already done today rather than suggesting another first", async ({ page }) => {
  await page.clock.install({ time: START });
  const history = { version: 1, data: { sessions: [sampleSession("2026-11-21T06:00:00", "Hips")] } };
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT, [KEYS.plan]: PLAN, [KEYS.history]: history }, "#/library");
  const today = page.getByRole("region", { name: "Today" });
  await expect(today).toContainText("Long run, 100 min. After it: Post-run stretch");
  await expect(today).toContainText("Done today: Hips.");
  // Still one tap away, but no longer offered as if nothing was done.
  await expect(today.getByRole("button", { name: "Start Post-run stretch", exact: true })).toHaveCount(0);
  await expect(today.getByRole("button", { name: "Start Post-run stretch too" })).toBeVisible();
});
