/**
 * Which built files "Save the Local Offer for offline use" downloads, worked
 * out from the build output (so search files, new page types and content
 * images are included without anyone keeping a list).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Folders that are not for browsing: the CMS editor. Add open-data download folders here. */
// Staff pages, open data for machines, and videos (heavy on prepaid data; their transcripts are on the saved pages).
export const excludedFolders = ['/admin/', '/openreferral/', '/videos/'];

/** Files that are for machines, not for reading offline. */
const excludedFiles = /(^\/sitemap[^/]*\.xml$|^\/robots\.txt$|^\/_headers$|^\/sw\.js$|^\/offline\/bundle\.json$|^\/404\.html$|\.(br|gz|map|xml|ics|csv|zip)$)/;

/**
 * Pagefind writes several ready-made search interfaces; only one (if any) is
 * used. These are saved only when a page or script of the site names them.
 */
const usedOnlyIfNamed = /^\/pagefind\/pagefind-(component-ui|ui|modular-ui|highlight)\.(js|css)$/;

/** Text files are sent compressed, so that is what the person downloads. */
export const compressible = /\.(html|css|js|mjs|json|svg|txt|xml|webmanifest)$/;

export interface BundleFile {
  /** The URL the site serves it at: "/services/chatterbox/" for services/chatterbox/index.html. */
  url: string;
  /** Path on disk. */
  file: string;
  /** Bytes over the network (gzip size for text). */
  transferBytes: number;
}

export interface OfflineBundle {
  /** Changes whenever any saved file changes; names the service worker's cache. */
  buildId: string;
  builtAt: string;
  /** Total download, in bytes. */
  bytes: number;
  /** Saved as soon as the service worker starts: the "not saved" page and what it needs. */
  core: string[];
  /** Everything "Save the Local Offer for offline use" saves. */
  files: string[];
}

/** The URL a built file is served at. */
export function urlFor(relativePath: string): string {
  const url = '/' + relativePath.split(path.sep).join('/');
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

export function isSaved(url: string): boolean {
  return !excludedFolders.some((folder) => url.startsWith(folder)) && !excludedFiles.test(url);
}

export function transferBytes(file: string): number {
  const body = fs.readFileSync(file);
  return compressible.test(file) ? zlib.gzipSync(body, { level: 9 }).length : body.length;
}

/** Every file in the built client folder that the offline copy needs. */
export function listBundleFiles(clientDir: string): BundleFile[] {
  const candidates: { url: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const url = urlFor(path.relative(clientDir, full));
        if (isSaved(url)) candidates.push({ url, file: full });
      }
    }
  };
  walk(clientDir);
  // Built scripts and styles are saved only when a saved page (or a script it loads) names them:
  // the staff editor's 6 MB of chunks sit in /_astro/ too, and families never need them offline.
  const reached = new Set<string>();
  let namers = candidates.filter((c) => c.file.endsWith('.html')).map((c) => fs.readFileSync(c.file, 'utf8'));
  while (namers.length) {
    const found = candidates.filter((c) => c.url.startsWith('/_astro/') && !reached.has(c.url) && namers.some((text) => text.includes(path.posix.basename(c.url))));
    for (const c of found) reached.add(c.url);
    namers = found.map((c) => fs.readFileSync(c.file, 'utf8'));
  }
  const pages = candidates.filter((c) => c.file.endsWith('.html')).map((c) => fs.readFileSync(c.file, 'utf8'));
  const named = (url: string) => [...pages, ...[...reached].map((u) => fs.readFileSync(candidates.find((c) => c.url === u)!.file, 'utf8'))].some((text) => text.includes(path.posix.basename(url)));
  return candidates
    .filter((c) => !c.url.startsWith('/_astro/') || reached.has(c.url))
    .filter((c) => !usedOnlyIfNamed.test(c.url) || named(c.url))
    .map((c) => ({ ...c, transferBytes: transferBytes(c.file) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Stylesheets, scripts and images a page loads from this site. */
export function assetsOf(html: string): string[] {
  return [...html.matchAll(/<(?:link[^>]+href|script[^>]+src|img[^>]+src)="(\/[^"#?]+)"/g)].map((m) => m[1]).filter((u) => !u.startsWith('//'));
}

/** A short hash of every saved file's URL and content. */
export function buildIdFor(files: BundleFile[]): string {
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f.url).update('\0').update(fs.readFileSync(f.file)).update('\0');
  return hash.digest('hex').slice(0, 12);
}
