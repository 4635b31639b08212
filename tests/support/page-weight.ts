import type { Browser } from 'playwright-core';

export interface PageWeight {
  path: string;
  status: number;
  requests: number;
  /** Bytes on the wire, headers included, as Chromium's network events report them. */
  transferBytes: number;
  /** Transfer without images the content adds (site icons still count). */
  budgetBytes: number;
  /** Script files on the wire plus inline script text. */
  jsBytes: number;
}

/** Site furniture, not content: these images count against the budget. */
const siteImages = /^\/(favicon\.svg|icons\/)/;

/**
 * Loads a page in a fresh browser context (an empty cache, like a first visit
 * on a phone) and adds up what Chromium's network events say it transferred.
 */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map<string, { url: string; type?: string; bytes: number }>();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0 }));
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.type = e.type;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  const response = await page.goto(origin + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const inlineScript = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).reduce((n, s) => n + (s.textContent?.length ?? 0), 0));
  await context.close();
  const all = [...requests.values()].filter((r) => r.url.startsWith(origin));
  const sum = (list: typeof all) => list.reduce((n, r) => n + r.bytes, 0);
  const contentImages = all.filter((r) => r.type === 'Image' && !siteImages.test(new URL(r.url).pathname));
  return {
    path,
    status: response?.status() ?? 0,
    requests: all.length,
    transferBytes: sum(all),
    budgetBytes: sum(all) - sum(contentImages),
    jsBytes: sum(all.filter((r) => r.type === 'Script')) + inlineScript,
  };
}
