// Code splitting, called by post-build.mjs in release and debug builds.
//
// Trunk 0.21 runs cargo, wasm-bindgen and wasm-opt itself, with no hook in
// between, so this step redoes the part after cargo on Trunk's cargo output:
// 1. wasm-split-cli (crate wasm_split_cli_support, feature build-binary)
//    cuts the raw cargo wasm at every `#[wasm_split]` function (ui/on_demand.rs) into a main module,
//    one split_<name>.wasm per split function (plus chunk_<n>.wasm for code
//    shared by several of them) and a JS loader, __wasm_split.js. The cargo
//    wasm must be linked with `--emit-relocs` (.cargo/config.toml).
// 2. wasm-bindgen (--keep-lld-exports, which the chunks import from the main
//    module) turns the main module into Trunk's bandwork-<hash>.js/_bg.wasm,
//    which are replaced in the staging dir.
// 3. wasm-opt -Oz on the main module and on each chunk.
// 4. Chunks and loader get content-hashed names; the loader's and the glue's
//    references to them are rewritten.
// Returns the names written, so the caller can minify and re-hash them.
import { createHash } from "node:crypto";
import { execFile, execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
const runAsync = promisify(execFile);
const hash16 = (data) => createHash("sha256").update(data).digest("hex").slice(0, 16);

// The wasm features rustc 1.9x enables by default for wasm32-unknown-unknown;
// split chunks carry no target_features section for wasm-opt to read.
export const FEATURES = [
  "--enable-bulk-memory",
  "--enable-mutable-globals",
  "--enable-nontrapping-float-to-int",
  "--enable-reference-types",
  "--enable-sign-ext",
  "--enable-multivalue",
];

export async function splitWasm(staging, crate, release) {
  const profile = release ? "release" : "debug";
  // wasm-opt -Oz in release builds; a plain copy in debug builds.
  const optimise = async (from, to) => {
    if (release) await runAsync("wasm-opt", ["-Oz", ...FEATURES, from, "-o", to]);
    else copyFileSync(from, to);
  };
  const targetDir =
    process.env.CARGO_TARGET_DIR ??
    JSON.parse(execFileSync("cargo", ["metadata", "--format-version=1", "--no-deps", "--offline"])).target_directory;
  const raw = join(targetDir, "wasm32-unknown-unknown", profile, `${crate}.wasm`);
  const glue = readdirSync(staging).find((f) => new RegExp(`^${crate}-[0-9a-f]+\\.js$`).test(f));
  if (!glue) throw new Error(`split-wasm: no ${crate}-<hash>.js in ${staging}`);
  const base = glue.slice(0, -3);
  if (!readFileSync(raw).includes("__wasm_split_placeholder__")) {
    // With --emit-relocs, Trunk's own output keeps a linking section that
    // wasm-opt cannot optimise, so there is no unsplit fallback.
    throw new Error("split-wasm: no #[wasm_split] function in the wasm; remove --emit-relocs and this step, or add one");
  }

  const work = join(targetDir, "wasm-split");
  rmSync(work, { recursive: true, force: true });
  const splitDir = join(work, "split");
  const bindgenDir = join(work, "bindgen");
  mkdirSync(bindgenDir, { recursive: true });

  const t0 = Date.now();
  run("wasm-split-cli", [raw, splitDir, "--target", "web", "--out-name", base]);
  const t1 = Date.now();
  run("wasm-bindgen", [
    "--target=web",
    `--out-dir=${bindgenDir}`,
    `--out-name=${base}`,
    "--no-typescript",
    "--keep-lld-exports",
    "--no-demangle",
    join(splitDir, `${base}.wasm`),
  ]);
  const t2 = Date.now();

  const mainWasm = join(bindgenDir, `${base}_bg.wasm`);
  // The main module and the chunks are optimised in parallel, a few at a
  // time: over a hundred wasm-opt processes at once run a small machine
  // out of memory.
  const names = readdirSync(splitDir).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f));
  const jobs = [
    () => optimise(mainWasm, join(staging, `${base}_bg.wasm`)),
    ...names.map((name) => () => optimise(join(splitDir, name), join(work, name))),
  ];
  const lanes = Math.max(2, Math.min(8, availableParallelism()));
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: lanes }, lane));

  // Chunks are named by content.
  let loader = readFileSync(join(splitDir, "__wasm_split.js"), "utf8");
  const chunks = [];
  for (const name of names) {
    const optimised = join(work, name);
    const hashed = `${name.slice(0, -5)}-${hash16(readFileSync(optimised))}.wasm`;
    renameSync(optimised, join(staging, hashed));
    const literal = `"./${name}"`;
    if (!loader.includes(literal)) throw new Error(`split-wasm: loader does not mention ${name}`);
    loader = loader.replaceAll(literal, `"./${hashed}"`);
    chunks.push(hashed);
  }
  const t3 = Date.now();

  const loaderName = `__wasm_split-${hash16(loader)}.js`;
  writeFileSync(join(staging, loaderName), loader);
  let js = readFileSync(join(bindgenDir, `${base}.js`), "utf8");
  // Only the import statements: the imports object keeps the module name
  // that the wasm's imports use ("./__wasm_split.js").
  const link = /(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g;
  if (!link.test(js)) throw new Error("split-wasm: the glue does not import ./__wasm_split.js");
  js = js.replace(link, `$1"./${loaderName}"`);
  writeFileSync(join(staging, glue), js);
  // Snippets (inline_js) would have to be copied too; this crate has none.
  try {
    readdirSync(join(bindgenDir, "snippets"));
    throw new Error("split-wasm: wasm-bindgen wrote snippets, which this step does not copy yet");
  } catch (e) {
    if (e.code !== "ENOENT") throw e;
  }
  console.log(
    `split-wasm: ${chunks.length} chunk(s) ${chunks.join(", ")}; loader ${loaderName}; ` +
      `split ${t1 - t0} ms, bindgen ${t2 - t1} ms, ${release ? "wasm-opt" : "copy"} ${t3 - t2} ms`,
  );
  return { glue, wasm: `${base}_bg.wasm`, loader: loaderName, chunks };
}
