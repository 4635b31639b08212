/**
 * A built page's weight from the files alone, as the production server sends
 * it: the page's Brotli copy (or the file) plus the stylesheets and scripts
 * it names. The same sum as tests/support/file-weight.ts, for any build folder.
 */
import fs from 'node:fs';
import path from 'node:path';

const sentBytes = (file: string) => (fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size);
const assetSizes = new Map<string, number>();

export function pageWeightFromFiles(clientDir: string, htmlFile: string): { sent: number; requests: number } {
  const html = fs.readFileSync(htmlFile, 'utf8');
  let sent = sentBytes(htmlFile);
  let requests = 1;
  for (const m of html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)) {
    const file = path.join(clientDir, m[1]);
    if (!assetSizes.has(file)) assetSizes.set(file, fs.existsSync(file) ? sentBytes(file) : 0);
    sent += assetSizes.get(file)!;
    requests++;
  }
  return { sent, requests };
}
