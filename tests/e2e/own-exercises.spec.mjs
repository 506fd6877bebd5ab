// The runner's own exercises: made in the form, found in the library,
// added to a routine, played, shared by link and saved on a friend's
// phone; deleting asks first and offers Undo; hostile text stays text.
import { test, expect, openApp, openSeeded, press } from "./support/app.mjs";
import { KEYS, SCHEMA_VERSION } from "./support/keys.mjs";
import { FABRIC_KIT, seed, storedJson, storedRoutines, storedSessions } from "./support/seed.mjs";
import { forPlaywright, openFilters, player } from "./support/ui.mjs";

const STEPS = [
  "Stand on one leg with the band just above your knees.",
  "Turn your hips open towards the side, slowly.",
  "Turn them back until they face the floor.",
];

/** The own-exercise record as the app stores it. */
function ownRecord(exercises) {
  return { version: SCHEMA_VERSION, data: { exercises, next_id: exercises.length + 1 } };
}

/** A stored own exercise. */
function stored(id, name, extra = {}) {
  return {
    id,
    name,
    muscles: ["glute_medius"],
    category: "strength",
    placement: "thighs",
    band_type: "mini_loop",
    equipment: [],
    default_dose: { sets: 2, shape: { reps: { reps: 8 } }, rest_s: 30, per_side: true },
    steps: STEPS,
    cues: [],
    ...extra,
  };
}

/** One routine using `exercises` (ids), two sets of eight each side. */
function routineOf(name, exercises) {
  return {
    version: SCHEMA_VERSION,
    data: {
      routines: [
        {
          id: 1,
          routine: {
            name,
            entries: exercises.map((exercise, i) => ({
              id: i + 1,
              exercise,
              dose: { sets: 2, shape: { reps: { reps: 8 } }, rest_s: 30, per_side: true },
              bands: { main: 1, stacked: null },
              circuit: null,
            })),
            circuits: [],
            next_id: exercises.length + 1,
          },
        },
      ],
      next_id: 2,
    },
  };
}

/** The share link of routine 1, from its editor. */
async function shareLink(page, testInfo) {
  await press(page.getByRole("button", { name: "Share routine" }), testInfo);
  const field = page.getByRole("textbox", { name: "Share link" });
  await expect(field).toHaveValue(/#\/r\/[A-Za-z0-9_-]+$/);
  return field.inputValue();
}

/** A friend's phone: a fresh browser profile with `records` stored. */
async function friendsPhone(browser, testInfo, records = {}) {
  const context = await browser.newContext(testInfo.project.use);
  const page = await context.newPage();
  await page.goto(process.env.BANDWORK_URL);
  await seed(page, records);
  return { context, page };
}

test("a runner makes an exercise, plays it in a routine, and a friend saves it from the link", async ({ page, browser }, testInfo) => {
  await openSeeded(page, { [KEYS.kit]: FABRIC_KIT });

  // The form: an empty name is refused in words, with the focus on it.
  await press(page.getByRole("button", { name: "New exercise" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "New exercise" })).toBeVisible();
  const name = page.getByRole("textbox", { name: "Exercise name" });
  await press(page.getByRole("button", { name: "Save exercise" }), testInfo);
  await expect(page.getByText("Give the exercise a name.")).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  // A catalog name is taken; a plain http video link is refused.
  await name.fill("clamshell");
  await page.getByRole("textbox", { name: "Video link" }).fill("http://example.org/v");
  await press(page.getByRole("button", { name: "Save exercise" }), testInfo);
  await expect(page.getByText("An exercise with this name already exists. Choose another name.")).toBeVisible();
  await expect(page.getByText(/must start with https:\/\//)).toBeVisible();
  expect(await storedJson(page, KEYS.ownExercises)).toBeNull();

  await name.fill("Hip airplane");
  await page.getByRole("checkbox", { name: "Glute medius" }).check();
  await page.getByRole("combobox", { name: "Band placement" }).selectOption({ label: "Around the thighs" });
  await expect(page.getByRole("img", { name: "Around the thighs" })).toBeVisible();
  await page.getByRole("textbox", { name: "Steps" }).fill(STEPS.join("\n"));
  await page.getByRole("textbox", { name: "Video link" }).fill("https://example.org/hip-airplane");
  await press(page.getByRole("button", { name: "Save exercise" }), testInfo);

  // Its page: the runner's words, the video as a plain link, Edit and Delete.
  await expect(page.getByRole("heading", { level: 1, name: "Hip airplane" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How to do it" })).toBeVisible();
  await expect(page.locator("ol.steps li")).toHaveText(STEPS);
  const video = page.getByRole("link", { name: "https://example.org/hip-airplane" });
  await expect(video).toHaveAttribute("target", "_blank");
  await expect(video).toHaveAttribute("rel", "noopener noreferrer");
  await expect(page.getByRole("button", { name: "Edit exercise" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete exercise" })).toBeVisible();
  const mine = (await storedJson(page, KEYS.ownExercises)).data.exercises;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ id: "own-1", name: "Hip airplane", placement: "thighs", muscles: ["glute_medius"], steps: STEPS });

  // The library: marked Yours, found by the Yours chip and by muscle.
  await press(page.getByRole("link", { name: "‹ Library" }), testInfo);
  const library = page.getByRole("list", { name: "Exercise library" });
  const card = library.getByRole("listitem").filter({ hasText: "Hip airplane" });
  await expect(card).toContainText("Yours");
  await openFilters(forPlaywright(page, { touch: testInfo.project.use.hasTouch }));
  await press(page.getByRole("button", { name: "Yours", exact: true }), testInfo);
  await expect(library.getByRole("listitem").filter({ visible: true })).toHaveCount(1);
  await press(page.getByRole("button", { name: "Yours", exact: true }), testInfo);
  await page.getByRole("searchbox", { name: "Search exercises" }).fill("airplane");
  await expect(library.getByRole("listitem").filter({ visible: true })).toHaveCount(1);
  await page.getByRole("searchbox", { name: "Search exercises" }).fill("");

  // Into a new routine, from the library's Add.
  await press(card.getByRole("button", { name: "Add Hip airplane to routine" }), testInfo);
  await press(page.getByRole("button", { name: "New routine" }), testInfo);
  await expect(page.getByRole("status")).toHaveText(/Added Hip airplane to My routine/);
  await press(page.getByRole("link", { name: "Open My routine" }), testInfo);
  await expect(page.getByRole("list", { name: "Routine", exact: true })).toContainText("Hip airplane");

  // Played: its name on screen and in the spoken line, its placement drawn.
  const link = await shareLink(page, testInfo);
  await press(page.getByRole("button", { name: "Start workout" }), testInfo);
  await expect(player(page).locator(".player-exercise")).toHaveText("Hip airplane");
  await expect(player(page).getByRole("img", { name: "Around the thighs" })).toBeVisible();
  await expect(player(page).locator("[aria-live]")).toContainText("Hip airplane");
  // Past Get ready, one set done, then end and save.
  await press(player(page).getByRole("button", { name: "Skip" }), testInfo);
  await press(player(page).getByRole("button", { name: "Done" }), testInfo);
  await press(player(page).getByRole("button", { name: "End workout" }), testInfo);
  await press(page.getByRole("dialog", { name: "End this workout?" }).getByRole("button", { name: "Save and end" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: /^Workout (complete|ended)$/ })).toBeVisible();
  const sessions = await storedSessions(page);
  expect(sessions.at(-1).exercises.map((e) => e.exercise)).toEqual(["own-1"]);
  await press(page.getByRole("link", { name: "See history" }), testInfo);
  await expect(page.getByRole("list", { name: "Workout history" })).toContainText("Hip airplane");

  // A friend's phone, with an exercise of their own already called Hip airplane.
  const friend = await friendsPhone(browser, testInfo, {
    [KEYS.kit]: FABRIC_KIT,
    [KEYS.ownExercises]: ownRecord([stored("own-1", "Hip airplane", { steps: ["Something else"] })]),
  });
  await friend.page.goto(link);
  await expect(friend.page.getByRole("heading", { level: 1, name: "Shared routine" })).toBeVisible();
  const items = friend.page.getByRole("list", { name: "Exercises in the shared routine" }).getByRole("listitem");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText("Hip airplane");
  await expect(items.first()).toContainText("The sender's own exercise");
  await press(friend.page.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(friend.page.getByRole("textbox", { name: "Routine name" })).toHaveValue("My routine");
  const theirs = (await storedJson(friend.page, KEYS.ownExercises)).data.exercises;
  expect(theirs.map((e) => [e.id, e.name])).toEqual([["own-1", "Hip airplane"], ["own-2", "Hip airplane (2)"]]);
  expect(theirs[1].steps).toEqual(STEPS);
  expect(theirs[1].video).toBe("https://example.org/hip-airplane");
  expect((await storedRoutines(friend.page))[0].routine.entries.map((e) => e.exercise)).toEqual(["own-2"]);
  await expect(friend.page.getByRole("list", { name: "Routine", exact: true })).toContainText("Hip airplane (2)");

  // The same link again: the routine is known, and a copy of it reuses the
  // exercise instead of copying it again.
  await friend.page.goto(link);
  await press(friend.page.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(friend.page.getByText("You already have “My routine”.")).toBeVisible();
  await press(friend.page.getByRole("button", { name: "Save a copy" }), testInfo);
  await expect(friend.page.getByRole("textbox", { name: "Routine name" })).toBeVisible();
  expect(await storedRoutines(friend.page)).toHaveLength(2);
  expect((await storedJson(friend.page, KEYS.ownExercises)).data.exercises).toHaveLength(2);
  await friend.context.close();
});

test("deleting an exercise names the routines that use it, takes it out, and Undo puts it back", async ({ page }, testInfo) => {
  await openSeeded(
    page,
    {
      [KEYS.kit]: FABRIC_KIT,
      [KEYS.ownExercises]: ownRecord([stored("own-1", "Banded hip airplane")]),
      [KEYS.routines]: routineOf("Physio homework", ["own-1", "clamshell"]),
    },
    "#/library/own-1",
  );
  await expect(page.getByRole("heading", { level: 1, name: "Banded hip airplane" })).toBeVisible();
  await press(page.getByRole("button", { name: "Delete exercise" }), testInfo);
  const dialog = page.getByRole("alertdialog", { name: "Delete Banded hip airplane?" });
  await expect(dialog).toContainText("It is in 1 routine: Physio homework.");
  await press(dialog.getByRole("button", { name: "Cancel" }), testInfo);
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete exercise" })).toBeFocused();

  await press(page.getByRole("button", { name: "Delete exercise" }), testInfo);
  await press(dialog.getByRole("button", { name: "Delete", exact: true }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Exercise library" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Exercise library" })).not.toContainText("Banded hip airplane");
  expect((await storedRoutines(page))[0].routine.entries.map((e) => e.exercise)).toEqual(["clamshell"]);
  expect((await storedJson(page, KEYS.ownExercises)).data.exercises[0].deleted).toBe(true);

  await press(page.getByRole("region", { name: "Undo" }).getByRole("button", { name: "Undo" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Banded hip airplane" })).toBeVisible();
  expect((await storedRoutines(page))[0].routine.entries.map((e) => e.exercise)).toEqual(["own-1", "clamshell"]);
  expect((await storedJson(page, KEYS.ownExercises)).data.exercises[0].deleted).toBeUndefined();
});

test("an exercise can be edited, and its new name shows in its routine", async ({ page }, testInfo) => {
  await openSeeded(
    page,
    {
      [KEYS.kit]: FABRIC_KIT,
      [KEYS.ownExercises]: ownRecord([stored("own-1", "Hip airplane")]),
      [KEYS.routines]: routineOf("Physio homework", ["own-1"]),
    },
    "#/library/own-1",
  );
  await press(page.getByRole("button", { name: "Edit exercise" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Edit exercise" })).toBeVisible();
  const name = page.getByRole("textbox", { name: "Exercise name" });
  await expect(name).toHaveValue("Hip airplane");
  await expect(page.getByRole("textbox", { name: "Steps" })).toHaveValue(STEPS.join("\n"));
  await name.fill("Slow hip airplane");
  await press(page.getByRole("button", { name: "Save exercise" }), testInfo);
  await expect(page.getByRole("heading", { level: 1, name: "Slow hip airplane" })).toBeVisible();
  await openApp(page, "#/routine/1");
  await expect(page.getByRole("list", { name: "Routine", exact: true })).toContainText("Slow hip airplane");
  expect((await storedJson(page, KEYS.ownExercises)).data.exercises.map((e) => e.id)).toEqual(["own-1"]);
});

test("hostile text in a shared own exercise stays text", async ({ page, browser }, testInfo) => {
  const hostile = "<img src=x onerror=alert(1)>";
  await openSeeded(
    page,
    {
      [KEYS.kit]: FABRIC_KIT,
      [KEYS.ownExercises]: ownRecord([stored("own-1", hostile, { steps: [hostile], video: "https://x.test/\"><script>alert(2)</script>" })]),
      [KEYS.routines]: routineOf("Hostile", ["own-1"]),
    },
    "#/routine/1",
  );
  const link = await shareLink(page, testInfo);
  const friend = await friendsPhone(browser, testInfo, { [KEYS.kit]: FABRIC_KIT });
  let dialogs = 0;
  friend.page.on("dialog", (dialog) => {
    dialogs += 1;
    dialog.dismiss();
  });
  await friend.page.goto(link);
  await expect(friend.page.getByText(hostile, { exact: true })).toBeVisible();
  await press(friend.page.getByRole("button", { name: "Save to my routines" }), testInfo);
  await expect(friend.page.getByRole("textbox", { name: "Routine name" })).toBeVisible();
  await friend.page.goto(`${process.env.BANDWORK_URL}#/library/own-1`);
  await expect(friend.page.getByRole("heading", { level: 1, name: hostile })).toBeVisible();
  await expect(friend.page.locator("ol.steps li")).toHaveText([hostile]);
  await expect(friend.page.locator("main img, main script")).toHaveCount(0);
  expect(dialogs).toBe(0);
  await friend.context.close();
});
