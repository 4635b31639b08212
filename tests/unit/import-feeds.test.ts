import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { runImport } from '../../scripts/import/run-import';
import { fetchFeed, FeedError } from '../../scripts/import/fetch-feed';

// `npm run import -- --from-url …` against a real HTTP server on loopback that
// serves captured pages of a 3.0 and a 1.0 feed, one page failing once.
const fixtures = 'tests/fixtures/oruk';
const emptyFolder = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `feed-${name}-`));
const frontmatter = (file: string) => load(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]) as Record<string, any>;

let server: http.Server;
let origin: string;
const requests: string[] = [];
let inFlight = 0;
let mostAtOnce = 0;
const failOnce = new Set(['/v3/services?page=2']);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(req.url!);
    inFlight += 1;
    mostAtOnce = Math.max(mostAtOnce, inFlight);
    const done = (status: number, type: string, body: string) =>
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(status, { 'Content-Type': type }).end(body);
      }, 5);
    const url = new URL(req.url!, 'http://x');
    const page = url.searchParams.get('page');
    if (failOnce.delete(req.url!)) return done(503, 'text/plain', 'Service Unavailable');
    if (url.pathname === '/v3/services') return done(200, 'application/json', fs.readFileSync(`${fixtures}/feed-3.0/page-${page}.json`, 'utf8'));
    if (url.pathname === '/v1/services') return done(200, 'application/json', fs.readFileSync(`${fixtures}/feed-1.0/page-${page}.json`, 'utf8'));
    if (url.pathname === '/web-page') return done(200, 'text/html', '<!doctype html><title>Our directory</title>');
    if (url.pathname === '/always-down') return done(502, 'text/plain', 'Bad Gateway');
    return done(404, 'text/plain', 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const quiet = { delayMs: 20, backoffMs: 20, log: () => {} };

describe('importing a live Open Referral UK 3.0 feed', () => {
  const root = emptyFolder('v3');
  let output: string;
  let summary: ReturnType<typeof runImport>;
  beforeAll(async () => {
    requests.length = 0;
    const logs: string[] = [];
    const sources = await fetchFeed(`${origin}/v3/services`, { ...quiet, log: (l) => logs.push(l) });
    const lines: string[] = [];
    summary = runImport({ inputs: [], sources, contentRoot: root, log: (l) => lines.push(l) });
    output = [...logs, ...lines].join('\n');
  });

  it('reads every page one at a time, and tries a page again when it fails once', () => {
    expect(requests).toEqual(['/v3/services?page=1', '/v3/services?page=2', '/v3/services?page=2']);
    expect(mostAtOnce).toBe(1);
    expect(output).toMatch(/page=2 answered 503 Service Unavailable; trying again in/);
  });

  it('tidies what is cosmetic and says so: HTML, capitals in the status, empty values, a date-time with no zone, http: links', () => {
    const service = frontmatter(path.join(root, 'services', 'eastmoor-sensory-stay-and-play.md'));
    const body = fs.readFileSync(path.join(root, 'services', 'eastmoor-sensory-stay-and-play.md'), 'utf8');
    expect(service.status).toBe('active');
    expect(service.ageRange).toEqual({ min: 0, max: 5 });
    expect(body).toContain('sensory needs & their parents');
    expect(body).not.toMatch(/<\/?p>|<strong>|&amp;/);
    expect(service.contact.email).toBeUndefined();
    const warnings = summary.warnings.map((w) => w.message).join('\n');
    expect(warnings).toContain('HTML turned into plain text');
    expect(warnings).toContain('"Active" read as "active"');
    expect(warnings).toContain('"2026-09-14T10:30:00" has no time zone, so it was read as UK time (2026-09-14T09:30:00.000Z)');
    expect(warnings).toContain('the link starts http:, not https:');
    expect(warnings).toContain('"temporarily_closed" read as "temporarily closed"');
  });

  it('refuses only the record with no name, naming it and the field, and imports the rest', () => {
    expect(summary.rejected).toEqual([]);
    expect(summary.refused).toEqual([
      expect.objectContaining({ id: '1f6c7a52-6d1e-4b0a-9d55-2a7b0c3d4e02', field: '/contents/1/name', message: 'is missing: a record needs a name' }),
    ]);
    expect(summary.refused[0].file).toBe(`${origin}/v3/services?page=1`);
    expect(summary.created.map((f) => path.basename(f)).sort()).toEqual([
      'eastmoor-council.md',
      'eastmoor-sensory-stay-and-play.md',
      'eastmoor-young-carers-group.md',
    ]);
    // The record repeated on page 2 is used once.
    expect(summary.skipped).toEqual([expect.objectContaining({ id: '1f6c7a52-6d1e-4b0a-9d55-2a7b0c3d4e01' })]);
    expect(output).toMatch(/Import finished: 3 created, 0 updated, 0 unchanged, 1 skipped, 1 refused, \d+ warnings\./);
  });

  it('changes nothing when the feed is imported again', async () => {
    const again = runImport({ inputs: [], sources: await fetchFeed(`${origin}/v3/services`, quiet), contentRoot: root, log: () => {} });
    expect([again.created.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 3]);
  });
});

describe('importing an Open Referral UK 1.0 feed', () => {
  const root = emptyFolder('v1');
  let summary: ReturnType<typeof runImport>;
  beforeAll(async () => {
    summary = runImport({ inputs: [], sources: await fetchFeed(`${origin}/v1/services`, quiet), contentRoot: root, log: () => {} });
  });

  it('follows the 1.0 envelope and maps ages, contacts, cost, languages, venues, weekly times and categories', () => {
    const file = path.join(root, 'services', 'westfield-portage-home-visiting.md');
    const service = frontmatter(file);
    expect(service.organisation).toBe('westfield-county-council');
    expect(service.ageRange).toEqual({ min: 0, max: 5 });
    expect(service.contact).toMatchObject({ phone: '01632 960950', email: 'portage@example.org', website: 'https://www.westfield.example/portage' });
    expect(service.cost).toMatchObject({ free: true });
    expect(service.languages).toEqual(['Polish']);
    expect(service.locations).toEqual([
      expect.objectContaining({ name: "Westfield Children's Centre", address: expect.objectContaining({ street: '8 Orchard Road', postcode: 'WF1 2AB' }) }),
    ]);
    expect(service.schedule).toEqual([expect.objectContaining({ days: ['tuesday', 'thursday'], opens: '09:00', closes: '15:00' })]);
    expect(JSON.stringify(service.reviewNotes)).toContain('Early years support (esdServiceTypes)');
    expect(frontmatter(path.join(root, 'services', 'westfield-short-breaks-club.md')).ageRange).toEqual({ min: 8, max: 17 });
  });

  it('gives numeric ids stable UUIDs and refuses a status 1.0 does not allow, by record and field', () => {
    expect(summary.refused).toEqual([
      expect.objectContaining({ id: '4522', field: '/content/1/status', message: '"open" is not one of active, inactive, defunct, temporarily closed' }),
    ]);
    expect(summary.warnings.some((w) => w.message.startsWith('ids that are not UUIDs ("4521"'))).toBe(true);
  });
});

describe('a feed that cannot be read', () => {
  it('says what the answer was and what to do, for a 4xx, a 5xx that does not go away, and a web page', async () => {
    await expect(fetchFeed(`${origin}/no-such-feed`, quiet)).rejects.toThrow(
      new FeedError(`${origin}/no-such-feed?page=1 answered 404 Not Found: check the address. Nothing was imported.`),
    );
    await expect(fetchFeed(`${origin}/always-down`, quiet)).rejects.toThrow(/answered 502 Bad Gateway, 4 times: try again later\. Nothing was imported\./);
    await expect(fetchFeed(`${origin}/web-page`, quiet)).rejects.toThrow(/did not answer with JSON \(text\/html, starting "<!doctype html>/);
    await expect(fetchFeed('not an address', quiet)).rejects.toThrow(/is not a web address/);
  });
});

describe('the services spreadsheet', () => {
  it('imports the documented template as it is', () => {
    const root = emptyFolder('template');
    const summary = runImport({ inputs: ['docs/service-import-template.csv'], contentRoot: root, log: () => {} });
    expect([summary.rejected, summary.refused, summary.warnings]).toEqual([[], [], []]);
    const service = frontmatter(path.join(root, 'services', 'stay-and-play-for-children-with-send.md'));
    expect(service).toMatchObject({
      name: 'Stay and play for children with SEND',
      ageRange: { min: 0, max: 5 },
      cost: { free: true },
      languages: ['Polish', 'Urdu'],
    });
    expect(service.schedule).toEqual([expect.objectContaining({ days: ['monday', 'thursday'], opens: '09:30', closes: '11:30' })]);
  });

  it('names the row and column of each problem and imports the good rows', () => {
    const root = emptyFolder('csv');
    const lines: string[] = [];
    const summary = runImport({ inputs: ['tests/fixtures/import/services.csv'], contentRoot: root, log: (l) => lines.push(l) });
    expect(summary.refused.map((r) => `${r.field}: ${r.message}`)).toEqual([
      'row 4, column status: "closed" is not one of active, inactive, defunct, temporarily closed',
      'row 5, column name: is missing: a record needs a name',
    ]);
    expect(summary.warnings.map((w) => w.message)).toContain('row 3, column email: left out, must match format "email"');
    expect(
      summary.created
        .filter((f) => f.includes(`${path.sep}services${path.sep}`))
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual(['speech-drop-in.md', 'stay-and-play-for-children-with-send.md']);
    expect(frontmatter(path.join(root, 'services', 'speech-drop-in.md')).schedule[0].days).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    expect(lines.join('\n')).toContain('Refused tests/fixtures/import/services.csv, record');
    // Row ids (or, without one, the organisation and name) give the same files again: nothing changes.
    const again = runImport({ inputs: ['tests/fixtures/import/services.csv'], contentRoot: root, log: () => {} });
    expect([again.created.length, again.updated.length]).toEqual([0, 0]);
    expect(again.unchanged.length).toBe(summary.created.length);
  });

  it('stops before writing anything when a column is not in the template', () => {
    const root = emptyFolder('csv-bad');
    const file = path.join(root, 'typo.csv');
    fs.writeFileSync(file, 'name,organisation,emial\nA service,An organisation,a@example.org\n');
    const summary = runImport({ inputs: [file], contentRoot: path.join(root, 'content'), log: () => {} });
    expect(summary.rejected).toEqual([
      expect.objectContaining({ field: 'row 1, column emial', message: expect.stringContaining('is not a column of the services spreadsheet') }),
    ]);
    expect(fs.existsSync(path.join(root, 'content'))).toBe(false);
  });
});

describe('one record as a live feed gives it', () => {
  it('reads null and missing lists as "not given", and refuses a record with no id, naming the field', async () => {
    const { normaliseRecord } = await import('../../src/lib/oruk/normalise');
    const tidy = normaliseRecord(
      {
        id: '6a0c3b52-0d8f-4b1e-9a55-1b6f0c2d3e90',
        name: 'Riverside stay and play',
        status: 'active',
        description: 'A weekly group.',
        email: null,
        url: '',
        phones: null,
      },
      'service',
    );
    expect(tidy.refused).toBeUndefined();
    expect(tidy.record).not.toHaveProperty('email');
    expect(tidy.record).not.toHaveProperty('url');
    expect(tidy.record).not.toHaveProperty('phones');
    expect(normaliseRecord({ name: 'No id here', status: 'active' }, 'service').refused).toEqual({
      field: '/id',
      message: 'is missing: without an id the record cannot be matched on the next import',
    });
  });
});

describe('npm run import -- --from-url', () => {
  it('reads the whole feed, then writes it, and prints the summary', async () => {
    const { execFile } = await import('node:child_process');
    const root = emptyFolder('cli');
    const run = (args: string[]) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        // Asynchronous, so this process's test server can answer the child's requests.
        execFile(
          process.execPath,
          ['--experimental-strip-types', 'scripts/import.ts', ...args, '--content', root],
          { encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
        );
      });
    const ok = await run(['--from-url', `${origin}/v1/services`, '--delay-ms', '0']);
    expect(ok.out).toContain(`Reading ${origin}/v1/services, one page at a time…`);
    expect(ok.out).toMatch(/Import finished: \d+ created, 0 updated, 0 unchanged/);
    // A refused record is reported, not fatal: the rest were written.
    expect(ok.code).toBe(0);
    expect(fs.readdirSync(path.join(root, 'services'))).toContain('westfield-portage-home-visiting.md');
    const down = await run(['--from-url', `${origin}/always-down`, '--delay-ms', '0', '--backoff-ms', '0']);
    expect(down.code).toBe(1);
    expect(down.out).toMatch(/answered 502 Bad Gateway, 4 times: try again later\. Nothing was imported\./);
  }, 30_000);
});
