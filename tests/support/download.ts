import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download } from 'playwright-core';

/**
 * The text of a file the page downloaded. Use this, not `download.path()`:
 * the end-to-end run shares one Chromium, which playwright treats as remote,
 * and `path()` throws for a remote browser; `saveAs` works for both.
 */
export async function downloadedText(download: Download): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'local-offer-download-')), download.suggestedFilename());
  await download.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}
