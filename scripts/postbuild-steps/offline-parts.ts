/**
 * Writes /offline/parts/<part>.json for each part a family can save offline
 * (src/offline/parts.ts): its files and download size, from the built pages
 * and the gzipped sizes already counted for the offline copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import { assetsOf, type BundleFile } from '../../src/offline/bundle.ts';
import { offlineParts, partFiles, partUrl, type BuiltPages, type OfflinePartFiles } from '../../src/offline/parts.ts';
import { allServiceParts, servicePartUrl } from '../../src/my-list/service-parts.ts';

/** My list's page is drawn on request, so it has no file to measure: about its size with the list's script and the QR code's, compressed. */
const myListPageBytes = 30_000;

export function writeOfflineParts(
  clientDir: string,
  files: BundleFile[],
): { parts: OfflinePartFiles[]; files: string[]; listBaseBytes: number; servicePageBytes: number } {
  const byUrl = new Map(files.map((f) => [f.url, f]));
  const html = (url: string) => fs.readFileSync(byUrl.get(url)!.file, 'utf8');
  const assets = new Map<string, string[]>();
  const site: BuiltPages = {
    urls: files.filter((f) => f.file.endsWith('.html')).map((f) => f.url),
    html,
    assets: (url) => {
      if (!assets.has(url))
        assets.set(
          url,
          assetsOf(html(url)).filter((a) => byUrl.has(a)),
        );
      return assets.get(url)!;
    },
  };
  const bytesOf = (urls: string[]) => urls.reduce((n, u) => n + (byUrl.get(u)?.transferBytes ?? 0), 0);
  fs.mkdirSync(path.join(clientDir, 'offline/parts'), { recursive: true });
  const written: string[] = [];
  const parts = offlineParts.map((part) => {
    const { urls, services } = partFiles(part, site);
    const result: OfflinePartFiles = { id: part.id, bytes: bytesOf(urls), services, files: urls };
    const file = path.join(clientDir, partUrl(part.id));
    fs.writeFileSync(file, JSON.stringify(result));
    written.push(file);
    return result;
  });
  // My list: its page and what a service page loads, then for each service its page and the part of the list's
  // data it is in (their averages; services on one list may share a part, so this is at most what it takes).
  const servicePages = site.urls.filter((u) => /^\/services\/(?!letter\/)[^/]+\/$/.test(u));
  const average = (urls: string[]) => (urls.length ? bytesOf(urls) / urls.length : 0);
  const dataParts = allServiceParts().map(servicePartUrl);
  const servicePageBytes = Math.round(average(servicePages) + average(dataParts));
  const listBaseBytes = myListPageBytes + bytesOf(servicePages[0] ? site.assets(servicePages[0]) : []);
  return { parts, files: written, listBaseBytes, servicePageBytes };
}
