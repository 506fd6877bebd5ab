// Page helpers shared by the Playwright specs (Chromium) and the WebDriver
// journeys in WebKit and Firefox (tests/engines/): controls found by role
// and accessible name, and flows ("add an exercise", "play to the end")
// written once on top of a small adapter.
//
// A locator here is plain data: an array of steps, each searched for inside
// the elements the step before it found.
//   byRole("button", "Skip")                     a step: role and name
//   within(PLAYER, byRole("button", "Done"))     Done inside the player
// Names match as in Playwright's getByRole: a string matches any name that
// contains it, ignoring case; { exact: true } wants the whole name, case
// and all; a RegExp is tested against the name.
//
// The adapter (`forPlaywright(page)` or `forSelenium(driver, url)`) does the
// rest: count, click, fill, text, value, checked, evaluate, goto, reload.

/** A step that finds elements by ARIA role and accessible name. */
export function byRole(role, name, { exact = false, level, hasText, nth } = {}) {
  return [{ role, name, exact, level, hasText, nth }];
}

/** A step that finds elements by a CSS selector. */
export function byCss(css, { hasText, nth } = {}) {
  return [{ css, hasText, nth }];
}

/** A step that finds the innermost elements whose text matches. */
export function byText(text, { exact = false, nth } = {}) {
  return [{ text, exact, nth }];
}

/** `child` searched inside what `parent` finds. */
export function within(parent, child) {
  return [...parent, ...child];
}

/** A step that finds form controls by their label (as getByLabel). */
export function byLabel(label, { exact = false } = {}) {
  return [{ label, exact }];
}

/** The `n`th (from 0) of what `locator` finds. */
export function nth(locator, n) {
  return [...locator.slice(0, -1), { ...locator.at(-1), nth: n }];
}

// The app's landmarks and lists (names from /work/shared/ui-contract.md).
export const NAV = byRole("navigation", "Main");
export const PLAYER = byRole("region", "Workout player");
export const ROUTINE = byRole("list", "Routine", { exact: true });
export const STATUS = byRole("status");
/** The name of each of the routine's entries. */
export const ENTRY_NAMES = within(ROUTINE, byCss(":scope > li .entry-name"));

// Playwright-side shortcuts, for specs that used to define their own copy.
/** The workout player's region on a Playwright page. */
export function player(page) {
  return forPlaywright(page).locate(PLAYER);
}

/** The list of the routine being edited, on a Playwright page. */
export function routineList(page) {
  return forPlaywright(page).locate(ROUTINE);
}

/** The names of the routine's entries, in order, on a Playwright page. */
export function routineEntryNames(page) {
  return forPlaywright(page).locate(ENTRY_NAMES);
}

// ---------------------------------------------------------------------------
// The finder that runs in the page (for WebDriver, which has no getByRole).
// Its source is sent to the browser as it is, so it uses nothing from outside
// its own body, and never eval (the app's CSP forbids it, and WebKit applies
// the CSP to injected scripts).
//
// Roles: the explicit role attribute, or the implicit role of the HTML
// elements the app uses (button, link, heading, textbox, searchbox,
// spinbutton, checkbox, radio, combobox, list, listitem, region,
// navigation, main, dialog, group, img, progressbar, status...).
// Names, in order: aria-labelledby, aria-label, <label for> or a wrapping
// label, alt, a fieldset's legend, the text content (for the roles named
// from content), title, placeholder. Elements that are hidden (the hidden
// attribute, display: none, visibility: hidden, aria-hidden, inert) are left
// out, as Playwright does.
//
// `op`: "count"; "element" (the single match, scrolled to the middle of
// the viewport so that a fixed bottom bar does not cover it, or null while
// it is missing, ambiguous or disabled); "text", "value", "checked",
// "attr" (of the single match, or null); "texts" (of every match).
export function findInPage(steps, op, arg) {
  const norm = (s) => String(s ?? "").replace(/\s+/g, " ").trim();
  const pattern = (p) => (p && typeof p === "object" && "source" in p ? new RegExp(p.source, p.flags) : p);
  const matches = (value, wanted, exact) => {
    const want = pattern(wanted);
    if (want === undefined || want === null) return true;
    if (want instanceof RegExp) return want.test(value);
    return exact ? value === norm(want) : value.toLowerCase().includes(norm(want).toLowerCase());
  };
  const hidden = (el) => {
    if (el.closest('[aria-hidden="true"], [inert]')) return true;
    if (typeof el.checkVisibility === "function") return !el.checkVisibility({ visibilityProperty: true });
    for (let e = el; e; e = e.parentElement) if (e.hidden || getComputedStyle(e).display === "none") return true;
    return getComputedStyle(el).visibility === "hidden";
  };
  const LANDMARK_PARENTS = "article, aside, main, nav, section";
  const roleOf = (el) => {
    const explicit = (el.getAttribute("role") || "").trim().split(/\s+/)[0];
    if (explicit) return explicit === "presentation" ? "none" : explicit;
    const tag = el.localName;
    if (/^h[1-6]$/.test(tag)) return "heading";
    switch (tag) {
      case "a":
      case "area":
        return el.hasAttribute("href") ? "link" : null;
      case "button":
        return "button";
      case "input": {
        const type = (el.getAttribute("type") || "text").toLowerCase();
        // A file input is a button ("Choose file"), as in Chromium.
        if (["button", "submit", "reset", "image", "file"].includes(type)) return "button";
        if (type === "checkbox") return "checkbox";
        if (type === "radio") return "radio";
        if (type === "number") return "spinbutton";
        if (type === "range") return "slider";
        if (type === "search") return el.list ? "combobox" : "searchbox";
        if (["text", "email", "tel", "url"].includes(type)) return el.list ? "combobox" : "textbox";
        return null;
      }
      case "textarea":
        return "textbox";
      case "select":
        return el.multiple || el.size > 1 ? "listbox" : "combobox";
      case "option":
        return "option";
      case "ul":
      case "ol":
      case "menu":
        return "list";
      case "li":
        return "listitem";
      case "nav":
        return "navigation";
      case "main":
        return "main";
      case "article":
        return "article";
      case "aside":
        return "complementary";
      case "section":
        return el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby") || el.hasAttribute("title") ? "region" : null;
      case "form":
        return el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby") ? "form" : null;
      case "header":
        return el.parentElement?.closest(LANDMARK_PARENTS) ? null : "banner";
      case "footer":
        return el.parentElement?.closest(LANDMARK_PARENTS) ? null : "contentinfo";
      case "dialog":
        return "dialog";
      case "fieldset":
      case "details":
        return "group";
      case "img":
        return el.getAttribute("alt") === "" ? "none" : "img";
      case "progress":
        return "progressbar";
      case "meter":
        return "meter";
      case "output":
        return "status";
      case "table":
        return "table";
      case "tr":
        return "row";
      case "td":
        return "cell";
      case "th":
        return "columnheader";
      case "p":
        return "paragraph";
      case "hr":
        return "separator";
      default:
        return null;
    }
  };
  const FROM_CONTENT = new Set([
    "button", "link", "heading", "checkbox", "radio", "switch", "tab", "option", "cell",
    "columnheader", "rowheader", "row", "menuitem", "menuitemcheckbox", "menuitemradio", "treeitem", "tooltip",
  ]);
  const INLINE = new Set(["inline", "contents"]);
  // The text an element gives to a name: its visible text, with a child's
  // own aria-label or alt standing in for that child's content.
  const textOf = (node, ignoreHidden, self = null) => {
    let out = "";
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        out += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        if (child === self || (!ignoreHidden && hidden(child))) continue;
        const label = child.getAttribute("aria-label");
        let text;
        if (label && label.trim()) text = label;
        else if (child.localName === "img") text = child.getAttribute("alt") || "";
        else if (child.localName === "select") text = child.selectedOptions?.[0]?.textContent || "";
        else if (child.localName === "textarea") text = child.value || "";
        else if (child.localName === "input") text = ["checkbox", "radio", "file", "hidden"].includes(child.type) ? "" : child.value || "";
        else text = textOf(child, ignoreHidden, self);
        const block = !INLINE.has(getComputedStyle(child).display);
        out += block ? ` ${text} ` : text;
      }
    }
    return out;
  };
  const nameOf = (el, role) => {
    const ids = el.getAttribute("aria-labelledby");
    if (ids) {
      const text = ids
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map((e) => e.getAttribute("aria-label") || textOf(e, true))
        .join(" ");
      if (norm(text)) return norm(text);
    }
    const label = el.getAttribute("aria-label");
    if (norm(label)) return norm(label);
    const tag = el.localName;
    if (tag === "input" && ["button", "submit", "reset"].includes(el.type)) return norm(el.value);
    if (["input", "select", "textarea"].includes(tag) && el.labels && el.labels.length) {
      // The label's text, less the control itself when the label wraps it.
      return norm([...el.labels].map((l) => textOf(l, false, el)).join(" "));
    }
    if (tag === "img") return norm(el.getAttribute("alt"));
    if (tag === "fieldset") {
      const legend = el.querySelector(":scope > legend");
      if (legend) return norm(textOf(legend, false));
    }
    if (FROM_CONTENT.has(role)) {
      const text = norm(textOf(el, false));
      if (text) return text;
    }
    return norm(el.getAttribute("title") || el.getAttribute("placeholder"));
  };
  const levelOf = (el) => Number(el.getAttribute("aria-level")) || Number(el.localName.slice(1)) || 2;

  let scopes = [document];
  for (const step of steps) {
    const found = new Set();
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll(step.css || "*")) {
        if (hidden(el)) continue;
        if (step.role) {
          const role = roleOf(el);
          if (role !== step.role) continue;
          if (step.level !== undefined && levelOf(el) !== step.level) continue;
          if (step.name !== undefined && step.name !== null && !matches(nameOf(el, role), step.name, step.exact)) continue;
        }
        if (step.label !== undefined) {
          if (!["input", "select", "textarea"].includes(el.localName)) continue;
          if (!matches(nameOf(el, roleOf(el)), step.label, step.exact)) continue;
        }
        if (step.text !== undefined) {
          const own = norm(textOf(el, false));
          if (!matches(own, step.text, step.exact)) continue;
          // The innermost match only.
          if ([...el.children].some((c) => !hidden(c) && matches(norm(textOf(c, false)), step.text, step.exact))) continue;
        }
        if (step.hasText !== undefined && !matches(norm(el.textContent), step.hasText, false)) continue;
        found.add(el);
      }
    }
    let list = [...found];
    if (step.nth !== undefined && step.nth !== null) list = step.nth < 0 ? list.slice(step.nth).slice(0, 1) : list.slice(step.nth, step.nth + 1);
    scopes = list;
  }
  if (op === "count") return scopes.length;
  if (op === "texts") return scopes.map((el) => norm(el.textContent));
  if (scopes.length !== 1) return null;
  const el = scopes[0];
  switch (op) {
    case "element": {
      if (el.disabled || el.getAttribute("aria-disabled") === "true") return null;
      el.scrollIntoView({ block: "center", inline: "center" });
      return el;
    }
    case "any":
      return el;
    case "text":
      return norm(el.textContent);
    case "value":
      return el.value;
    case "checked":
      return el.checked ?? (el.getAttribute("aria-checked") || el.getAttribute("aria-pressed")) === "true";
    case "attr":
      return el.getAttribute(arg);
    default:
      throw new Error(`findInPage: unknown op ${op}`);
  }
}

// ---------------------------------------------------------------------------
// Adapters.

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Polls `probe` until it returns something other than null/undefined. */
export async function until(probe, what, timeout = 10_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value !== null && value !== undefined && value !== false) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      const why = last instanceof Error ? `: ${last.message}` : "";
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${why}`);
    }
    await sleep(100);
  }
}

/** Words for a locator in error messages. */
export function describe(locator) {
  return locator
    .map((s) => (s.role ? `${s.role} "${s.name ?? ""}"` : s.css ? `css ${s.css}` : s.label !== undefined ? `label "${s.label}"` : `text "${s.text}"`) + (s.nth !== undefined && s.nth !== null ? `[${s.nth}]` : "") + (s.hasText ? ` with "${s.hasText}"` : ""))
    .join(" > ");
}

/** The adapter over a Playwright page. */
export function forPlaywright(page, { touch = false } = {}) {
  const locate = (locator) => {
    let found = page;
    for (const step of locator) {
      if (step.role) {
        const options = { exact: step.exact };
        if (step.name !== undefined && step.name !== null) options.name = step.name;
        if (step.level !== undefined) options.level = step.level;
        found = found.getByRole(step.role, options);
      } else if (step.css) {
        found = found.locator(step.css);
      } else if (step.label !== undefined) {
        found = found.getByLabel(step.label, { exact: step.exact });
      } else {
        found = found.getByText(step.text, { exact: step.exact });
      }
      if (step.hasText !== undefined) found = found.filter({ hasText: step.hasText });
      if (step.nth !== undefined && step.nth !== null) found = found.nth(step.nth);
    }
    return found;
  };
  return {
    engine: "chromium",
    locate,
    goto: (hash = "") => page.goto(process.env.BANDWORK_URL + hash),
    open: (url) => page.goto(url),
    reload: () => page.reload(),
    back: () => page.goBack(),
    url: async () => page.url(),
    count: (locator) => locate(locator).count(),
    click: (locator) => (touch ? locate(locator).tap() : locate(locator).click()),
    fill: (locator, text) => locate(locator).fill(text),
    text: async (locator) => (await locate(locator).textContent()).replace(/\s+/g, " ").trim(),
    texts: async (locator) => (await locate(locator).allTextContents()).map((t) => t.replace(/\s+/g, " ").trim()),
    value: (locator) => locate(locator).inputValue(),
    checked: (locator) => locate(locator).isChecked(),
    attr: (locator, name) => locate(locator).getAttribute(name),
    setFile: (locator, path) => locate(locator).setInputFiles(path),
    evaluate: (fn, arg) => page.evaluate(fn, arg),
    sleep,
  };
}

/** RegExps do not survive JSON: send their source and flags. */
function wire(locator) {
  const plain = (v) => (v instanceof RegExp ? { source: v.source, flags: v.flags } : v);
  return locator.map((s) => ({ ...s, name: plain(s.name), text: plain(s.text), label: plain(s.label), hasText: plain(s.hasText) }));
}

/**
 * The adapter over a selenium-webdriver driver, for the app served at
 * `baseUrl`. Every read polls until the element is there (up to `timeout`
 * ms), as Playwright's locators wait.
 */
export function forSelenium(driver, baseUrl, { engine = "webdriver", timeout = 15_000 } = {}) {
  const find = (locator, op, arg) => driver.executeScript(findInPage, wire(locator), op, arg);
  const one = (locator, op, arg) => until(
    async () => {
      const value = await find(locator, op, arg);
      return value === null ? null : { value };
    },
    describe(locator),
    timeout,
  ).then((box) => box.value);
  const ui = {
    engine,
    driver,
    baseUrl,
    timeout,
    goto: (hash = "") => driver.get(baseUrl + hash),
    open: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    back: () => driver.navigate().back(),
    url: () => driver.getCurrentUrl(),
    count: (locator) => find(locator, "count"),
    async click(locator) {
      // A click can land on something else if the page moves between the
      // scroll and the click (a toast appearing, say): look again and retry.
      await until(
        async () => {
          const element = await one(locator, "element");
          try {
            await element.click();
            return true;
          } catch (error) {
            if (/intercepted|not interactable|stale/i.test(`${error.name} ${error.message}`)) return null;
            throw error;
          }
        },
        `a click on ${describe(locator)}`,
        timeout,
      );
    },
    async fill(locator, text) {
      // Select all, delete, type, as a person would: every keystroke fires
      // the input events the app listens to (Element Clear fires only
      // "change" in WebKit and Firefox). WebDriver key codes: Control, "a",
      // release (Null); Backspace. One call each: WebKit drops the text
      // typed in the same call as a chord.
      const element = await one(locator, "element");
      await element.sendKeys("\uE009a\uE000");
      await element.sendKeys("\uE003");
      if (text !== "") await element.sendKeys(text);
      await until(
        async () => (await element.getProperty("value")) === text,
        `${describe(locator)} to hold "${text}"`,
        timeout,
      );
    },
    text: (locator) => one(locator, "text"),
    texts: (locator) => find(locator, "texts"),
    value: (locator) => one(locator, "value"),
    checked: (locator) => one(locator, "checked"),
    attr: (locator, name) => one(locator, "any").then((el) => el.getAttribute(name)),
    async setFile(locator, path) {
      const element = await one(locator, "any");
      await element.sendKeys(path);
    },
    evaluate: (fn, arg) => driver.executeScript(fn, arg),
    sleep,
  };
  return ui;
}

// ---------------------------------------------------------------------------
// Checks and flows, written once for both adapters.

/** Waits until `locator` finds `n` elements. */
export function expectCount(ui, locator, n, timeout) {
  return until(async () => (await ui.count(locator)) === n, `${n} of ${describe(locator)}`, timeout ?? ui.timeout);
}

/** Waits until `locator` is there (one element or more). */
export function expectVisible(ui, locator, timeout) {
  return until(async () => (await ui.count(locator)) > 0, describe(locator), timeout ?? ui.timeout);
}

/** Waits until the single element's text contains `expected` (or matches a RegExp). */
export function expectText(ui, locator, expected, timeout) {
  const ok = (text) => (expected instanceof RegExp ? expected.test(text) : text.includes(expected));
  let seen = "";
  return until(
    async () => {
      const texts = await ui.texts(locator);
      seen = texts.join(" | ");
      return texts.length === 1 && ok(texts[0]);
    },
    `${describe(locator)} to say ${expected}`,
    timeout ?? ui.timeout,
  ).catch((error) => {
    throw new Error(`${error.message} (last seen: "${seen}")`);
  });
}

/** Opens the app at `hash` and waits until it is running. */
export async function openApp(ui, hash = "") {
  await ui.goto(hash);
  await expectVisible(ui, NAV, 30_000);
}

/**
 * Unfolds the library's filters where they are folded (a phone), with
 * their Filters button, as a person would; on a wider screen they are
 * always shown and there is no button.
 */
export async function openFilters(ui) {
  const folded = await ui.evaluate(() => {
    const toggle = document.querySelector(".filter-toggle");
    return Boolean(toggle && toggle.getClientRects().length && toggle.getAttribute("aria-expanded") === "false");
  });
  if (folded) await ui.click(byRole("button", "Filters"));
}

/** Adds `name` with its "Add <name> to routine" button (library or editor). */
export async function addExercise(ui, name) {
  await ui.click(byRole("button", `Add ${name} to routine`, { exact: true }));
  await expectText(ui, STATUS, `Added ${name}`);
}

/** The names of the routine's entries, in order. */
export function entryNames(ui) {
  return ui.texts(ENTRY_NAMES);
}

/** What the player shows, read in one go (null fields when absent). */
export function readPlayer() {
  const text = (selector) => document.querySelector(selector)?.textContent.replace(/\s+/g, " ").trim() ?? null;
  const summary = document.querySelector("h1")?.textContent.trim();
  return {
    heading: text(".player-exercise"),
    phase: text(".player-phase"),
    count: text(".player-count"),
    // A rep or step set's headline ("12 reps, left side"), or the line
    // under a timed set's name ("Hold 2 of 8", "Left side").
    target: text(".player-target"),
    detail: text(".player-detail"),
    waitsForDone: document.querySelector(".player-done") !== null,
    timer: text('[role="timer"]'),
    finished: /^Workout (complete|ended)$/.test(summary ?? "") ? summary : null,
  };
}

/**
 * Plays the workout on screen to its summary in real time: Done ends the
 * sets that wait for it (after `repsMs`), segments for which
 * `letRun(state)` is true run by the clock, and Skip ends every other one.
 * Returns every state seen, in order (a state per change of exercise,
 * phase, count, target or detail).
 */
export async function playToTheEnd(ui, { letRun = () => false, repsMs = 1_500, timeout = 180_000 } = {}) {
  const seen = [];
  const key = (s) => [s.heading, s.phase, s.count, s.target, s.detail].join("|");
  const deadline = Date.now() + timeout;
  for (;;) {
    if (Date.now() > deadline) throw new Error(`the workout did not end; last seen ${JSON.stringify(seen.at(-1))}`);
    const state = await ui.evaluate(readPlayer);
    if (state.finished) return seen;
    if (state.phase === null || state.phase === "Paused") {
      await ui.sleep(100);
      continue;
    }
    if (seen.length === 0 || key(seen.at(-1)) !== key(state)) {
      seen.push(state);
    } else {
      await ui.sleep(150);
      continue;
    }
    if (state.waitsForDone) {
      await ui.sleep(repsMs);
      await ui.click(within(PLAYER, byRole("button", "Done", { exact: true })));
    } else if (!letRun(state)) {
      await ui.click(within(PLAYER, byRole("button", "Skip", { exact: true })));
    }
  }
}
