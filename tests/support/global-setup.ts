import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startOwnSite } from './server.ts';
import { launchBrowserServer } from './browser.ts';

/**
 * Once per end-to-end run (vitest.e2e.config.ts `globalSetup`): the production
 * build's server and one Chromium, shared by every test file (see
 * startBuiltSite and launchBrowser). Files that need other settings start their own.
 * With no build (only tests that do not need one) nothing is started, and
 * startBuiltSite says to run `npm run build`.
 */
export default async function setup(project: TestProject) {
  const hasBuild = fs.existsSync('dist/server/serve.mjs');
  const [site, browser] = await Promise.all([hasBuild ? startOwnSite() : undefined, launchBrowserServer()]);
  if (site) project.provide('siteOrigin', site.origin);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await site?.stop();
  };
}
