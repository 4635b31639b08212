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
import { openDataInputReady, type OpenDataInputReady } from './open-data-signal.ts';

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
 * Here they are shared out between worker threads, one per core. For a
 * county the first thread starts as soon as the open data's input is ready,
 * while Astro is still drawing pages on one core (see openDataInputReady);
 * the others join it once the pages are done. A small area's (the demo's 250
 * files) are written here, after the pages: starting threads would take longer.
 */
const servicesForThreads = 1000;

/** Files a thread takes from the shared counter at a time. */
const chunk = 64;

/**
 * src/pages/openreferral/build-input.v8.ts signals (open-data-signal.ts) once
 * it has the open data's input, so the files can be started while Astro still
 * draws the pages. Astro draws pages on one core; for a county the first
 * thread uses the other one meanwhile.
 */

interface EarlyStart {
  input: Uint8Array;
  folder: string;
  counter: Int32Array;
  first: { worker: Worker; result: Promise<WriteResult> };
  started: number;
}

export function openDataCheck(): AstroIntegration {
  let root = process.cwd();
  let clientDir: string | undefined;
  let early: EarlyStart | undefined;
  const script = () => path.join(root, 'src/integrations/open-data-worker.ts');
  const threads = () => Math.max(1, Math.min(4, os.availableParallelism()));
  return {
    name: 'open-referral-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:start': () => {
        early = undefined;
        (globalThis as Record<symbol, OpenDataInputReady>)[openDataInputReady] = (input, services) => {
          // One thread while Astro draws pages on the other core; none for a small area, or if there is only one core.
          if (early || !clientDir || services < servicesForThreads || threads() < 2) return;
          const folder = path.join(clientDir, 'openreferral');
          for (const sub of staticFolders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
          const counter = new Int32Array(new SharedArrayBuffer(4));
          const first = startWorker(script(), { input, folder, share: { counter, chunk } });
          // It must not keep a failed build's process alive; build:done holds it again.
          first.worker.unref();
          early = { input, folder, counter, first, started: performance.now() };
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        delete (globalThis as Record<symbol, unknown>)[openDataInputReady];
        const client = fileURLToPath(dir);
        const input = path.join(client, openDataInputFile);
        if (!fs.existsSync(input)) throw new Error(`${input} is missing: src/pages/openreferral/build-input.v8.ts should have written the open data's input.`);
        const folder = path.join(client, 'openreferral');
        const started = early?.started ?? performance.now();
        let results: WriteResult[];
        let how: string;
        try {
          if (early && path.resolve(early.folder) === path.resolve(folder)) {
            // The early thread has been writing since the input was ready; the others join it now and share what is left.
            early.first.worker.ref();
            const { input: bytes, counter } = early;
            const later = Array.from({ length: threads() - 1 }, () => startWorker(script(), { input: bytes, folder, share: { counter, chunk } }).result);
            results = await Promise.all([early.first.result, ...later]);
            how = `${threads()} threads, one of them started while the pages were drawn`;
          } else {
            // Made before the threads start, so none of them writes into a folder that is not there yet.
            for (const sub of staticFolders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
            const openData = v8.deserialize(fs.readFileSync(input)) as OpenDataInput;
            const workers = openData.services.length < servicesForThreads ? 1 : threads();
            results =
              workers === 1
                ? [writeStaticFiles(buildOpenData(openData), folder)]
                : await Promise.all(
                    Array.from({ length: workers }, (_, worker) => startWorker(script(), { input, folder, share: { worker, workers } }).result),
                  );
            how = workers === 1 ? 'in the build' : `${workers} threads`;
          }
          const problem = results.find((r) => r.problem)?.problem;
          if (problem) throw new Error(`Open Referral file does not match the ORUK 3.0 schema: ${problem}`);
          const files = results.reduce((n, r) => n + r.files, 0);
          const bytes = results.reduce((n, r) => n + r.bytes, 0);
          logger.info(
            `${files} Open Referral files written, each matching the ORUK 3.0 schemas (${Math.round(bytes / 1024)} kB, ${how}, ${((performance.now() - started) / 1000).toFixed(1)} s).`,
          );
        } finally {
          early = undefined;
          fs.rmSync(input, { force: true });
        }
      },
    },
  };
}

function startWorker(script: string, job: WorkerJob): { worker: Worker; result: Promise<WriteResult> } {
  const worker = new Worker(script, { workerData: job });
  const result = new Promise<WriteResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the Open Referral writer thread stopped with code ${code}`)));
  });
  // A failure before build:done awaits it is reported there, not as an unhandled rejection.
  result.catch(() => undefined);
  return { worker, result };
}
