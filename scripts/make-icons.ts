/**
 * `node --experimental-strip-types scripts/make-icons.ts`: draws the home
 * screen icons (public/icons/*.png) from the SVGs beside them, in Debian's
 * Chromium. Run it again after changing an SVG; the PNGs are committed.
 */
import fs from 'node:fs';
import { launchBrowser } from '../tests/support/browser.ts';

const icons: [svg: string, png: string, size: number][] = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon-maskable.svg', 'icon-maskable-512.png', 512],
  // iOS rounds the corners itself, so the square version.
  ['icon-maskable.svg', 'apple-touch-icon.png', 180],
];

const browser = await launchBrowser();
const page = await browser.newPage();
for (const [svg, png, size] of icons) {
  await page.setViewportSize({ width: size, height: size });
  const markup = fs.readFileSync(`public/icons/${svg}`, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${markup}</body></html>`);
  await page.screenshot({ path: `public/icons/${png}`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icons/${png}`);
}
await browser.close();
