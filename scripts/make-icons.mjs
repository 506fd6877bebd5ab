// Renders the PNG icons that the web app manifest and iOS need from the
// logo in assets/icon.svg, with Debian's Chromium (no browser download):
//   node scripts/make-icons.mjs
// Writes assets/icons/: icon-192.png and icon-512.png (the logo as it is,
// rounded corners on transparency), icon-maskable-512.png (the accent
// colour to every edge, the drawing scaled into the central safe zone that
// any launcher mask keeps) and apple-touch-icon.png (180 px, opaque: iOS
// rounds the corners itself). The PNGs are committed; rerun this after
// changing the logo.
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";

const out = "assets/icons";
const logo = readFileSync("assets/icon.svg", "utf8");

// The logo is a rounded accent square (the first <rect>) with the band
// drawn on top. Full-bleed variants swap the square for one without
// rounding and shrink the drawing around the centre by `scale`.
const tile = /<rect\b[^>]*\brx="[^"]*"[^>]*\/>/;
if (!tile.test(logo)) throw new Error("make-icons: assets/icon.svg has no rounded <rect> background");
function fullBleed(scale) {
  const fill = logo.match(tile)[0].match(/\bfill="([^"]+)"/)[1];
  const [open, rest] = [logo.slice(0, logo.indexOf(">") + 1), logo.slice(logo.indexOf(">") + 1)];
  const drawing = rest.replace(tile, "").replace(/<\/svg>\s*$/, "");
  const offset = 16 * (1 - scale);
  return `${open}<rect width="32" height="32" fill="${fill}"/><g transform="translate(${offset} ${offset}) scale(${scale})">${drawing}</g></svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, svg: logo },
  { file: "icon-512.png", size: 512, svg: logo },
  // The safe zone is a circle of 80% of the width; at 0.8 the drawing's
  // corners stay within 70% of it.
  { file: "icon-maskable-512.png", size: 512, svg: fullBleed(0.8) },
  { file: "apple-touch-icon.png", size: 180, svg: fullBleed(0.9) },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: `${out}/${file}`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`${out}/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
