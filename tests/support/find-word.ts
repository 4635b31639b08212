import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Every file under `dir` that contains `word` (any case), read as the browser
 * would get it: gzip files (Pagefind's index, .gz copies) are unzipped, and
 * .br copies are unpacked too, so nothing hides inside compression.
 */
export function filesContaining(dir: string, word: string): string[] {
  const pattern = new RegExp(word, 'i');
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    let bytes = fs.readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = zlib.gunzipSync(bytes);
    else if (file.endsWith('.br')) bytes = zlib.brotliDecompressSync(bytes);
    if (pattern.test(bytes.toString('latin1'))) found.push(path.relative(dir, file));
  }
  return found;
}
