// Reproduces a hang seen in WebKitGTK 2.50 (MiniBrowser under WebKitWebDriver):
// after some reloads of the app, the web process spins at ~90% CPU with its
// main thread calling into JavaScript from WebCore, and the page never
// answers again. Not part of the test command; run it by hand:
//   xvfb-run -a node tests/engines/webkit-reload-hang.mjs [dist] [rounds] [clear|noclear]
// Each round: open a route, open the start page, (clear storage,) Refresh.
// Seen: a hang within 20-30 rounds with the app's dist (with or without its
// service worker), none in 80 rounds with a plain HTML page.
import { spawn } from "node:child_process";
import { Builder } from "selenium-webdriver";
import { startServer } from "../../scripts/static-server.mjs";

const dir = process.argv[2] || "dist";
const rounds = Number(process.argv[3] || 60);
const clear = (process.argv[4] || "clear") === "clear";
const port = 4000 + Math.floor(Math.random() * 1000);
const child = spawn(process.env.WEBKIT_WEBDRIVER || "/usr/bin/WebKitWebDriver", [`--port=${port}`], { stdio: "ignore", detached: true });
const { server, url } = await startServer({ dir, port: 0 });
try {
  await new Promise((done) => setTimeout(done, 1000));
  const driver = await new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", args: ["--automation"] },
    })
    .build();
  await driver.manage().setTimeouts({ pageLoad: 20_000, script: 20_000 });
  for (let round = 0; round < rounds; round += 1) {
    const started = Date.now();
    try {
      await driver.get(url + (round % 2 ? "#/history" : "#/routines"));
      await driver.get(url);
      if (clear) await driver.executeScript(() => (localStorage.clear(), sessionStorage.clear()));
      await driver.navigate().refresh();
      await driver.executeScript(() => document.readyState);
    } catch (error) {
      console.log(`round ${round + 1}: no answer after ${Date.now() - started} ms (${error.name})`);
      process.exitCode = 1;
      break;
    }
  }
  if (!process.exitCode) console.log(`${rounds} rounds, no hang`);
  await driver.quit().catch(() => {});
} finally {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // gone
  }
  server.close();
}
