import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startBuiltSite, startOwnSite } from '../support/server';

// startBuiltSite must throw when the server never becomes ready, with what it
// printed, rather than hand back an origin that fails every test later.
const dirs: string[] = [];
/** A build folder whose server/serve.mjs is `source`. */
function fakeBuild(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-build-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'server'));
  fs.writeFileSync(path.join(dir, 'server/serve.mjs'), source);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('starting the built site for tests', () => {
  it('throws, with the server’s own output, when the server stops before it is ready', async () => {
    const dist = fakeBuild("console.error('Cannot find module ./entry.mjs'); process.exit(3);");
    await expect(startBuiltSite({ PROBE: '1' }, dist)).rejects.toThrow(/stopped before it was ready \(exit code 3\).*Cannot find module/s);
  });

  it('throws when the server runs but never answers pages, and kills it', async () => {
    const dist = fakeBuild(`
      import http from 'node:http';
      console.log('listening, but every page fails');
      http.createServer((req, res) => { res.statusCode = 500; res.end(); }).listen(Number(process.env.PORT), process.env.HOST);
    `);
    await expect(startOwnSite({}, dist, 1500)).rejects.toThrow(/not ready within 1.5 s \(last answer to GET \/: 500 Internal Server Error\): listening/);
  });

  it('throws when there is no build at all, saying how to make one', async () => {
    await expect(startBuiltSite({ PROBE: '1' }, path.join(os.tmpdir(), 'no-such-build'))).rejects.toThrow(/npm run build/);
  });
});
