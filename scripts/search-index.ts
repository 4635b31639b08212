/**
 * The search index step of `npm run build` (run by the post-build step):
 * Pagefind indexes the service pages (pagefind.yml says which and what to
 * leave out), unless the build already did while drawing them
 * (src/integrations/search-index-during-pages.ts).
 *
 * A new area starts with no services (`npm run new-area`), and Pagefind's
 * command line stops with an error when it finds nothing to index; the site
 * must still build and its search page still work (it finds information
 * pages, and says no service matched). So with no service pages to index,
 * an empty index is written through Pagefind's own API instead: the same
 * files the search page loads, holding nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createIndex, close } from 'pagefind';

const site = 'dist/client';
const servicesDir = path.join(site, 'services');
const servicePages = fs.existsSync(servicesDir)
  ? fs.readdirSync(servicesDir, { withFileTypes: true }).filter((e) => e.isDirectory() && fs.existsSync(path.join(servicesDir, e.name, 'index.html'))).length
  : 0;

// The build usually indexed the service pages while it drew them (src/integrations/search-index-during-pages.ts):
// an index written after this build's pages is that one.
const entry = path.join(site, 'pagefind', 'pagefind-entry.json');
const builtWithPages = servicePages > 0 && fs.existsSync(entry) && fs.statSync(entry).mtimeMs >= fs.statSync(path.join(site, 'index.html')).mtimeMs;

if (builtWithPages) {
  console.log('search-index: the build indexed the service pages while it drew them.');
} else if (servicePages > 0) {
  execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', site], { stdio: 'inherit' });
} else {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the empty index: ${written.errors.join('; ')}`);
  await close();
  console.log('search-index: no service pages yet, so the search index is empty (it fills in once services are added).');
}
