import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOpenDataFolder } from '../lib/oruk/check-files.ts';

/**
 * Fails the build when a published Open Referral file does not match the 3.0
 * schemas, naming the file and the JSON pointer, so a broken feed never
 * reaches the councils and national services that read it.
 */
export function openDataCheck(): AstroIntegration {
  return {
    name: 'open-referral-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const folder = path.join(fileURLToPath(dir), 'openreferral');
        const result = checkOpenDataFolder(folder);
        if (result.problem) throw new Error(`Open Referral file does not match the ORUK 3.0 schema: ${result.problem}`);
        logger.info(`${result.files} Open Referral files match the ORUK 3.0 schemas (${Math.round(result.bytes / 1024)} kB).`);
      },
    },
  };
}
