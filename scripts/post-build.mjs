// Trunk post-build hook, run on the staged build before it becomes dist/:
// 1. Trunk writes a small inline <script type="module"> that loads the wasm.
//    Our Content-Security-Policy allows only the app's own files, so it is
//    moved into boot-<hash>.js and linked instead.
// 2. In release builds, the wasm-bindgen JS glue is minified with terser,
//    and its Subresource Integrity hash in index.html is updated to match.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

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
const [whole, body] = scripts[0];
const bootHash = createHash("sha256").update(body).digest("hex").slice(0, 16);
const bootName = `boot-${bootHash}.js`;
writeFileSync(join(staging, bootName), body.trim() + "\n");
html = html.replace(whole, `<script type="module" src="./${bootName}"></script>`);
console.log(`post-build: moved the inline start-up script to ${bootName}`);

if (process.env.TRUNK_PROFILE === "release") {
  for (const name of readdirSync(staging).filter((f) => /^bandwork-[0-9a-f]+\.js$/.test(f))) {
    const path = join(staging, name);
    const source = readFileSync(path, "utf8");
    const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
    writeFileSync(path, code);
    const integrity = "sha384-" + createHash("sha384").update(code).digest("base64");
    const link = new RegExp(`(href=["']?\\./${name.replace(".", "\\.")}["']?[^>]*?integrity=["']?)sha384-[A-Za-z0-9+/=]+`);
    if (!link.test(html)) {
      console.error(`post-build: no integrity attribute found for ${name}`);
      process.exit(1);
    }
    html = html.replace(link, `$1${integrity}`);
    console.log(`post-build: minified ${name} (${source.length} -> ${code.length} bytes)`);
  }
}
writeFileSync(indexPath, html);
