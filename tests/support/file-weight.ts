import fs from 'node:fs';
import path from 'node:path';

const clientDir = 'dist/client';

/** The file the server sends: its Brotli copy when the build made one. */
function sentBytes(file: string): number {
  return fs.existsSync(`${file}.br`) ? fs.statSync(`${file}.br`).size : fs.statSync(file).size;
}

/**
 * A built page's weight from the files alone: its HTML plus the stylesheets
 * and scripts it names, raw and as sent (Brotli). Quick enough to check every page.
 */
export function pageFileWeight(html: string, pagePath: string): { raw: number; sent: number; js: number; requests: number } {
  const htmlFile = pagePath.endsWith('/') ? path.join(clientDir, pagePath, 'index.html') : path.join(clientDir, pagePath);
  let raw = Buffer.byteLength(html);
  let sent = sentBytes(htmlFile);
  let js = 0;
  let requests = 1;
  for (const m of html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)) {
    const file = path.join(clientDir, m[1]);
    if (!fs.existsSync(file)) continue;
    const size = fs.statSync(file).size;
    raw += size;
    sent += sentBytes(file);
    if (m[1].endsWith('.js')) js += size;
    requests++;
  }
  return { raw, sent, js, requests };
}
