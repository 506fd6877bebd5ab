// Serves dist/ on a free port for the whole run; tests read the address
// from BANDWORK_URL (workers inherit this process's environment).
import { existsSync } from "node:fs";
import { startServer } from "../../../scripts/static-server.mjs";

export default async function globalSetup() {
  if (!existsSync("dist/index.html")) {
    throw new Error("dist/index.html is missing: run `trunk build --release` first (scripts/test does)");
  }
  const { server, url } = await startServer({ dir: "dist", port: 0 });
  process.env.BANDWORK_URL = url;
  return () => new Promise((done) => server.close(done));
}
