import fs from 'node:fs';
import path from 'node:path';

const clientDir = 'dist/client';

/** Every page path listed in the built sitemap(s), e.g. "/services/chatterbox/". */
export function sitemapPaths(): string[] {
  const index = path.join(clientDir, 'sitemap-index.xml');
  if (!fs.existsSync(index)) throw new Error('dist/client/sitemap-index.xml is missing: run `npm run build` first.');
  const sitemaps = [...fs.readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return sitemaps.flatMap((file) =>
    [...fs.readFileSync(path.join(clientDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
  );
}

/** Every HTML page in the static build, as URL paths. */
export function builtPagePaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = '/' + path.relative(clientDir, full).replace(/\\/g, '/');
        found.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(clientDir);
  return found.sort();
}

export function builtHtml(pagePath: string): string {
  const file = pagePath.endsWith('/') ? path.join(clientDir, pagePath, 'index.html') : path.join(clientDir, pagePath);
  return fs.readFileSync(file, 'utf8');
}
