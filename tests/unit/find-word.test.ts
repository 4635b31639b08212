import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { filesContaining } from '../support/find-word';

// The other-area test (tests/e2e/new-area.test.ts) relies on this finding the demo's name wherever a build could hide it.
describe('looking for a word in a built site', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'find-word-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), '<p>Riverford Local Offer</p>');
  fs.writeFileSync(path.join(dir, 'pagefind/fragment/en_1.pf_fragment'), zlib.gzipSync('{"content":"Help in NORTHBRIDGE"}'));
  fs.writeFileSync(path.join(dir, 'sw.js.br'), zlib.brotliCompressSync('const key = "northBridge";'));
  fs.writeFileSync(path.join(dir, '_headers'), '/*\n  Link: <https://localoffer.northbridge.example>\n');

  it('finds it in any case, inside gzip and brotli files too, and not where it is absent', () => {
    expect(filesContaining(dir, 'northbridge').sort()).toEqual(['_headers', 'pagefind/fragment/en_1.pf_fragment', 'sw.js.br']);
  });
});
