// Shorter names for the main wasm's imports, called by post-build.mjs after
// the split and wasm-opt, before the glue is minified.
//
// wasm-bindgen names each function the wasm imports from its JS glue like
// `__wbg_setAttribute_f75317b2b5cabfb4`: about 190 names of 33 characters,
// each written twice (in the wasm's import section and as a key of the
// glue's import object), with a random hash that gzip cannot compress.
// They are only keys between the two files, so both get the same short
// names ("a", "b", ..., "ba", ...). Measured on the issue 26 build: 6.3 kB
// gzip less to download (wasm 3.9 kB, glue 2.4 kB).
//
// Only the names of imports are renamed, never exports (the glue calls
// `__wbindgen_malloc` and the rest by name). Every renamed name must occur
// in the glue as an object key, or the build stops.
import { readFileSync, writeFileSync } from "node:fs";

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at];
    at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return [value, at];
    shift += 7;
  }
}

/** An unsigned LEB128. */
function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

/** A name as the wasm binary format writes it: its length, then UTF-8. */
function encodeName(name) {
  const bytes = Buffer.from(name, "utf8");
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
}

/** Skips a table's or memory's limits at `at`. */
function skipLimits(bytes, at) {
  const flags = bytes[at];
  at = leb(bytes, at + 1)[1];
  if (flags & 1) at = leb(bytes, at)[1];
  return at;
}

/** Skips an import's description (kind and type) at `at`. */
function skipDescription(bytes, at) {
  const kind = bytes[at];
  at += 1;
  switch (kind) {
    case 0: // function: its type's index
      return leb(bytes, at)[1];
    case 1: // table: element type, limits
      return skipLimits(bytes, at + 1);
    case 2: // memory: limits
      return skipLimits(bytes, at);
    case 3: // global: value type, mutability
      return at + 2;
    case 4: // tag: attribute, type index
      return leb(bytes, at + 1)[1];
    default:
      throw new Error(`short-imports: unknown import kind ${kind}`);
  }
}

/** "a", "b", ..., "z", "A", ..., "Z", "ba", ... */
function shortName(index) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let name = "";
  do {
    name = letters[index % letters.length] + name;
    index = Math.floor(index / letters.length);
  } while (index > 0);
  return name;
}

/** Renames wasm-bindgen's imports in `wasmPath` and the glue at `gluePath`. */
export function shortenImports(wasmPath, gluePath) {
  const bytes = readFileSync(wasmPath);
  let glue = readFileSync(gluePath, "utf8");
  const renamed = new Map();
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    const [count, first] = leb(bytes, start);
    const entries = [encodeLeb(count)];
    let cursor = first;
    for (let i = 0; i < count; i += 1) {
      const [moduleLength, moduleStart] = leb(bytes, cursor);
      const moduleEnd = moduleStart + moduleLength;
      const [fieldLength, fieldStart] = leb(bytes, moduleEnd);
      const fieldEnd = fieldStart + fieldLength;
      const field = bytes.subarray(fieldStart, fieldEnd).toString("utf8");
      const descriptionEnd = skipDescription(bytes, fieldEnd);
      let name = field;
      if (/^__wb(g|indgen)_\w+$/.test(field)) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        name = renamed.get(field);
      }
      entries.push(bytes.subarray(cursor, moduleEnd), encodeName(name), bytes.subarray(fieldEnd, descriptionEnd));
      cursor = descriptionEnd;
    }
    if (cursor !== end) throw new Error("short-imports: the import section did not end where its size said");
    const payload = Buffer.concat(entries);
    parts.push(Buffer.from([2]), encodeLeb(payload.length), payload);
    at = end;
  }
  for (const [long, short] of renamed) {
    const key = new RegExp(`\\b${long}(?=\\s*:)`, "g");
    const found = glue.match(key)?.length ?? 0;
    if (found !== 1) throw new Error(`short-imports: ${long} is a key of the glue ${found} times, not once`);
    glue = glue.replace(key, short);
  }
  writeFileSync(wasmPath, Buffer.concat(parts));
  writeFileSync(gluePath, glue);
  return renamed.size;
}
