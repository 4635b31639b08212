/**
 * Gzip and Brotli for the post-build step. Each file is gzipped once: the
 * offline copy's size ("how much will this download?") and the .gz copy the
 * server sends come from the same bytes (at 10,000 services that is about
 * 36,000 files and 600 MB of text). Node's asynchronous zlib was tried and
 * was slower on these machines, not faster (its thread pool's hand-offs cost
 * more than a small file's compression); worker threads, each compressing a
 * share of the files synchronously, use every core.
 */
import fs from 'node:fs';
import os from 'node:os';
import zlib from 'node:zlib';
import { Worker } from 'node:worker_threads';
import { brotliOptions, gzipOptions } from './compression-options.ts';

interface Gzipped {
  /** The file's size and modification time when it was gzipped, so a file changed since is gzipped again. */
  size: number;
  mtimeMs: number;
  body: Buffer;
}

/** Gzipped copies of files, kept until the file changes. */
export class GzipCache {
  private readonly entries = new Map<string, Gzipped>();

  /** The gzipped bytes of a file, gzipping it now if it is new or has changed. */
  get(file: string): Buffer {
    const cached = this.fresh(file);
    if (cached) return cached.body;
    const stat = fs.statSync(file);
    const body = zlib.gzipSync(fs.readFileSync(file), gzipOptions);
    this.entries.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, body });
    return body;
  }

  private fresh(file: string): Gzipped | undefined {
    const cached = this.entries.get(file);
    if (!cached) return undefined;
    const stat = fs.statSync(file);
    return stat.size === cached.size && stat.mtimeMs === cached.mtimeMs ? cached : undefined;
  }
}

/** Writes `<file>.gz` and `<file>.br` next to each file, for the server to send to browsers that accept them. */
export function writeCompressedCopies(files: readonly string[], gzipped: GzipCache): void {
  for (const file of files) {
    // A file changed since it was cached (the offline page gets its size written in) is gzipped again by get().
    fs.writeFileSync(`${file}.gz`, gzipped.get(file));
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(fs.readFileSync(file), brotliOptions));
  }
}

/**
 * Writes `.gz` and `.br` copies of files in worker threads, one per core, and
 * gives each file's gzipped size. For files that do not change after this; a
 * file the step still writes goes through writeCompressedCopies afterwards.
 */
export async function compressInWorkers(files: readonly string[], workers = Math.max(1, Math.min(4, os.availableParallelism()))): Promise<Map<string, number>> {
  const shares = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<[string, number][]>((resolve, reject) => {
          const worker = new Worker(new URL('./compress-worker.ts', import.meta.url), { workerData: { files: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`a compression thread stopped with code ${code}`)));
        }),
    ),
  );
  return new Map(results.flat());
}
