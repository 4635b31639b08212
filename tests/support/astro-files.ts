import fs from 'node:fs';
import path from 'node:path';

/** Every .astro file under a folder and its subfolders, e.g. "src/components/search/NoResults.astro". */
export function astroFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return astroFiles(full);
    return entry.name.endsWith('.astro') ? [full.replace(/\\/g, '/')] : [];
  });
}
