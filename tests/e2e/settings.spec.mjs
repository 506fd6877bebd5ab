// Settings: units and theme, the voice and the beeps' volume, saved on the
// device, and what happens when the stored copy is damaged or from a newer
// version.
import { test, expect, openApp, press } from "./support/app.mjs";
import { KEYS, backupKey } from "./support/keys.mjs";
import { FABRIC_KIT, entry, oneRoutine, storeText, storedText } from "./support/seed.mjs";
import { START, startOnFakeClock } from "./support/workout.mjs";

const storeRaw = (page, text) => storeText(page, KEYS.settings, text);
const readRaw = (page, key = KEYS.settings) => storedText(page, key);

function background(page) {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

test("units and theme are saved and survive a reload", async ({ page }, testInfo) => {
  await openApp(page, "#/settings");
  await expect(page.getByRole("radio", { name: "Pounds (lb)" })).toBeChecked();
  await expect(page.getByText("15-20 lb")).toBeVisible();
  const lightBackground = await background(page);

  await press(page.getByRole("radio", { name: "Kilograms (kg)" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Settings saved");
  await expect(page.getByText("7-9 kg")).toBeVisible();

  await press(page.getByRole("radio", { name: "Dark" }), testInfo);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect.poll(() => background(page)).not.toBe(lightBackground);
  const darkBackground = await background(page);

  await page.reload();
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.getByText("7-9 kg")).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await background(page)).toBe(darkBackground);
  expect(JSON.parse(await readRaw(page))).toEqual({
    version: 1,
    units: "kg",
    theme: "dark",
    cues: { beeps: true, voice: true, vibrate: true, flash: true, tempo: false },
    weekly_goal: 2,
    goal_by_hand: false,
    beep_volume: 100,
  });

  await press(page.getByRole("radio", { name: "Match my device" }), testInfo);
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
});

test("the radios work from the keyboard", async ({ page }) => {
  await openApp(page, "#/settings");
  await page.getByRole("radio", { name: "Pounds (lb)" }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeFocused();
  await expect(page.getByText("7-9 kg")).toBeVisible();
});

test("damaged settings: the app starts on defaults, says so, and keeps the original", async ({ page }, testInfo) => {
  await openApp(page, "#/settings");
  await storeRaw(page, "{this is not json");
  await page.reload();

  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not be read");
  await expect(alert).toContainText("kept the original text safely");
  await expect(page.getByRole("radio", { name: "Pounds (lb)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Match my device" })).toBeChecked();
  // Loading neither overwrote nor dropped the damaged text.
  expect(await readRaw(page)).toBe("{this is not json");
  expect(await readRaw(page, backupKey(KEYS.settings))).toBe("{this is not json");

  await press(page.getByRole("radio", { name: "Kilograms (kg)" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Settings saved");
  expect(JSON.parse(await readRaw(page)).units).toBe("kg");
  expect(await readRaw(page, backupKey(KEYS.settings))).toBe("{this is not json");

  await press(alert.getByRole("button", { name: "Dismiss" }), testInfo);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("an unknown value resets only its own setting", async ({ page }) => {
  await openApp(page, "#/settings");
  await storeRaw(page, '{"version":1,"units":"stone","theme":"dark"}');
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("(units)");
  await expect(page.getByRole("radio", { name: "Pounds (lb)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("settings from a newer version are shown but never overwritten", async ({ page }, testInfo) => {
  const newer = '{"version":99,"units":"kg","theme":"light","sound":"loud"}';
  await openApp(page, "#/settings");
  await storeRaw(page, newer);
  await page.reload();
  await expect(page.getByRole("alert")).toContainText("newer version of Bandwork");
  await expect(page.getByRole("radio", { name: "Kilograms (kg)" })).toBeChecked();

  await press(page.getByRole("radio", { name: "Dark" }), testInfo);
  await expect(page.getByRole("status")).toHaveText("Changed for now, not saved");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await readRaw(page)).toBe(newer);
});

// Runs in the page before the app: speech synthesis with `voices` (none
// for an empty list), sending voiceschanged once they have "loaded", and
// recording each line spoken with its voice's name; and an AudioContext
// recording the peak of each beep's gain. A function source, so the CSP
// allows it.
function fakeCueDevices(voices) {
  window.__spoken = [];
  window.__peaks = [];
  let loaded = false;
  const list = voices.map((v) => ({ ...v, localService: true, default: false }));
  Object.defineProperty(speechSynthesis, "getVoices", { value: () => (loaded ? list : []), configurable: true });
  Object.defineProperty(speechSynthesis, "speak", {
    value: (line) => window.__spoken.push({ text: line.text, voice: line.voice ? line.voice.name : null }),
    configurable: true,
  });
  Object.defineProperty(speechSynthesis, "cancel", { value: () => {}, configurable: true });
  // A real utterance takes only the browser's own voice objects.
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
      this.lang = "";
      this.volume = 1;
      this.voice = null;
    }
  };
  // The voices arrive after the page, as in Chromium.
  setTimeout(() => {
    loaded = true;
    if (typeof speechSynthesis.onvoiceschanged === "function") speechSynthesis.onvoiceschanged(new Event("voiceschanged"));
  }, 300);
  const param = () => ({
    value: 0,
    setValueAtTime() {},
    linearRampToValueAtTime(v) {
      if (v > 0) window.__peaks.push(v);
    },
  });
  const node = (extra) => ({ connect() {}, start() {}, stop() {}, ...extra });
  window.AudioContext = class {
    constructor() {
      this.state = "running";
      this.currentTime = 0;
      this.destination = {};
    }
    resume() {
      return Promise.resolve();
    }
    createOscillator() {
      return node({ type: "sine", frequency: param() });
    }
    createGain() {
      return node({ gain: param() });
    }
  };
}

const TWO_VOICES = [
  { name: "Daniel", voiceURI: "urn:test:daniel", lang: "en-GB" },
  { name: "Anna", voiceURI: "urn:test:anna", lang: "de-DE" },
  { name: "Samantha", voiceURI: "urn:test:samantha", lang: "en-US" },
];

// Issue 27 #13: cues were on/off switches only.
test("the voice is chosen from the device's English voices, tested, and kept after a reload", async ({ page }, testInfo) => {
  await page.addInitScript(fakeCueDevices, TWO_VOICES);
  await openApp(page, "#/settings");
  const voice = page.getByRole("combobox", { name: "Voice" });
  // Listed once they have loaded; the German voice is not offered.
  await expect(voice.getByRole("option")).toHaveText(["The device's default voice", "Daniel (en-GB)", "Samantha (en-US)"]);
  await expect(voice).toHaveValue("");
  await voice.selectOption({ label: "Samantha (en-US)" });
  await expect(page.getByRole("status")).toHaveText("Settings saved");
  expect(JSON.parse(await readRaw(page))).toMatchObject({ voice_uri: "urn:test:samantha", voice_name: "Samantha" });

  await press(page.getByRole("button", { name: "Test voice" }), testInfo);
  await expect.poll(() => page.evaluate(() => window.__spoken.at(-1))).toEqual({
    text: "Clamshell, left side, 12 reps. Blue band.",
    voice: "Samantha",
  });

  await page.reload();
  await expect(voice).toHaveValue("urn:test:samantha");
  await press(page.getByRole("button", { name: "Test voice" }), testInfo);
  await expect.poll(() => page.evaluate(() => window.__spoken.at(-1)?.voice)).toBe("Samantha");

  // Back to the device's default: no voice of its own on the line.
  await voice.selectOption({ label: "The device's default voice" });
  await expect.poll(async () => JSON.parse(await readRaw(page)).voice_uri).toBeUndefined();
  await press(page.getByRole("button", { name: "Test voice" }), testInfo);
  await expect.poll(() => page.evaluate(() => window.__spoken.at(-1))).toEqual({
    text: "Clamshell, left side, 12 reps. Blue band.",
    voice: null,
  });
});

test("a kept voice the device no longer has falls back to the default", async ({ page }, testInfo) => {
  await page.addInitScript(fakeCueDevices, TWO_VOICES);
  await openApp(page, "#/settings");
  await storeRaw(page, JSON.stringify({ version: 1, units: "lb", voice_uri: "urn:test:gone", voice_name: "Gone", beep_volume: 100 }));
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Voice" })).toHaveValue("");
  await press(page.getByRole("button", { name: "Test voice" }), testInfo);
  await expect.poll(() => page.evaluate(() => window.__spoken.at(-1)?.voice)).toBeNull();
});

test("the beep volume is kept after a reload and Test beep plays at it", async ({ page }, testInfo) => {
  await page.addInitScript(fakeCueDevices, TWO_VOICES);
  await openApp(page, "#/settings");
  const volume = page.getByRole("slider", { name: "Beep volume" });
  await expect(volume).toHaveValue("100");
  await press(page.getByRole("button", { name: "Test beep" }), testInfo);
  await expect.poll(() => page.evaluate(() => window.__peaks.at(-1))).toBeCloseTo(0.6);

  // From the keyboard: five steps of 5 down.
  await volume.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  await expect(volume).toHaveValue("75");
  await expect(volume).toHaveAttribute("aria-valuetext", "75%");
  await expect.poll(async () => JSON.parse(await readRaw(page)).beep_volume).toBe(75);
  await volume.fill("40");
  await expect.poll(async () => JSON.parse(await readRaw(page)).beep_volume).toBe(40);

  await page.reload();
  await expect(volume).toHaveValue("40");
  await press(page.getByRole("button", { name: "Test beep" }), testInfo);
  await expect.poll(() => page.evaluate(() => window.__peaks.at(-1))).toBeCloseTo(0.24);
});

test("a device with no English voice says that spoken cues are off", async ({ page }) => {
  await page.addInitScript(fakeCueDevices, [{ name: "Anna", voiceURI: "urn:test:anna", lang: "de-DE" }]);
  await openApp(page, "#/settings");
  await expect(page.getByText("This device has no voices for English, so spoken cues are off.")).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Voice" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Test voice" })).toHaveCount(0);
  // The beeps' volume is still there.
  await expect(page.getByRole("slider", { name: "Beep volume" })).toBeVisible();
});

test("the player speaks its cues in the kept voice and beeps at the kept volume", async ({ page }, testInfo) => {
  await page.clock.install({ time: START });
  await page.addInitScript(fakeCueDevices, TWO_VOICES);
  const records = {
    [KEYS.kit]: FABRIC_KIT,
    [KEYS.routines]: oneRoutine("Voice check", [entry(1, "walking-squat", { sets: 1, shape: { timed: { work_s: 5 } }, rest_s: 0, per_side: false }, 2)]),
    [KEYS.settings]: { version: 1, units: "lb", voice_uri: "urn:test:daniel", voice_name: "Daniel", beep_volume: 50 },
  };
  await startOnFakeClock(page, testInfo, records, { clockInstalled: true });
  await page.clock.runFor(11_000);
  const spoken = await page.evaluate(() => window.__spoken.filter((line) => line.text !== ""));
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((line) => line.voice === "Daniel"), JSON.stringify(spoken)).toBe(true);
  const peaks = await page.evaluate(() => window.__peaks);
  expect(peaks.length).toBeGreaterThan(0);
  for (const peak of peaks) expect(peak).toBeCloseTo(0.3);
});
