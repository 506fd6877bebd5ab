// Writes sw.js into the staged build (called last by post-build.mjs, once
// every file has its final name and contents). The worker itself is
// scripts/sw-template.js; this fills in the list of files to precache and a
// cache name made from a hash of those files' names and bytes, so every
// build gets a cache of its own and an unchanged build keeps its cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TEMPLATE = fileURLToPath(new URL("./sw-template.js", import.meta.url));
export const SW_NAME = "sw.js";

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
function filesUnder(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join("/")];
    })
    .sort();
}

/** Writes `staging`/sw.js and returns { cache, files }. */
export function writeServiceWorker(staging) {
  const template = readFileSync(TEMPLATE, "utf8");
  const files = filesUnder(staging).filter((file) => file !== SW_NAME);
  if (!files.includes("index.html")) throw new Error("service-worker: no index.html in the build");
  const hash = createHash("sha256").update(template);
  for (const file of files) {
    hash.update(file).update("\0").update(readFileSync(join(staging, file))).update("\0");
  }
  const cache = `bandwork-${hash.digest("hex").slice(0, 16)}`;
  const list = JSON.stringify(files.map((file) => `./${file}`), null, 2);
  const worker = template.replace("__BANDWORK_CACHE__", () => cache).replace("__BANDWORK_FILES__", () => list);
  if (worker.includes("__BANDWORK_")) throw new Error("service-worker: a placeholder was left in sw.js");
  writeFileSync(join(staging, SW_NAME), worker);
  return { cache, files };
}
