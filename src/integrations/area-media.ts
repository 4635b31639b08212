import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';

/**
 * An area's own media (videos with their captions and posters) belongs to its
 * content, not to the code: public/ is shared by every council that runs the
 * site, so a demo video there would ship with everyone's build. This copies
 * the content's videos/ folder to /videos/ in the built site.
 */
export function areaMedia(): AstroIntegration {
  return {
    name: 'local-offer-area-media',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const from = contentDir('videos');
        if (!fs.existsSync(from)) return;
        fs.cpSync(from, path.join(fileURLToPath(dir), 'videos'), { recursive: true });
      },
    },
  };
}
