import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { runImport, type ImportOptions } from '../../scripts/import/run-import';
import { openDataFor } from '../support/open-data';
import { firstSentences, textAfter, ukPhoneNumber, ukPostcode } from '../../src/lib/oruk/import-values';
import { readMarkdownFolder } from './read-content';
import { fixtureSite } from '../support/fixture-site';

// `npm run import`: a navigator or data officer brings another directory's
// Open Referral UK records into content/. Each test imports into its own
// empty folder, never into content/.
const fixtures = 'tests/fixtures/oruk';
const emptyFolder = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `oruk-${name}-`));
const run = (inputs: string[], contentRoot: string, options: Partial<ImportOptions> = {}) => {
  const lines: string[] = [];
  const summary = runImport({ inputs, contentRoot, log: (line) => lines.push(line), ...options });
  return { summary, lines, output: lines.join('\n') };
};
const frontmatter = (file: string) => load(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]) as Record<string, any>;
const filesIn = (folder: string): string[] =>
  fs.existsSync(folder)
    ? fs
        .readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.join(e.parentPath, e.name))
    : [];

describe('importing the Open Referral UK examples', () => {
  const root = emptyFolder('examples');
  const service = path.join(root, 'services', 'community-counselling.md');
  let summary: ReturnType<typeof run>['summary'];
  let output: string;
  beforeAll(() => ({ summary, output } = run([`${fixtures}/examples`], root)));

  it('writes the service and its organisation, and says what it skipped and why', () => {
    expect(summary.rejected).toEqual([]);
    expect(summary.created.sort()).toEqual([path.join(root, 'organisations', 'example-organization-inc.md'), service]);
    expect(output).toMatch(/Import finished: 2 created, 0 updated, 0 unchanged, 9 skipped, 4 warnings\./);
    expect(output).toContain('/url: the link starts http:, not https:');
    expect(output).toContain('taxonomies are not imported: the Local Offer uses its own SEND vocabulary');
    expect(output).toContain('service_at_location records are not imported on their own');
    expect(output).toMatch(/service_list\.json, record ac148810-d857-441c-9679-408f346de14b: service_full\.json has a fuller copy/);
  });

  it('maps what maps: name, summary, ages, cost, contact, times, alert and date checked', () => {
    const data = frontmatter(service);
    expect(data).toMatchObject({
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Community Counselling',
      status: 'active',
      organisation: 'example-organization-inc',
      ageRange: { min: 12, max: 25 },
      cost: { free: false, amount: 35, details: '£35 per 1 hour session (Under 18s and Over 60s)' },
      contact: { email: 'email@example.com', website: 'http://example.com/counselling' },
      schedule: [{ days: ['thursday', 'friday'], opens: '10:00', closes: '18:00' }],
      lastReviewed: '2005-01-01',
    });
    expect(data.summary).toMatch(/^Counselling Services provided by trained professionals\./);
    expect(data.statusNote).toMatch(/^Following COVID-19/);
  });

  it('leaves tier, needs and the other Local Offer fields empty, with a note for a navigator on each', () => {
    const data = frontmatter(service);
    for (const field of ['tier', 'needs', 'topics', 'eligibility', 'access', 'delivery', 'reviewOwner']) {
      expect(data[field], field).toBeUndefined();
      expect(
        data.reviewNotes.some((n: { field: string }) => n.field === field),
        field,
      ).toBe(true);
    }
    expect(summary.awaitingNavigator).toEqual([service]);
    expect(output).toContain(`${service} (not published yet)`);
  });

  it('explains what it changed or left out: ages over 25, a venue outside the UK, a named contact', () => {
    const notes = frontmatter(service).reviewNotes.map((n: { field: string; note: string }) => `${n.field}: ${n.note}`);
    expect(notes).toContain('ageRange: The record says ages 12 to 100; the Local Offer shows it up to 25.');
    expect(notes).toContain(
      'locations: Venue "MyCity Civic Center" was not imported because its postcode "ABC 1234" is not a UK postcode. Add it by hand if families go there.',
    );
    expect(notes).toContain('contact: The record names a contact; the Local Offer does not publish staff names, so they were left out.');
    expect(fs.readFileSync(service, 'utf8')).not.toContain('Ann Persona');
  });

  it('changes nothing when run again', () => {
    const before = filesIn(root).map((f) => fs.readFileSync(f, 'utf8'));
    const again = run([`${fixtures}/examples`], root);
    expect(again.output).toMatch(/0 created, 0 updated, 2 unchanged/);
    expect(filesIn(root).map((f) => fs.readFileSync(f, 'utf8'))).toEqual(before);
  });

  it('writes files the site builds: Astro accepts them, and the service stays off the site until a navigator fills it in', () => {
    const site = emptyFolder('site');
    fs.cpSync(root, site, { recursive: true });
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'sync'], { env: { ...process.env, LOCAL_OFFER_CONTENT: site }, stdio: 'pipe' });
    expect(openDataFor(site).services).toEqual([]);
  }, 60_000);
});

describe("a neighbouring council's record with HSDS 3.0 fields", () => {
  const root = emptyFolder('neighbour');
  let data: Record<string, any>;
  let body: string;
  beforeAll(() => {
    run([`${fixtures}/neighbour`], root);
    const file = path.join(root, 'services', 'southvale-sensory-play-sessions.md');
    data = frontmatter(file);
    body = fs.readFileSync(file, 'utf8').split('\n---\n')[1];
  });

  it('takes a one-sentence summary from the first paragraph and keeps the rest as the text', () => {
    expect(data.summary).toBe('Sensory play for disabled children under 8, in a calm room with lights, textures and music.');
    expect(body.trim()).toBe('Sessions are led by a play worker with SEND training. Brothers and sisters are welcome.');
  });

  it('reads phone and SMS numbers, eligibility, a free cost and languages given by code', () => {
    expect(data.contact).toEqual({
      phone: '01632 960901',
      textPhone: '01632 960902',
      email: 'play@example.org',
      website: 'http://southvale.example/sensory-play',
    });
    expect(data.eligibility).toBe('Disabled children under 8 who live in Southvale or Northbridge.');
    expect(data.cost).toEqual({ free: true, details: 'Free' });
    expect(data.languages).toEqual(['Polish', 'English']);
  });

  it('reads weekly times with their venue and term time, and keeps monthly ones in words', () => {
    expect(data.schedule).toEqual([{ days: ['saturday'], opens: '09:30', closes: '11:00', termTimeOnly: true, location: "Southvale Children's Centre" }]);
    expect(data.scheduleNote).toBe('A family fun day on the first Sunday of each month.');
    expect(data.locations[0].address).toEqual({ street: '2 Vale Road', town: 'Southvale', county: 'Southvale', postcode: 'NB9 2VA' });
  });

  it("hands the record's own words to the navigator where it cannot choose for them", () => {
    const notes = Object.fromEntries(data.reviewNotes.map((n: { field: string; note: string }) => [n.field, n.note]));
    expect(notes.access).toBe('Say how to get it: the route and the steps. The record says: "Phone to book a place. Come to a welcome visit with your child."');
    expect(notes.locations).toMatch(/choose its access features\. The record says: "Step-free entrance and a changing bench\."/);
    expect(notes.contact).toBe('The record has more phone numbers than we show: 01632 960903.');
  });
});

describe('reading values from other directories', () => {
  it('writes UK phone numbers the way the site shows them, or leaves them out', () => {
    expect(ukPhoneNumber('+44 (0)1632 960901')).toBe('01632 960901');
    expect(ukPhoneNumber('020-7946-0000')).toBe('020 7946 0000');
    expect(ukPhoneNumber('0800 123 4567')).toBe('0800 123 4567');
    expect(ukPhoneNumber('call reception')).toBeUndefined();
  });

  it('accepts UK postcodes in any case and spacing, and nothing else', () => {
    expect(ukPostcode('nb14aa')).toBe('NB1 4AA');
    expect(ukPostcode('SW1A  1AA')).toBe('SW1A 1AA');
    expect(ukPostcode('ABC 1234')).toBeUndefined();
  });

  it('finds the text that follows a summary even when the summary flattened its line breaks', () => {
    const description = 'First sentence here.\nSecond one follows.\n\nA new paragraph.';
    expect(firstSentences(description)).toBe('First sentence here. Second one follows.');
    expect(textAfter(description, 'First sentence here. Second one follows.')).toBe('A new paragraph.');
    expect(textAfter(description, 'Something else.')).toBe(description);
  });
});

describe("a navigator's work on an imported service", () => {
  it("survives a re-import: tier, needs and topics stay, the record's facts update, and filled-in notes go", () => {
    const root = emptyFolder('navigator');
    run([`${fixtures}/examples/service_full.json`], root);
    const file = path.join(root, 'services', 'community-counselling.md');
    // A navigator fills in the SEND fields and the rest in the CMS.
    const text = fs
      .readFileSync(file, 'utf8')
      .replace(
        /^reviewNotes:/m,
        [
          'tier: targeted',
          'needs:',
          '  - social-emotional-mental-health',
          'needTags:',
          '  - mental-health',
          'topics:',
          '  - health',
          'eligibility: Young people aged 12 to 25 who live in MyCity.',
          'access:',
          '  route: self-referral',
          '  steps:',
          '    - Phone reception to book a first session.',
          'delivery:',
          '  - online',
          '  - phone',
          'reviewOwner: Counselling service manager',
          'reviewNotes:',
        ].join('\n'),
      );
    fs.writeFileSync(file, text);

    const changed = JSON.parse(fs.readFileSync(`${fixtures}/examples/service_full.json`, 'utf8'));
    changed.name = 'Community Counselling Service';
    changed.maximum_age = 21;
    const input = path.join(emptyFolder('changed'), 'service.json');
    fs.writeFileSync(input, JSON.stringify(changed));
    const { summary, output } = run([input], root);

    expect(summary.updated, output).toEqual([file]);
    const data = frontmatter(file);
    expect(data).toMatchObject({
      name: 'Community Counselling Service',
      ageRange: { min: 12, max: 21 },
      tier: 'targeted',
      needs: ['social-emotional-mental-health'],
      topics: ['health'],
      reviewOwner: 'Counselling service manager',
    });
    expect(data.delivery).toEqual(['online', 'phone']);
    const noteFields = data.reviewNotes.map((n: { field: string }) => n.field);
    expect(noteFields).not.toContain('tier');
    expect(noteFields).not.toContain('eligibility');
    expect(summary.awaitingNavigator).toEqual([]);
  });
});

describe('bad input', () => {
  it('that cannot be read at all (not JSON, not a record) is rejected naming the file, and nothing is written', () => {
    const root = emptyFolder('malformed');
    const { summary, output } = run([`${fixtures}/examples/service_full.json`, `${fixtures}/malformed`], root);
    expect(filesIn(root)).toEqual([]);
    expect(summary.created).toEqual([]);
    const lines = summary.rejected.map((r) => `${path.basename(r.file)} | ${r.id ?? ''} | ${r.field ?? ''} | ${r.message}`);
    expect(lines.sort()).toEqual([
      'not-a-record.json |  | / | is not a record we recognise: a service needs a status, an organization a name and description',
      'not-json.json |  |  | not valid JSON: Expected double-quoted property name (line 5, column 1)',
      'page-contents-not-a-list.json |  | /contents | a list page must have a contents array',
    ]);
    expect(output).toMatch(/^Nothing was imported: 3 problems need fixing first\./);
  });

  it('refuses only records it cannot use, naming the record and field, and imports the others', () => {
    const root = emptyFolder('refused');
    const records = ['age-not-a-number', 'id-not-a-uuid', 'name-missing', 'name-too-short', 'second-item-bad-email', 'status-not-allowed'].map(
      (f) => `${fixtures}/malformed/${f}.json`,
    );
    const { summary, output } = run([`${fixtures}/examples/service_full.json`, ...records], root);
    const refused = summary.refused.map((r) => `${path.basename(r.file)} | ${r.id ?? ''} | ${r.field ?? ''} | ${r.message}`);
    expect(refused.sort()).toEqual([
      'name-missing.json | 6a0c3b52-0d8f-4b1e-9a55-1b6f0c2d3e42 | /name | is missing: a record needs a name',
      'name-too-short.json | 6a0c3b52-0d8f-4b1e-9a55-1b6f0c2d3e44 | name | Name is too short: write at least 3 characters',
      'status-not-allowed.json | 6a0c3b52-0d8f-4b1e-9a55-1b6f0c2d3e41 | /status | "open" is not one of active, inactive, defunct, temporarily closed',
    ]);
    // What is only cosmetic is tidied, said, and imported: a number as text left out, an id that is not a UUID given one, a bad email dropped.
    const warnings = summary.warnings.map((w) => `${path.basename(w.file)} | ${w.message}`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'age-not-a-number.json | /minimum_age: left out, must be number',
        'id-not-a-uuid.json | ids that are not UUIDs ("service-42") were given UUIDs made from them, the same on every import',
        'second-item-bad-email.json | /contents/1/email: left out, must match format "email"',
      ]),
    );
    expect(summary.created.filter((f) => f.includes(`${path.sep}services${path.sep}`))).toHaveLength(5);
    expect(new Set(summary.created).size).toBe(summary.created.length);
    expect(output).toMatch(/Import finished: 7 created, 0 updated, 0 unchanged, 0 skipped, 3 refused, \d+ warnings\./);
    expect(output).toContain('Refused tests/fixtures/oruk/malformed/status-not-allowed.json, record 6a0c3b52-0d8f-4b1e-9a55-1b6f0c2d3e41, field /status:');
    // Idempotent: the same input again changes nothing.
    const again = run([`${fixtures}/examples/service_full.json`, ...records], root).summary;
    expect([again.created.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 7]);
  });

  it('that is well formed but cannot be used is skipped with a reason, and the rest is imported', () => {
    const root = emptyFolder('unusable');
    const { summary } = run([`${fixtures}/unusable`], root);
    const reasons = Object.fromEntries(summary.skipped.map((s) => [path.basename(s.file), s.reason]));
    expect(reasons).toEqual({
      'adults-only.json': 'it is for people aged 30 and over; the Local Offer covers ages 0 to 25',
      'no-description.json': 'it has no description, so there is nothing to tell families what it is',
      'organisation-unknown.json':
        'its organisation 6a0c3b52-0d8f-4b1e-9a55-1b6f0c2d3e77 is not in content/organisations or the input: import the organization record too',
    });
    // The organisation named only inside skipped services is not written either.
    expect(filesIn(root)).toEqual([]);
  });

  it('includes a local file a navigator broke, which must be fixed first', () => {
    const root = emptyFolder('broken-local');
    run([`${fixtures}/examples/service_full.json`], root);
    const file = path.join(root, 'services', 'community-counselling.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('status: active', 'status: open'));
    const { summary } = run([`${fixtures}/examples/service_full.json`], root);
    expect(summary.rejected).toEqual([
      expect.objectContaining({ file, field: 'status', message: expect.stringContaining('fix this local file before importing') }),
    ]);
  });
});

describe('round trip', () => {
  it('export, import into an empty folder, export again: the same Open Referral records', () => {
    const first = openDataFor(fixtureSite);
    const input = emptyFolder('export');
    for (const service of first.services) fs.writeFileSync(path.join(input, `${service.id}.json`), JSON.stringify(service));
    const root = emptyFolder('reimport');
    const { summary, lines } = run([input], root, { progressEvery: 5 });
    expect(summary.rejected).toEqual([]);
    // The fixture's 3 schools, nurseries and colleges are skipped, with a reason: settings come from GIAS.
    const settingSkips = summary.skipped.filter((s) => s.reason.startsWith('it is a school, nursery or college'));
    expect(settingSkips).toHaveLength(3);
    const services = first.services.filter((s) => !settingSkips.some((skip) => skip.id === s.id));
    expect(summary.created.filter((f) => f.includes(`${path.sep}services${path.sep}`))).toHaveLength(services.length);
    expect(lines.filter((l) => l.startsWith('Checked'))).toEqual([
      'Checked 5 of 16 services…',
      'Checked 10 of 16 services…',
      'Checked 15 of 16 services…',
      'Checked 16 of 16 services.',
    ]);

    const second = openDataFor(root);
    expect(second.services).toEqual(services);
    // Only the job title of whoever keeps the record up to date is not in Open Referral; it comes back as a note.
    const imported = readMarkdownFolder(path.join(root, 'services'));
    expect(new Set(imported.flatMap((f) => (f.data.reviewNotes as { field: string }[]).map((n) => n.field)))).toEqual(new Set(['reviewOwner']));
    expect(summary.awaitingNavigator).toEqual([]);
  }, 60_000);
});
