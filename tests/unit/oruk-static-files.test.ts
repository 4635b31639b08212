import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataFor } from '../support/open-data';
import { checkOpenDataFolder, listFiles } from '../../src/lib/oruk/check-files';
import { staticFiles, writeStaticFiles } from '../../src/lib/oruk/static-files';

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
