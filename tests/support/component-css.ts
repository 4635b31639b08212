import fs from 'node:fs';
import path from 'node:path';
import { astroFiles } from './astro-files';

/**
 * The site's CSS for drawing components on their own: every stylesheet in
 * src/styles (site.css first, as PageLayout loads it), then each
 * component's <style> blocks as the Astro compiler turns them out, so scoped
 * styles carry the same data-astro-cid selectors as the rendered markup.
 * Needs vitest's `css.include` to let those style modules through
 * (vitest.e2e.config.ts); without it they come back empty, and the check
 * below says so rather than testing pages without their styles.
 */
export async function siteCss(): Promise<string> {
  const sheets = fs
    .readdirSync('src/styles')
    .filter((name) => name.endsWith('.css'))
    .sort((a, b) => Number(b === 'site.css') - Number(a === 'site.css') || a.localeCompare(b))
    .map((name) => fs.readFileSync(path.join('src/styles', name), 'utf8'));
  const blocks: string[] = [];
  for (const file of astroFiles('src/components')) {
    const template = fs.readFileSync(file, 'utf8').replace(/^---[^]*?\n---/, '');
    const count = template.match(/<style\b/g)?.length ?? 0;
    for (let index = 0; index < count; index++) {
      const css: string = (await import(/* @vite-ignore */ `/${file}?astro&type=style&index=${index}&inline&lang.css`)).default;
      if (!css.trim()) throw new Error(`${file}: style block ${index} came back empty: is vitest's css.include set for .astro styles?`);
      blocks.push(`/* ${file} */\n${css}`);
    }
  }
  return [...sheets, ...blocks].join('\n');
}
