// Takes screenshots of every screen at phone (390x844) and desktop
// (1280x800) size, in light and dark, from the release build in dist/.
//   node scripts/screenshots.mjs [out-dir]     (default target/screenshots)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { startServer } from "./static-server.mjs";

const out = process.argv[2] ?? "target/screenshots";
const screens = ["library", "routines", "history", "settings"];
const sizes = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
};

mkdirSync(out, { recursive: true });
const { server, url } = await startServer({ dir: "dist", port: 0 });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  for (const [sizeName, options] of Object.entries(sizes)) {
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ ...options, colorScheme: scheme });
      const page = await context.newPage();
      for (const screen of screens) {
        await page.goto(`${url}#/${screen}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        const file = `${out}/${screen}-${sizeName}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: false });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
