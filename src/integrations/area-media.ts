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
      // The development server (npm run dev, npm run cms) serves them from the content folder as they are.
      'astro:server:setup': ({ server }) => {
        const types: Record<string, string> = {
          '.mp4': 'video/mp4',
          '.webm': 'video/webm',
          '.vtt': 'text/vtt; charset=utf-8',
          '.jpg': 'image/jpeg',
          '.jpeg': 'image/jpeg',
          '.png': 'image/png',
          '.webp': 'image/webp',
        };
        server.middlewares.use('/videos/', (req, res, next) => {
          const name = path.basename(decodeURIComponent((req.url ?? '').split('?')[0]));
          const file = path.join(contentDir('videos'), name);
          if (!types[path.extname(name)] || !fs.existsSync(file)) return next();
          res.setHeader('Content-Type', types[path.extname(name)]);
          fs.createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const from = contentDir('videos');
        if (!fs.existsSync(from)) return;
        fs.cpSync(from, path.join(fileURLToPath(dir), 'videos'), { recursive: true });
      },
    },
  };
}
