import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from './browser.ts';

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';
export const categories: Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

export interface LighthouseResult {
  url: string;
  /** 0 to 100, as the Lighthouse report shows them. */
  scores: Record<Category, number>;
  /** Audits that lost points, for the failure message. */
  failing: string[];
}

/**
 * Lighthouse's default mobile run (a mid-range phone on a slow 4G connection,
 * simulated) against the local server, in Debian's Chromium: nothing is
 * downloaded. One Chromium for all the pages, to keep CI quick.
 */
export async function runLighthouse(urls: string[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    logLevel: 'silent',
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      let lhr;
      // Lighthouse sometimes loses the page's trace on a busy machine
      // (NO_NAVSTART, NO_FCP): such a run says nothing about the page, so it runs again.
      for (let attempt = 1; attempt <= 3; attempt++) {
        lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }))?.lhr;
        if (lhr && !lhr.runtimeError) break;
      }
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id].score})`),
      );
      results.push({ url, scores, failing });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
