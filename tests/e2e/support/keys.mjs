// Every localStorage key the app uses, read from src/model/storage/keys.rs
// so that the tests and the app can never spell one differently.
import { readFileSync } from "node:fs";

const source = readFileSync(new URL("../../../src/model/storage/keys.rs", import.meta.url), "utf8");
const named = Object.fromEntries(
  [...source.matchAll(/pub const ([A-Z_]+)_KEY: &str = "([^"]+)";/g)].map(([, name, key]) => [name, key]),
);

function key(name) {
  if (!named[name]) throw new Error(`src/model/storage/keys.rs has no ${name}_KEY`);
  return named[name];
}

/** The stored records, by what they hold. */
export const KEYS = Object.freeze({
  kit: key("KIT"),
  routines: key("ROUTINES"),
  history: key("HISTORY"),
  workout: key("WORKOUT"),
  settings: key("SETTINGS"),
  lastExport: key("LAST_EXPORT"),
  lastRoutine: key("LAST_ROUTINE"),
  plan: key("PLAN"),
  ownExercises: key("OWN_EXERCISES"),
});

/** Backup slot `n` (from 1) of `key`, as model/storage/backup.rs names it. */
export function backupKey(key, n = 1) {
  return n === 1 ? `${key}.backup` : `${key}.backup.${n}`;
}

/** The schema version the app writes, read from src/model/storage/store.rs. */
export const SCHEMA_VERSION = Number(
  /pub const SCHEMA_VERSION: u64 = (\d+);/.exec(
    readFileSync(new URL("../../../src/model/storage/store.rs", import.meta.url), "utf8"),
  )?.[1],
);
