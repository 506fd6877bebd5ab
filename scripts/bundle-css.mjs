// Joins the style sheets Trunk wrote (one per file in style/, each linked
// from index.html) into two, in the same order, so the cascade is unchanged:
// - app-<hash>.css, linked from index.html: what the first screen and the
//   shell use (FIRST_SCREEN below);
// - screens-<hash>.css, every other screen's: not linked, but named in
//   `<meta name="bandwork-screens-css">`, and loaded with the on-demand
//   wasm chunk (src/platform/stylesheet.rs), so the first load does not
//   carry it.
// One file per part compresses better than many (gzip shares what the
// sheets repeat) and is one request. Called by post-build.mjs before the
// service worker is written.
import { createHash } from "node:crypto";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// A stylesheet link as Trunk writes it (attributes quoted or not).
const LINK = /<link\b(?=[^>]*\brel=["']?stylesheet)[^>]*\bhref=["']?\.\/([\w.-]+\.css)["']?[^>]*>/g;

// The sheets of style/ the first screen needs: the shell, the library, its
// pictures, the Add chooser, and the banners.
const FIRST_SCREEN = ["main", "library", "placement", "entry", "pwa"];
const isFirst = (file) => FIRST_SCREEN.some((sheet) => new RegExp(`^${sheet}(-[0-9a-f]+)?\\.css$`).test(file));

function write(staging, prefix, files) {
  const css = files.map((file) => readFileSync(join(staging, file), "utf8")).join("\n");
  const name = `${prefix}-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(staging, name), css);
  return { name, integrity: "sha384-" + createHash("sha384").update(css).digest("base64") };
}

// Returns index.html's text with one link in place of the many.
export function bundleCss(staging, html) {
  const files = [...html.matchAll(LINK)].map(([, file]) => file);
  if (files.length === 0) throw new Error("bundle-css: no stylesheet link in index.html");
  const unknown = FIRST_SCREEN.filter((sheet) => !files.some((file) => isFirst(file) && file.startsWith(sheet)));
  if (unknown.length > 0) throw new Error(`bundle-css: no style sheet for ${unknown.join(", ")}`);
  const first = write(staging, "app", files.filter(isFirst));
  const screens = write(staging, "screens", files.filter((file) => !isFirst(file)));
  let linked = false;
  const out = html.replace(LINK, () => {
    if (linked) return "";
    linked = true;
    return (
      `<link rel="stylesheet" href="./${first.name}" integrity="${first.integrity}">` +
      `<meta name="bandwork-screens-css" content="./${screens.name}">`
    );
  });
  for (const file of files) rmSync(join(staging, file));
  console.log(`post-build: joined ${files.length} style sheets into ${first.name} (first screen) and ${screens.name} (on demand)`);
  return out;
}
