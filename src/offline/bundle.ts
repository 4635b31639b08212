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
const excludedFiles =
  /(^\/sitemap[^/]*\.xml$|^\/robots\.txt$|^\/_headers$|^\/sw\.js$|^\/offline\/bundle\.json$|^\/offline\/parts\/|^\/404\.html$|\.(br|gz|map|xml|ics|csv|zip)$)/;

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

/** Every file in the built client folder that the offline copy needs; `sizeOf` gives a file's bytes over the network. */
export function listBundleFiles(clientDir: string, sizeOf: (file: string) => number = transferBytes): BundleFile[] {
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
  // The staff editor's 6 MB of chunks sit in /_astro/ beside the site's own: leave out the chunks
  // only the editor's pages reach (scripts of pages drawn on request, like My list, stay in).
  const text = (file: string) => fs.readFileSync(file, 'utf8');
  const assets = candidates.filter((c) => c.url.startsWith('/_astro/'));
  const byName = new Map([...assets, ...candidates.filter((c) => usedOnlyIfNamed.test(c.url))].map((c) => [path.posix.basename(c.url), c.url]));
  // Which of those files some pages or scripts name, reading each text once (asking every page about
  // every chunk took 9 s at 10,000 services). Pages name them by address, /_astro/… or /pagefind/…;
  // scripts also import each other by file name, so every word that could be a file name is looked up.
  const namedIn = (texts: string[], words: RegExp): Set<string> => {
    const found = new Set<string>();
    for (const t of texts) for (const [, word] of t.matchAll(words)) if (byName.has(word)) found.add(byName.get(word)!);
    return found;
  };
  const namedInPages = (pages: string[]) => namedIn(pages, /\/(?:_astro|pagefind)\/([\w.-]+)/g);
  const namedInScripts = (scripts: string[]) => namedIn(scripts, /([\w.-]+)/g);
  const reachedFrom = (start: Set<string>): Set<string> => {
    const reached = new Set<string>();
    for (let named = start; named.size;) {
      const found = assets.filter((a) => !reached.has(a.url) && named.has(a.url));
      for (const a of found) reached.add(a.url);
      named = namedInScripts(found.map((a) => text(a.file)));
    }
    return reached;
  };
  const adminDir = path.join(clientDir, 'admin');
  const adminPages = fs.existsSync(adminDir)
    ? fs
        .readdirSync(adminDir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.html'))
        .map((f) => text(path.join(adminDir, f)))
    : [];
  const namedByPublicPages = namedInPages(candidates.filter((c) => c.file.endsWith('.html')).map((c) => text(c.file)));
  // Chunks the editor does not reach are the site's own (including scripts of pages drawn on
  // request); anything they or the static pages load is the site's too, even if the editor shares it.
  const editorReach = reachedFrom(namedInPages(adminPages));
  const siteEntries = assets.filter((a) => !editorReach.has(a.url));
  const publicAssets = reachedFrom(new Set([...namedByPublicPages, ...namedInScripts(siteEntries.map((a) => text(a.file)))]));
  for (const a of siteEntries) publicAssets.add(a.url);
  const editorOnly = new Set([...editorReach].filter((u) => !publicAssets.has(u)));
  const named = new Set([...namedByPublicPages, ...namedInScripts(assets.filter((a) => !editorOnly.has(a.url)).map((a) => text(a.file)))]);
  return candidates
    .filter((c) => !editorOnly.has(c.url))
    .filter((c) => !usedOnlyIfNamed.test(c.url) || named.has(c.url))
    .map((c) => ({ ...c, transferBytes: sizeOf(c.file) }))
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
