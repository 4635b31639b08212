/**
 * Registers the offline service worker. Called only from pages that already
 * ship JavaScript (My list, Use this site offline, search, the EHC journey): once registered it
 * looks after every page on the site, including the script-free ones.
 */
export async function registerOfflineWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (!('serviceWorker' in navigator)) return undefined;
  try {
    return await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  } catch {
    // The site works without it: nothing to tell the person.
    return undefined;
  }
}
