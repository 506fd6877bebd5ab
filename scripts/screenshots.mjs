// Takes screenshots of every screen at phone (390x844) and desktop
// (1280x800) size, in light and dark, from the release build in dist/.
//   node scripts/screenshots.mjs [out-dir]     (default target/screenshots)
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { startServer } from "./static-server.mjs";
import { FABRIC_KIT, seed } from "../tests/e2e/support/seed.mjs";

const out = process.argv[2] ?? "target/screenshots";
const screens = ["library", "library/clamshell", "routines", "history", "settings", "bands"];
const sizes = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 800 } },
};

async function shoot(page, name) {
  const file = `${out}/${name}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}

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
      await page.goto(url);
      await seed(page, { "bandwork.kit": FABRIC_KIT });
      for (const screen of screens) {
        await page.goto(`${url}#/${screen}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await shoot(page, `${screen.replace("/", "-")}-${sizeName}-${scheme}`);
      }
      // A starter routine in the editor, with one entry opened.
      await page.goto(`${url}#/routines`);
      await page.getByRole("button", { name: "Add Hips and feet to my routines" }).click();
      await page.getByRole("link", { name: "Hips and feet" }).first().click();
      await page.getByRole("list", { name: "Routine" }).waitFor();
      await shoot(page, `editor-${sizeName}-${scheme}`);
      await page.getByRole("button", { name: "Edit Clamshell" }).click();
      await page.getByRole("button", { name: "Edit Clamshell" }).scrollIntoViewIfNeeded();
      await shoot(page, `editor-open-${sizeName}-${scheme}`);
      await page.goto(`${url}#/routines`);
      await page.getByRole("list", { name: "Your routines" }).waitFor();
      await shoot(page, `routines-saved-${sizeName}-${scheme}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
