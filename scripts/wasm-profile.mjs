// Sums a twiggy `top` CSV (see scripts/wasm-profile) into areas a reader
// can act on, and lists the largest items. Names are demangled Rust paths.
import { readFileSync } from "node:fs";

const AREAS = [
  ["serde (JSON reading and writing of stored records)", (n) => /serde|Persisted>::read|as .*Record>::(read|write)/.test(n)],
  ["Leptos (reactive_graph, tachys, leptos)", (n) => /^<?&?(reactive_graph|tachys|leptos|leptos_dom|any_spawner|or_poisoned|throw_error)\b/.test(n) || /\b(reactive_graph|tachys)::/.test(n)],
  ["Bandwork: catalog and model", (n) => /bandwork::model::/.test(n)],
  ["Bandwork: app shell, library and other ui", (n) => /bandwork::(ui|platform|main|start)\b/.test(n)],
  ["Rust std (core, alloc, std, dlmalloc, hash maps)", (n) => /^<?&?(core|alloc|std|dlmalloc|hashbrown|indexmap|char|str|u\d+|i\d+|usize|isize|f\d+|__rustc|compiler_builtins|memchr|zmij|rustc_demangle)\b/.test(n) || /^<?&?(core|alloc|std)\[/.test(n)],
  ["wasm-bindgen and js-sys glue", (n) => /^<?&?(wasm_bindgen|js_sys|web_sys|wasm_bindgen_futures|wasm_split_helpers|futures_\w+|async_once_cell|send_wrapper|__wbindgen|__wbg)/.test(n) || /intounderlying/.test(n)],
  ["data (text, tables, the catalog's words)", (n) => n.startsWith("data segment")],
  ["imports, exports, function table", (n) => /^(import|export|elem|table|type|global)\b/.test(n) || n.startsWith("code[")],
];

const rows = readFileSync(process.argv[2], "utf8").trim().split("\n").slice(1);
const items = [];
for (const row of rows) {
  // Name may hold commas; the last three fields are numbers.
  const fields = row.split(",");
  const size = Number(fields[fields.length - 4]);
  const name = fields.slice(0, fields.length - 4).join(",").replace(/^"|"$/g, "").replaceAll(`""`, `"`);
  if (/subsection/.test(name)) continue; // names kept for this profile only
  items.push({ name, size });
}
const total = items.reduce((sum, item) => sum + item.size, 0);
const sums = new Map(AREAS.map(([area]) => [area, 0]));
let other = 0;
for (const item of items) {
  const area = AREAS.find(([, test]) => test(item.name));
  if (area) sums.set(area[0], sums.get(area[0]) + item.size);
  else other += item.size;
}
const pct = (n) => ((100 * n) / total).toFixed(1).padStart(5);
console.log(`main wasm, optimised, without names: ${total} bytes\n`);
for (const [area, size] of [...sums].sort((a, b) => b[1] - a[1])) {
  console.log(`${String(size).padStart(8)}  ${pct(size)}%  ${area}`);
}
console.log(`${String(other).padStart(8)}  ${pct(other)}%  other`);
console.log("\nlargest items:");
for (const item of items.sort((a, b) => b.size - a.size).slice(0, 25)) {
  console.log(`${String(item.size).padStart(8)}  ${item.name.slice(0, 120)}`);
}
