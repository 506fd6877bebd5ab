// Builds the Leptos floor (src/main.rs) into bench/leptos-floor/dist/ the
// way Bandwork is built: cargo offline for wasm32 with Bandwork's release
// profile and `--cfg erase_components`, the same versions (the main
// Cargo.lock is copied in first), the pinned wasm-bindgen CLI, npm's
// wasm-opt -Oz with split-wasm.mjs's feature flags, and terser on the JS
// glue with post-build.mjs's options. No code splitting: there is nothing
// to split off. Called by scripts/bench.mjs; alone: node bench/leptos-floor/build.mjs
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";
import { FEATURES } from "../../scripts/split-wasm.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const NAME = "leptos-floor";

/** Builds the floor; returns the path of its dist/ directory. */
export async function buildFloor() {
  const env = {
    ...process.env,
    // Bandwork's flags less --emit-relocs, which only wasm-split needs (and
    // which would leave a section wasm-opt cannot optimise).
    RUSTFLAGS: "--cfg erase_components",
    CARGO_TARGET_DIR: join(here, "target"),
    PATH: `${join(root, "node_modules", ".bin")}:${process.env.CARGO_HOME ?? join(process.env.HOME, ".cargo")}/bin:${process.env.PATH}`,
  };
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: here, env, stdio: ["ignore", "inherit", "inherit"] });
  copyFileSync(join(root, "Cargo.lock"), join(here, "Cargo.lock"));
  run("cargo", ["build", "--release", "--offline", "--target", "wasm32-unknown-unknown"]);

  const dist = join(here, "dist");
  const work = join(here, "target", "floor-bindgen");
  rmSync(dist, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  mkdirSync(work, { recursive: true });
  run("wasm-bindgen", [
    "--target=web",
    `--out-dir=${work}`,
    `--out-name=${NAME}`,
    "--no-typescript",
    join(here, "target", "wasm32-unknown-unknown", "release", `${NAME}.wasm`),
  ]);
  run("wasm-opt", ["-Oz", ...FEATURES, join(work, `${NAME}_bg.wasm`), "-o", join(dist, `${NAME}_bg.wasm`)]);
  const glue = readFileSync(join(work, `${NAME}.js`), "utf8");
  const { code } = await minify(glue, { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(join(dist, `${NAME}.js`), code);
  // Started as Trunk starts Bandwork: a module script, with the glue and
  // the wasm preloaded from the page's head.
  writeFileSync(join(dist, "boot.js"), `import init from "./${NAME}.js";\nawait init({ module_or_path: "./${NAME}_bg.wasm" });\n`);
  writeFileSync(
    join(dist, "index.html"),
    `<!doctype html><html lang=en><meta charset=utf-8><meta content="width=device-width,initial-scale=1" name=viewport>` +
      `<title>Leptos floor</title><script type=module src=./boot.js></script>` +
      `<link crossorigin href=./${NAME}.js rel=modulepreload>` +
      `<link as=fetch crossorigin href=./${NAME}_bg.wasm rel=preload type=application/wasm></head><body></body></html>\n`,
  );
  return dist;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`built ${await buildFloor()}`);
}
