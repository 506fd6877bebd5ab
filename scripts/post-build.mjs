// Trunk post-build hook, run on the staged build before it becomes dist/:
// 1. Trunk writes a small inline <script type="module"> that loads the wasm.
//    Our Content-Security-Policy allows only the app's own files, so it is
//    moved into boot-<hash>.js and linked instead.
// 2. The wasm is split at its `#[wasm_split]` function (split-wasm.mjs), which
//    replaces Trunk's wasm-bindgen output; its imports get short names
//    (short-imports.mjs).
// 3. In release builds, the JS glue and the split loader are minified with
//    terser. Integrity hashes in index.html are updated to match.
// 4. The style sheets are joined into one (bundle-css.mjs).
// 5. In release builds, the first screen (the library as a first visit
//    shows it) is put into index.html as static HTML (prerender.mjs), so
//    it paints before the wasm arrives. It runs the finished build in
//    headless Chromium.
// 6. Last, once every name and byte is final: sw.js, the service worker
//    that precaches the whole build (service-worker.mjs).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { bundleCss } from "./bundle-css.mjs";
import { prerender } from "./prerender.mjs";
import { shortenImports } from "./short-imports.mjs";
import { splitWasm } from "./split-wasm.mjs";
import { writeServiceWorker } from "./service-worker.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run me from trunk");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

// Matches quoted or (when minified) unquoted attributes.
const inline = /<script\b(?=[^>]*\btype=["']?module)(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`post-build: expected one inline module script, found ${scripts.length}`);
  process.exit(1);
}
const [whole, trunkBody] = scripts[0];
// The wasm is fetched once the static first screen has painted, not while
// the style sheet is still loading: on a slow network the two would share
// it, and the first paint would wait for both. After the first frame (a
// message posted from it runs once it is painted), or the page's load
// event if that comes first (a test's fake clock holds frames back). A
// hidden tab paints no frames: it starts at once.
const afterFirstPaint = `await new Promise((resolve) => {
  if (document.visibilityState !== "visible") return resolve();
  addEventListener("load", resolve, { once: true });
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });
});
`;
const body = afterFirstPaint + trunkBody.trim();
const bootHash = createHash("sha256").update(body).digest("hex").slice(0, 16);
const bootName = `boot-${bootHash}.js`;
writeFileSync(join(staging, bootName), body.trim() + "\n");
html = html.replace(whole, `<script type="module" src="./${bootName}"></script>`);
// Trunk preloads the wasm from <head>; it is fetched after the first paint instead.
const wasmPreload = /<link\b(?=[^>]*\brel=["']?preload)(?=[^>]*\.wasm)[^>]*>\s*/g;
html = html.replace(wasmPreload, "");
console.log(`post-build: moved the inline start-up script to ${bootName}`);

// Sets the Subresource Integrity hash of a file that index.html links to.
function updateIntegrity(name, bytes) {
  const integrity = "sha384-" + createHash("sha384").update(bytes).digest("base64");
  const link = new RegExp(`(href=["']?\\./${name.replaceAll(".", "\\.")}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(html)) {
    console.error(`post-build: no integrity attribute found for ${name}`);
    process.exit(1);
  }
  html = html.replace(link, `$1${integrity}`);
}

// 2. Code splitting: every screen but the library goes into the on-demand wasm chunk
//    fetched on first use (see split-wasm.mjs). Needed in debug builds too:
//    Trunk's own output cannot start once the wasm has `#[wasm_split]` function.
//    Trunk's wasm-opt is off (index.html); split-wasm.mjs runs it instead.
const release = process.env.TRUNK_PROFILE === "release";
const split = await splitWasm(staging, "bandwork", release);
// Short names for the wasm's imports from its glue (short-imports.mjs).
const shortened = shortenImports(join(staging, split.wasm), join(staging, split.glue));
console.log(`post-build: ${shortened} imports of ${split.wasm} renamed short`);
// 3. In release builds, the JS is minified with terser.
for (const name of [split.glue, split.loader]) {
  const path = join(staging, name);
  if (release) {
    const source = readFileSync(path, "utf8");
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    writeFileSync(path, code);
    console.log(`post-build: minified ${name} (${source.length} -> ${code.length} bytes)`);
  }
  if (name === split.glue) updateIntegrity(name, readFileSync(path));
}
// 4. One style sheet.
html = bundleCss(staging, html);
writeFileSync(indexPath, html);
// 5. The first screen as static HTML, from the finished build.
if (release) {
  try {
    const { cards, bytes } = await prerender(staging);
    console.log(`post-build: index.html carries the library as static HTML (${cards} cards, ${bytes} bytes)`);
  } catch (error) {
    console.error(`post-build: prerendering the first screen failed: ${error.message}`);
    process.exit(1);
  }
}
// 6. The service worker, from the finished build.
const worker = writeServiceWorker(staging);
console.log(`post-build: sw.js precaches ${worker.files.length} files in cache ${worker.cache}`);
