/**
 * Looks at pages as a parent on a phone would: `npm run screenshot -- /path [/path...]`
 * writes PNGs at 360 px wide (with JavaScript off unless --js) to tests/.output/.
 */
import fs from 'node:fs';
import { startBuiltSite } from '../tests/support/server.ts';
import { launchBrowser } from '../tests/support/browser.ts';

const args = process.argv.slice(2);
const js = args.includes('--js');
// --fold: only what fits on the first screen, to check what a parent sees before scrolling.
const fold = args.includes('--fold');
const width = Number(args.find((a) => a.startsWith('--width='))?.slice(8) ?? 360);
const paths = args.filter((a) => a.startsWith('/'));
fs.mkdirSync('tests/.output', { recursive: true });
const site = await startBuiltSite();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width, height: 780 }, javaScriptEnabled: js });
  const page = await context.newPage();
  for (const p of paths) {
    await page.goto(site.origin + p);
    const file = `tests/.output/${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${width}${js ? '-js' : ''}.png`;
    await page.screenshot({ path: file, fullPage: !fold });
    console.log(file);
  }
} finally {
  await browser.close();
  await site.stop();
}
