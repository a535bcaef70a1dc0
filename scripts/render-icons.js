// Renders assets/icon.svg to the PNG sizes Outlook asks for (16/32/80 ribbon, 64/128 store icons, and
// the scaled sizes), with Debian Chromium. Run by hand after changing the SVG: node scripts/render-icons.js
const { chromium } = require("playwright-core");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

async function main() {
  const assets = join(__dirname, "..", "assets");
  const svg = readFileSync(join(assets, "icon.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: join(assets, `icon-${size}.png`), omitBackground: true });
  }
  await browser.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
