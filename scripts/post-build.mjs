// Trunk post-build hook: Trunk writes a small inline <script type="module">
// that loads the wasm. Our Content-Security-Policy allows only the app's own
// files, so this moves that script into boot-<hash>.js and links it instead.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set; run me from trunk");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) {
  console.error(`post-build: expected one inline module script, found ${scripts.length}`);
  process.exit(1);
}
const [whole, body] = scripts[0];
const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
const name = `boot-${hash}.js`;
writeFileSync(join(staging, name), body.trim() + "\n");
writeFileSync(indexPath, html.replace(whole, `<script type="module" src="./${name}"></script>`));
console.log(`post-build: moved the inline start-up script to ${name}`);
