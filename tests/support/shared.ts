/**
 * What the end-to-end run shares between test files (started once by
 * tests/support/global-setup.ts and handed to each file through Vitest's
 * `provide`/`inject`). Outside Vitest (npm run screenshot, the benchmarks)
 * nothing is shared and each caller starts its own.
 */
async function provided(key: 'siteOrigin' | 'browserEndpoint'): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject(key);
}

/** The origin of the production server every end-to-end file shares, if one is running. */
export const sharedSiteOrigin = () => provided('siteOrigin');

/** Where to connect to the Chromium every end-to-end file shares, if one is running. */
export const sharedBrowserEndpoint = () => provided('browserEndpoint');
