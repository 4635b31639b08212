import type { Browser } from 'playwright-core';
import { startBuiltSite, type RunningSite } from './server';
import { launchBrowser } from './browser';

export interface SiteAndBrowser {
  site: RunningSite;
  browser: Browser;
  /** Closes the browser, then stops the site. */
  stop: () => Promise<void>;
}

/** The production build and Debian's Chromium, started side by side: most browser tests need both. */
export async function startSiteAndBrowser(env: Record<string, string> = {}): Promise<SiteAndBrowser> {
  const [site, browser] = await Promise.all([startBuiltSite(env), launchBrowser()]);
  return {
    site,
    browser,
    stop: async () => {
      await browser.close();
      await site.stop();
    },
  };
}
