import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildOpenData, type OpenDataInput } from '../lib/oruk/open-data.ts';
import { staticFolders, writeStaticFiles, type WriteResult } from '../lib/oruk/static-files.ts';
import type { WorkerJob } from './open-data-worker.ts';

/** Where src/pages/openreferral/build-input.v8.ts leaves the open data's input (services, organisations, site address) for this step. */
export const openDataInputFile = 'openreferral/build-input.v8';

/**
 * Writes the static Open Referral files (dist/client/openreferral/) in one
 * pass after Astro has drawn the pages, checking each against the 3.0 schemas
 * before it is written and failing the build naming the file and the JSON
 * pointer, so a broken feed never reaches the councils and national services
 * that read it.
 *
 * At 10,000 services these are about 27,000 files (every service, organisation
 * and venue record, and 50 to a page): as Astro endpoints, drawn one at a time
 * on one core and then read back for the check, they were a third of the build.
 * Here they are shared out between worker threads, one per core. A small
 * area's (the demo's 250 files) are written here: starting threads would take longer.
 */
const servicesForThreads = 1000;

export function openDataCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'open-referral-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const client = fileURLToPath(dir);
        const input = path.join(client, openDataInputFile);
        if (!fs.existsSync(input)) throw new Error(`${input} is missing: src/pages/openreferral/build-input.v8.ts should have written the open data's input.`);
        const folder = path.join(client, 'openreferral');
        // Made before the threads start, so none of them writes into a folder that is not there yet.
        for (const sub of staticFolders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
        const started = performance.now();
        const openData = v8.deserialize(fs.readFileSync(input)) as OpenDataInput;
        const workers = openData.services.length < servicesForThreads ? 1 : Math.max(1, Math.min(4, os.availableParallelism()));
        const script = path.join(root, 'src/integrations/open-data-worker.ts');
        try {
          const results =
            workers === 1
              ? [writeStaticFiles(buildOpenData(openData), folder)]
              : await Promise.all(Array.from({ length: workers }, (_, worker) => runWorker(script, { input, folder, worker, workers } satisfies WorkerJob)));
          const problem = results.find((r) => r.problem)?.problem;
          if (problem) throw new Error(`Open Referral file does not match the ORUK 3.0 schema: ${problem}`);
          const files = results.reduce((n, r) => n + r.files, 0);
          const bytes = results.reduce((n, r) => n + r.bytes, 0);
          logger.info(
            `${files} Open Referral files written, each matching the ORUK 3.0 schemas (${Math.round(bytes / 1024)} kB, ${workers === 1 ? 'in the build' : `${workers} threads`}, ${((performance.now() - started) / 1000).toFixed(1)} s).`,
          );
        } finally {
          fs.rmSync(input, { force: true });
        }
      },
    },
  };
}

function runWorker(script: string, job: WorkerJob): Promise<WriteResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the Open Referral writer thread stopped with code ${code}`)));
  });
}
