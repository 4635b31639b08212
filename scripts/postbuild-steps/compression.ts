/**
 * Gzip and Brotli for the post-build step. Each file is gzipped once: the
 * offline copy's size ("how much will this download?") and the .gz copy the
 * server sends come from the same bytes (at 10,000 services that is about
 * 36,000 files and 600 MB of text). Node's asynchronous zlib, which could use
 * both cores, was tried and was slower on these machines, not faster.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

/** Gzip's best: the files are compressed once and downloaded many times. */
const gzipOptions = { level: 9 };
/** Brotli quality 7: within 15% of its best (11) at a fortieth of the time. */
const brotliOptions = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 7 } };

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
