import fs from 'node:fs';
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { sharedBrowserEndpoint } from './shared.ts';

/** Debian's Chromium; nothing downloads a browser at run time. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The closed network here refuses Chromium's background connections; these flags stop it trying.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function checkChromium() {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: run \`apt-get install -y chromium\` (npm test does this when run as root).`);
  }
}

/**
 * Chromium for a test file or a script. In the end-to-end run every file
 * connects to the one Chromium tests/support/global-setup.ts started
 * (starting Chromium costs seconds on a busy machine); `close()` then only
 * disconnects, closing the contexts this file opened. Elsewhere it starts a new Chromium.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = await sharedBrowserEndpoint();
  if (endpoint) return chromium.connect(endpoint);
  return launchOwnBrowser();
}

/** Always a new Chromium, for tests that need one to themselves. */
export async function launchOwnBrowser(): Promise<Browser> {
  checkChromium();
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A Chromium other processes connect to (tests/support/global-setup.ts). */
export async function launchBrowserServer(): Promise<BrowserServer> {
  checkChromium();
  return chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs, host: '127.0.0.1' });
}
