/**
 * A worker thread of the post-build step: writes `.gz` and `.br` copies of
 * its share of the files and reports each file's gzipped size (the offline
 * copy's download size is counted from the same bytes). See compression.ts.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { brotliOptions, gzipOptions } from './compression-options.ts';

const { files } = workerData as { files: string[] };
const sizes: [string, number][] = [];
for (const file of files) {
  const body = fs.readFileSync(file);
  const gzip = zlib.gzipSync(body, gzipOptions);
  fs.writeFileSync(`${file}.gz`, gzip);
  fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, brotliOptions));
  sizes.push([file, gzip.length]);
}
parentPort!.postMessage(sizes);
