import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataFor } from '../support/open-data';
import { checkOpenDataFolder, listFiles } from '../../src/lib/oruk/check-files';
import { staticFiles, staticFolders, writeStaticFiles } from '../../src/lib/oruk/static-files';

// The static Open Referral files are written in one pass after Astro's pages
// (src/integrations/open-data-check.ts), shared out between threads by position.
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'oruk-static-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('static Open Referral files written in one pass', () => {
  const data = openDataFor('content');

  it('are the same files whether one thread writes them or two share them', () => {
    const one = path.join(temp, 'one');
    const two = path.join(temp, 'two');
    const single = writeStaticFiles(data, one);
    writeStaticFiles(data, two, { worker: 0, workers: 2 });
    const second = writeStaticFiles(data, two, { worker: 1, workers: 2 });
    expect(single.problem).toBeUndefined();
    expect(second.problem).toBeUndefined();
    expect(listFiles(two)).toEqual(listFiles(one));
    expect(listFiles(one).length).toBe(staticFiles(data).length);
    for (const file of listFiles(one)) expect(fs.readFileSync(path.join(two, file), 'utf8')).toBe(fs.readFileSync(path.join(one, file), 'utf8'));
    expect(checkOpenDataFolder(one).problem).toBeUndefined();
  }, 60_000);

  it('are the same files when threads take chunks from one counter as they go (one started early, others later)', () => {
    const one = path.join(temp, 'one-claimed');
    const shared = path.join(temp, 'claimed');
    writeStaticFiles(data, one);
    for (const sub of staticFolders) fs.mkdirSync(path.join(shared, sub), { recursive: true });
    const counter = new Int32Array(new SharedArrayBuffer(4));
    // Taken in turn here; in the build they run at the same time, and the counter gives each chunk to one thread.
    const first = writeStaticFiles(data, shared, { counter, chunk: 7 });
    const second = writeStaticFiles(data, shared, { counter, chunk: 7 });
    expect(first.files).toBe(staticFiles(data).length);
    expect(second.files).toBe(0);
    expect(listFiles(shared)).toEqual(listFiles(one));
    for (const file of listFiles(one)) expect(fs.readFileSync(path.join(shared, file), 'utf8')).toBe(fs.readFileSync(path.join(one, file), 'utf8'));
  }, 60_000);

  it('a broken record stops every thread sharing the counter', () => {
    const broken = structuredClone(data);
    (broken.services[3] as { status: string }).status = 'closed for good';
    const folder = path.join(temp, 'claimed-broken');
    for (const sub of staticFolders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
    const counter = new Int32Array(new SharedArrayBuffer(4));
    expect(writeStaticFiles(broken, folder, { counter, chunk: 5 }).problem).toContain('/contents/3/status');
    expect(writeStaticFiles(broken, folder, { counter, chunk: 5 }).files).toBe(0);
  });

  it('stop at a record that does not match the schema, naming the file and the field, and do not write it', () => {
    const broken = structuredClone(data);
    const service = broken.services[3];
    (service as { status: string }).status = 'closed for good';
    const folder = path.join(temp, 'broken');
    const result = writeStaticFiles(broken, folder);
    // The first page of the services list comes before the record itself, so it is the one named.
    expect(result.problem).toBe(
      `${path.join(folder, 'services.json')}: /contents/3/status: must be equal to one of the allowed values (active, inactive, defunct, temporarily closed) (checked as GET /services)`,
    );
    expect(fs.existsSync(path.join(folder, 'services.json'))).toBe(false);
    expect(fs.existsSync(path.join(folder, 'services', `${service.id}.json`))).toBe(false);
  });
});
