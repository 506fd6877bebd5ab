// A small static file server for dist/, bound to 127.0.0.1. Used by
// scripts/serve and by the end-to-end tests, so both see the same thing.
//   node scripts/static-server.mjs --dir dist --port 8080   (port 0: any free port)
// With `gzip: true` (scripts/bench.mjs) it compresses text and wasm for
// clients that accept gzip, as a static host would.
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".webmanifest", ".svg", ".txt"]);

/** Starts serving `dir`; resolves to { server, url } once listening. */
export function startServer({ dir, port = 0, host = "127.0.0.1", gzip = false }) {
  const root = resolve(dir);
  // Compressed bodies by file, kept while the file's modification time holds.
  const compressed = new Map();
  const server = createServer(async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
      const file = normalize(join(root, path.endsWith("/") ? path + "index.html" : path));
      if (file !== root && !file.startsWith(root + sep)) {
        return send(response, 403, "text/plain", "Forbidden");
      }
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        return send(response, 404, "text/plain", "Not found");
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const head = request.method === "HEAD";
      if (gzip && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "")) {
        let entry = compressed.get(file);
        if (entry?.mtime !== info.mtimeMs) {
          entry = { mtime: info.mtimeMs, body: gzipSync(await readFile(file)) };
          compressed.set(file, entry);
        }
        return send(response, 200, type, entry.body, head, { "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
      }
      send(response, 200, type, await readFile(file), head);
    } catch {
      send(response, 400, "text/plain", "Bad request");
    }
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolveStart({ server, url: `http://${host}:${actual}/` });
    });
  });
}

function send(response, status, type, body, headOnly = false, extra = {}) {
  response.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...extra,
  });
  response.end(headOnly ? undefined : body);
}

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = option("dir", "dist");
  const port = Number(option("port", "8080"));
  startServer({ dir, port })
    .then(({ url }) => console.log(`Bandwork is being served at ${url}`))
    .catch((error) => {
      console.error(`Could not serve ${dir} on port ${port}: ${error.message}`);
      process.exit(1);
    });
}
