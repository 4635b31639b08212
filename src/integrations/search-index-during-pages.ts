import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { parse } from 'yaml';
import { searchPageDrawn, type SearchPageDrawn } from './search-index-signal.ts';

/**
 * Builds the search index (Pagefind) while Astro draws the pages, instead of
 * after them. Astro draws pages on one core; Pagefind indexes in its own
 * process, so at a county's size (10,000 service pages, some 20 s of
 * indexing) the work moves onto the other core, alongside the page loop, out
 * of the post-build step. The middleware hands over each service page as it
 * is drawn (the same bytes Astro writes); here they go to Pagefind's own Node
 * API with pagefind.yml's settings, and the index is written when the pages
 * are done. scripts/search-index.ts (run by the post-build step) then finds
 * it and does nothing; with no service pages it writes the empty index.
 */
export function searchIndexDuringPages(): AstroIntegration {
  let root = process.cwd();
  let clientDir = '';
  let pending: Promise<string[]>[] = [];
  let pages = 0;
  let index: PagefindIndex | undefined;
  return {
    name: 'search-index-during-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:start': async () => {
        const settings = parse(fs.readFileSync(path.join(root, 'pagefind.yml'), 'utf8')) as { exclude_selectors?: string[] };
        const created = await createIndex({ excludeSelectors: settings.exclude_selectors ?? [] });
        if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
        index = created.index;
        pending = [];
        pages = 0;
        // Pages are handed to Pagefind in the order Astro started them, whatever order they finish in.
        let places = 0;
        let next = 0;
        const waiting = new Map<number, { sourcePath: string; content: string | undefined }>();
        (globalThis as Record<symbol, SearchPageDrawn>)[searchPageDrawn] = {
          reserve: () => places++,
          drawn: (place, sourcePath, content) => {
            waiting.set(place, { sourcePath, content });
            for (let page = waiting.get(next); page; page = waiting.get(next)) {
              waiting.delete(next++);
              if (page.content === undefined) continue;
              pages++;
              const file = page.sourcePath;
              pending.push(index!.addHTMLFile({ sourcePath: file, content: page.content }).then((r) => r.errors.map((e) => `${file}: ${e}`)));
            }
          },
        };
      },
      'astro:build:done': async ({ logger }) => {
        delete (globalThis as Record<symbol, unknown>)[searchPageDrawn];
        if (!index) return;
        const started = performance.now();
        try {
          const errors = (await Promise.all(pending)).flat();
          if (errors.length) throw new Error(`Pagefind could not index these pages:\n${errors.join('\n')}`);
          // With no service pages scripts/search-index.ts writes the empty index (Pagefind's own CLI refuses an empty site).
          if (pages === 0) return;
          const outputPath = path.join(clientDir, 'pagefind');
          fs.rmSync(outputPath, { recursive: true, force: true });
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write the search index: ${written.errors.join('; ')}`);
          logger.info(
            `search index of ${pages} service pages written while the pages were drawn (${((performance.now() - started) / 1000).toFixed(1)} s to finish)`,
          );
        } finally {
          index = undefined;
          pending = [];
          await close();
        }
      },
    },
  };
}
