/// <reference lib="webworker" />
/**
 * The offline service worker, built to /sw.js by scripts/postbuild.ts (which
 * sets BUILD_ID). Progressive enhancement: the site works without it.
 *
 * - Pages come from the network when there is one, and a copy is kept; with
 *   no network the copy is shown with "You are offline; this page was saved
 *   on <date>" added at the top (offline-banner.ts).
 * - "Save the Local Offer for offline use" saves every file the build listed
 *   in /offline/bundle.json; saving a part (an age band, an area of need)
 *   saves the files listed in /offline/parts/<part>.json; My list's button
 *   sends the list's own addresses.
 * - Each build has its own cache. A new build's worker copies what the person
 *   had (every visited page, or everything) from the network before it takes
 *   over, then the old cache is deleted: the saved copy is never half old,
 *   half new, and never silently stale.
 */
import { addOfflineBanner, type SavedCopyReason } from './offline-banner';
import { bundleUrl, cacheKeyFor, cachePrefix, fullSaveMarker, savedAtHeader, strategyFor } from './cache-rules';
import { offlineParts, partSavedMarker, partUrl } from './parts';

declare const BUILD_ID: string;
/** The "not saved" page and what it needs (bundle.core), written in at build time so installing fetches no list: at 10,000 services the full list is about 1 MB. */
declare const CORE_FILES: string[];
const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = cachePrefix + BUILD_ID;
const notSavedPage = '/offline/not-saved/';

interface Bundle {
  buildId: string;
  bytes: number;
  core: string[];
  files: string[];
}

async function fetchBundle(): Promise<Bundle> {
  const response = await fetch(bundleUrl, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${bundleUrl}: ${response.status}`);
  return response.json();
}

/** Responses marked no-store (forms with answers, say) are never kept. */
function mayKeep(response: Response): boolean {
  return response.ok && response.type === 'basic' && !/no-store/i.test(response.headers.get('Cache-Control') ?? '');
}

/** A copy of the response that remembers when it was saved. */
async function stamp(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(savedAtHeader, new Date().toISOString());
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function saveUrl(cache: Cache, url: string, skipIfSaved: boolean): Promise<boolean> {
  if (skipIfSaved && (await cache.match(url))) return true;
  try {
    const response = await fetch(url, { cache: 'no-cache' });
    if (!mayKeep(response)) return false;
    await cache.put(cacheKeyFor(new URL(response.url || url, sw.location.origin)), await stamp(response));
    return true;
  } catch {
    return false;
  }
}

/** Saves the URLs four at a time; returns how many failed. */
async function saveAll(cache: Cache, urls: string[], onProgress?: (done: number) => void): Promise<number> {
  const queue = [...urls];
  let done = 0;
  let failed = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (!(await saveUrl(cache, url, true))) failed++;
      onProgress?.(++done);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return failed;
}

async function previousCacheName(): Promise<string | undefined> {
  return (await caches.keys()).filter((name) => name.startsWith(cachePrefix) && name !== cacheName).pop();
}

/** The files of one part (an age band or area of need), as the build listed them. */
async function fetchPartFiles(id: string): Promise<string[]> {
  const response = await fetch(partUrl(id), { cache: 'no-store' });
  if (!response.ok) throw new Error(`${partUrl(id)}: ${response.status}`);
  return (await response.json()).files;
}

const markedNow = () => new Response(new Date().toISOString(), { headers: { [savedAtHeader]: new Date().toISOString() } });

async function savePart(cache: Cache, id: string, files: string[], onProgress?: (done: number) => void): Promise<number> {
  const failed = await saveAll(cache, files, onProgress);
  if (!failed) await cache.put(partSavedMarker(id), markedNow());
  return failed;
}

async function saveEverything(cache: Cache, bundle: Bundle, onProgress?: (done: number) => void): Promise<number> {
  const failed = await saveAll(cache, bundle.files, onProgress);
  if (!failed) await cache.put(fullSaveMarker, markedNow());
  return failed;
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      if (await saveAll(cache, CORE_FILES)) throw new Error('Could not save the offline pages');
      const previous = await previousCacheName();
      if (previous) {
        const old = await caches.open(previous);
        if (await old.match(fullSaveMarker)) {
          // Fails the install if the connection drops: the old copy stays whole until the new one is.
          if (await saveEverything(cache, await fetchBundle())) throw new Error('Could not update the saved copy');
        } else {
          // Parts the person saved are saved again from this build's lists (a new service in the part comes too).
          for (const part of offlineParts) if (await old.match(partSavedMarker(part.id))) await savePart(cache, part.id, await fetchPartFiles(part.id));
          const visited = (await old.keys()).map((r) => r.url).filter((u) => !/^\/(_astro|offline\/saved-)/.test(new URL(u).pathname));
          await saveAll(cache, visited);
        }
      }
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(cachePrefix) && name !== cacheName) await caches.delete(name);
      await sw.clients.claim();
      // The page that registered the worker loaded before it: keep a copy of it too.
      const cache = await caches.open(cacheName);
      for (const client of await sw.clients.matchAll({ type: 'window' })) await saveUrl(cache, client.url, true);
    })(),
  );
});

async function withBanner(response: Response, reason: SavedCopyReason = 'offline'): Promise<Response> {
  if (!(response.headers.get('Content-Type') ?? '').includes('text/html')) return response;
  const savedAt = response.headers.get(savedAtHeader);
  const html = addOfflineBanner(await response.text(), savedAt ? new Date(savedAt) : undefined, reason);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}

async function findSaved(url: URL): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  const exact = await cache.match(cacheKeyFor(url));
  if (exact) return exact;
  // "/services/chatterbox" and "/services/chatterbox/" are the same page (the header's search form goes to "/search?q=").
  if (!url.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(url.pathname)) return cache.match(cacheKeyFor(new URL(`${url.pathname}/${url.search}`, url.origin)));
  return undefined;
}

/**
 * How long a page may take before a saved copy is shown instead: on a signal
 * that comes and goes, waiting for ever is worse than a dated copy.
 */
const slowPageMs = 8000;

async function networkFirst(request: Request, url: URL): Promise<Response> {
  const fromNetwork = fetch(request).then((response) => {
    if (mayKeep(response)) {
      const copy = response.clone();
      caches.open(cacheName).then(async (cache) => cache.put(cacheKeyFor(url), await stamp(copy)));
    }
    return response;
  });
  // Handled below; this stops a late failure after a slow page being reported as unhandled.
  fromNetwork.catch(() => undefined);
  try {
    if (request.mode !== 'navigate') return await fromNetwork;
    const slow = new Promise<'slow'>((resolve) => setTimeout(() => resolve('slow'), slowPageMs));
    const first = await Promise.race([fromNetwork, slow]);
    if (first !== 'slow') return first;
    const saved = await findSaved(url);
    // The page still arrives in the background and is kept for next time.
    return saved ? withBanner(saved, 'slow') : await fromNetwork;
  } catch (offline) {
    const saved = await findSaved(url);
    if (saved) return withBanner(saved);
    if (request.mode === 'navigate') {
      const fallback = await (await caches.open(cacheName)).match(notSavedPage);
      if (fallback) return withBanner(new Response(fallback.body, { status: 503, headers: fallback.headers }));
    }
    throw offline;
  }
}

async function cacheFirst(request: Request, url: URL): Promise<Response> {
  const saved = await (await caches.open(cacheName)).match(url.href);
  if (saved) return saved;
  const response = await fetch(request);
  if (mayKeep(response)) {
    const copy = response.clone();
    caches.open(cacheName).then(async (cache) => cache.put(url.href, await stamp(copy)));
  }
  return response;
}

sw.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const strategy = strategyFor(url, event.request.method, sw.location.origin);
  if (strategy === 'skip') return;
  event.respondWith(strategy === 'cache-first' ? cacheFirst(event.request, url) : networkFirst(event.request, url));
});

/** Messages from "Use this site offline": save everything, or say what is saved. */
sw.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!port) return;
  if (event.data?.type === 'status') {
    event.waitUntil(
      (async () => {
        const cache = await caches.open(cacheName);
        const marker = await cache.match(fullSaveMarker);
        const savedParts: Record<string, string> = {};
        for (const part of offlineParts) {
          const saved = await cache.match(partSavedMarker(part.id));
          if (saved) savedParts[part.id] = await saved.text();
        }
        port.postMessage({ type: 'status', buildId: BUILD_ID, savedEverythingAt: marker ? await marker.text() : undefined, savedParts });
      })(),
    );
  }
  const type = event.data?.type;
  if (type === 'save-everything' || type === 'save-part' || type === 'save-files') {
    event.waitUntil(
      (async () => {
        try {
          const cache = await caches.open(cacheName);
          // My list sends its own addresses: only this site's pages are saved.
          const urls: string[] =
            type === 'save-everything'
              ? (await fetchBundle()).files
              : type === 'save-part'
                ? await fetchPartFiles(String(event.data.id))
                : (event.data.urls as unknown[]).map(String).filter((u) => /^\/(?!\/)/.test(u));
          let last = 0;
          const onProgress = (done: number) => {
            // A progress message for every 5% is plenty for a screen reader.
            if (done === urls.length || done - last >= Math.max(1, Math.round(urls.length / 20))) {
              last = done;
              port.postMessage({ type: 'progress', done, total: urls.length });
            }
          };
          const failed =
            type === 'save-everything'
              ? await saveEverything(cache, { files: urls } as Bundle, onProgress)
              : type === 'save-part'
                ? await savePart(cache, String(event.data.id), urls, onProgress)
                : await saveAll(cache, urls, onProgress);
          port.postMessage({ type: 'done', failed, total: urls.length, savedAt: new Date().toISOString() });
        } catch {
          port.postMessage({ type: 'done', failed: -1, total: 0 });
        }
      })(),
    );
  }
});
