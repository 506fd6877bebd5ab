// Puts the first screen into index.html as static HTML, so the browser
// paints the library from the first response, before any wasm arrives.
// Run on a finished release build (scripts/post-build.mjs, before the
// service worker step), or by hand on a build: `node scripts/prerender.mjs dist`.
//
// It serves the build, opens it in headless Chromium with empty storage (a
// first visit), waits until the library is fully drawn (every card the app
// counts, the first-run welcome, the search box enabled), and copies the
// app's own DOM into index.html in place of the `<p id="boot">` placeholder.
// So the static markup is the app's by construction. The copy is inert and
// hidden from assistive technology (and from tests' role queries), its
// controls are disabled: only the live app is usable. When the wasm starts,
// The app builds itself, hidden, after the copy, a step per task, and
// removes the copy (#boot) in the task that finishes it (src/ui/takeover.rs).
// assets/early.js fits the copy to a returning runner before it paints.
// For a runner whose week has band work, the app shows the Today card above
// the list: the copy carries that card's empty frame (the app's own, taken
// from a second load with a week stored), shown only for them, so the
// list does not move when the app takes over.
import { chromium } from "@playwright/test";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "./static-server.mjs";
import { KEYS } from "../tests/e2e/support/keys.mjs";

const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
// The placeholder, with quoted or (minified) unquoted attributes.
const PLACEHOLDER = /<p\b[^>]*\bid=["']?boot["']?[^>]*>[\s\S]*?<\/p>/;

/** The library is fully drawn: every card the app counts, the welcome, search enabled. */
function libraryDrawn() {
  if (document.getElementById("boot")) return false;
  const counted = /(\d+) exercises/.exec(document.querySelector(".result-count")?.textContent ?? "");
  const cards = document.querySelectorAll('[aria-label="Exercise library"] > li').length;
  const search = document.querySelector('input[type="search"]');
  return Boolean(
    counted && cards > 0 && Number(counted[1]) === cards && search && !search.disabled && document.querySelector(".first-run-offer"),
  );
}

/**
 * The Today card's frame, emptied of what its chunk fills in. The weekday
 * stays (style/main.css hides it): it is the build's day, not the visit's,
 * but it gives the heading's row the height the app's has.
 */
function todayFrame() {
  const frame = document.querySelector("main .today")?.cloneNode(true);
  if (!frame) return null;
  frame.querySelector(".today-body")?.replaceChildren();
  return frame.outerHTML;
}

/**
 * The app's DOM as static markup: no scripts, no comments, controls
 * disabled, and the Today frame in its place under the heading.
 */
function snapshot(today) {
  const copy = document.body.cloneNode(true);
  const template = document.createElement("template");
  template.innerHTML = today;
  copy.querySelector("main .screen > h1").after(template.content);
  copy.querySelectorAll("script, noscript").forEach((node) => node.remove());
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  found.forEach((node) => node.remove());
  copy.querySelectorAll("input, button, select, textarea").forEach((control) => control.setAttribute("disabled", ""));
  return {
    markup: copy.innerHTML,
    cards: copy.querySelectorAll('[aria-label="Exercise library"] > li').length,
    styled: copy.querySelectorAll("[style]").length,
  };
}

/** Writes the first screen into `dir`/index.html; returns what it wrote. */
export async function prerender(dir) {
  const indexPath = join(dir, "index.html");
  const html = readFileSync(indexPath, "utf8");
  if (!PLACEHOLDER.test(html)) throw new Error(`${indexPath} has no <p id="boot"> placeholder to replace`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run scripts/setup, which installs it`);
  const { server, url } = await startServer({ dir, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    // A fresh context: empty storage, as on a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // The Today frame, from a load with a week that has band work (the
    // first screen checks only for a day's `"band":{`).
    await page.goto(url);
    await page.evaluate((key) => localStorage.setItem(key, '{"days":[{"band":{}}]}'), KEYS.plan);
    await page.reload();
    await page.waitForFunction(() => document.querySelector("main .today"), null, { timeout: 60_000, polling: 50 });
    const today = await page.evaluate(todayFrame);
    if (!today) throw new Error("the app showed no Today card for a week with band work");
    // The first visit: empty storage.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.waitForFunction(libraryDrawn, null, { timeout: 60_000, polling: 50 });
    // Let effects queued by the mount run and the page settle.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    if (errors.length) throw new Error(`the app failed while prerendering: ${errors.join("; ")}`);
    const { markup, cards, styled } = await page.evaluate(snapshot, today);
    // The CSP forbids inline styles: a style attribute would not apply.
    if (styled) throw new Error(`the first screen has ${styled} inline style attributes, which the CSP would drop`);
    const copy = `<div id="boot" class="prerendered" inert aria-hidden="true">${markup}</div>`;
    writeFileSync(indexPath, html.replace(PLACEHOLDER, () => copy));
    return { cards, bytes: copy.length };
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? "dist";
  const { cards, bytes } = await prerender(dir);
  console.log(`prerender: ${dir}/index.html carries the library (${cards} cards, ${bytes} bytes)`);
}
