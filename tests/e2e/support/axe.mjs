// axe-core run in the page itself: injected once per document, and asked
// for violations only. @axe-core/playwright's AxeBuilder took about 3.9 s
// on the library (it injects axe on every call, collects every pass and
// opens a blank page to join the results); this takes about 0.7 s for the
// same rules and the same violations. The app has no frames to reach into.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * The page's axe violations as { id, impact, help, nodes: [{ target }] }:
 * every rule axe runs by default, or only `rules` (rule ids) when given.
 */
export async function axeViolations(page, rules = null) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (only) => {
    const options = { resultTypes: ["violations"] };
    if (only) options.runOnly = { type: "rule", values: only };
    const { violations } = await window.axe.run(document, options);
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, rules);
}

/**
 * Waits until the page's finite animations and transitions (toasts,
 * dialogs, a palette's colours) have ended, so colours are final; endless
 * ones (a drawn move) are left running. At most `cap` ms.
 */
export async function settled(page, cap = 1_000) {
  await page.evaluate(async (cap) => {
    // A style change starts its transitions on the next frame.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document.getAnimations().filter((a) => {
      const end = a.effect?.getComputedTiming().endTime;
      return a.playState === "running" && Number.isFinite(end);
    });
    await Promise.race([Promise.all(finite.map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, cap))]);
  }, cap);
}
