// Text cut off in the player, measured in the browser: every element of
// the region whose content is wider than its box, or that reaches past its
// block's sides or the screen's, with the text it holds.

/** Runs in the page: the overflows inside `root` (an element), as lines of text. */
function overflowsIn(root) {
  const problems = [];
  const slack = 1;
  const viewport = document.documentElement.clientWidth;
  for (const el of [root, ...root.querySelectorAll("*")]) {
    const style = getComputedStyle(el);
    if (style.display === "none" || el.closest(".visually-hidden") || el.closest("svg")) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    const text = (el.innerText ?? el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
    const name = `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${text}"`;
    if (style.display !== "inline" && el.scrollWidth > el.clientWidth + slack && style.overflowX !== "auto" && style.overflowX !== "scroll") {
      problems.push(`${name}: content ${el.scrollWidth} px wide in a ${el.clientWidth} px box`);
    }
    if (box.left < -slack || box.right > viewport + slack) {
      problems.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)} px on a ${viewport} px screen`);
    }
    const block = el.parentElement;
    if (block && block !== document.body && el !== root) {
      const outer = block.getBoundingClientRect();
      const padLeft = parseFloat(getComputedStyle(block).borderLeftWidth) || 0;
      const padRight = parseFloat(getComputedStyle(block).borderRightWidth) || 0;
      if (box.left < outer.left + padLeft - slack || box.right > outer.right - padRight + slack) {
        problems.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)} px outside its box ${Math.round(outer.left)}..${Math.round(outer.right)} px`);
      }
    }
  }
  return problems;
}

/** overflowsIn's source, for a function that runs it inside a page look of its own. */
export const OVERFLOWS_IN = overflowsIn.toString();

/** The overflows inside `locator`'s element, as lines of text (none: []). */
export function overflows(locator) {
  return locator.evaluate(overflowsIn);
}

/** Runs in the page: the smallest font size (px) of text inside `root`
 * outside its buttons, and the element that has it. */
function smallestTextIn(root) {
  let smallest = { px: Infinity, text: "" };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest("button, .visually-hidden, svg")) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || getComputedStyle(el).visibility === "hidden") continue;
    const px = parseFloat(getComputedStyle(el).fontSize);
    if (px < smallest.px) smallest = { px, text: `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${node.textContent.trim()}"` };
  }
  return smallest;
}

/** The smallest text inside `locator`'s element but on its buttons: { px, text }. */
export function smallestText(locator) {
  return locator.evaluate(smallestTextIn);
}
