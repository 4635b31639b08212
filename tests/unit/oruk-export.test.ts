import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataFor, testSiteUrl } from '../support/open-data';
import { nameBasedId } from '../../src/lib/oruk/uuid';
import { firstProblem, pageValidator, recordValidator, responseValidator } from '../../src/lib/oruk/validate';
import { checkFile } from '../../src/lib/oruk/check-files';
import { collections, fullRecords, listRecords, rootMetadata } from '../../src/lib/oruk/open-data';
import { termId, taxonomyId } from '../../src/lib/oruk/vocabularies';
import { toPage } from '../../src/lib/oruk/paging';
import { serviceSchema } from '../../src/schemas/service';
import { readMarkdownFolder } from './read-content';
import { fixturePublishedCount, fixtureSite } from '../support/fixture-site';

// The open data other councils and national services read, built without
// Astro from the fixture site (a stable part of the Northbridge demo; the e2e
// test checks the files built from all of it).
const data = openDataFor(fixtureSite);
const contentServices = readMarkdownFolder(`${fixtureSite}/services`);
const contentSettings = readMarkdownFolder(`${fixtureSite}/schools`);
const byName = (name: string) => data.services.find((s) => s.name === name)!;

const openapiPath: Record<string, string> = {
  services: '/services',
  taxonomies: '/taxonomies',
  taxonomy_terms: '/taxonomy_terms',
  service_at_locations: '/service_at_locations',
};

describe('open data from the fixture site', () => {
  it("publishes every service, and each school, nursery and college's own service, as a full record that matches the ORUK 3.0 service schema", () => {
    expect(data.services).toHaveLength(contentServices.length + contentSettings.length);
    for (const service of data.services) expect(firstProblem(responseValidator('/services/{id}'), service), service.name).toBeUndefined();
  });

  it('matches the schemas for every list page and every record of every collection', () => {
    for (const collection of collections) {
      const page = toPage(listRecords(data, collection), 1, 1000);
      const validator = openapiPath[collection] ? responseValidator(openapiPath[collection]) : pageValidator('organization_list');
      expect(firstProblem(validator, page), `${collection} list`).toBeUndefined();
      const record = collection === 'organizations' ? recordValidator('organization') : responseValidator(`/${collection}/{id}`);
      for (const r of fullRecords(data, collection)) expect(firstProblem(record, r), `${collection}/${r.id}`).toBeUndefined();
    }
    expect(firstProblem(responseValidator('/'), rootMetadata())).toBeUndefined();
    expect(rootMetadata().version).toBe('3.0');
  });

  it('pages lists in the 3.0 envelope', () => {
    const page = toPage(listRecords(data, 'services'), 4, 5);
    expect(page).toMatchObject({
      total_items: fixturePublishedCount,
      total_pages: 4,
      page_number: 4,
      size: 1,
      first_page: false,
      last_page: true,
      empty: false,
    });
    expect(toPage([], 1, 50)).toMatchObject({ total_items: 0, total_pages: 1, size: 0, first_page: true, last_page: true, empty: true });
  });

  it('lists services with only their one-to-one fields, as the 3.0 API reference says', () => {
    const [item] = listRecords(data, 'services') as Record<string, unknown>[];
    expect(item).not.toHaveProperty('schedules');
    expect(item).not.toHaveProperty('attributes');
    expect(item).toHaveProperty('organization.name');
  });

  it('gives the same ids on every build, derived from names (UUID version 5)', () => {
    expect(nameBasedId('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(JSON.stringify(openDataFor(fixtureSite).services)).toBe(JSON.stringify(data.services));
  });
});

describe('how a service maps to Open Referral', () => {
  const stayAndPlay = byName('Stay and play');

  it('puts the summary first in the description, then the full text', () => {
    expect(stayAndPlay.description).toMatch(/^Free play sessions for babies.*\n\n\S/s);
    expect(stayAndPlay.summary).toMatch(/^Free play sessions/);
  });

  it('publishes ages, the date last checked, eligibility and numbered steps to get it', () => {
    expect(stayAndPlay).toMatchObject({ minimum_age: 0, maximum_age: 4, status: 'active', assured_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(stayAndPlay.last_modified).toBe(`${stayAndPlay.assured_date}T00:00:00Z`);
    expect(stayAndPlay.eligibility_description).toMatch(/^Any child under 5/);
    expect(stayAndPlay.application_process).toMatch(/^1\. Come along.*\n2\. Sign in/s);
  });

  it('publishes each venue with a full UK address and its access features', () => {
    const riverside = stayAndPlay.service_at_locations!.find((s) => s.location?.name === 'Riverside Family Hub')!;
    expect(riverside.location!.addresses![0]).toMatchObject({
      address_1: '14 Mill Lane',
      city: 'Northbridge',
      state_province: 'Northbridge',
      postal_code: 'NB1 4AA',
      country: 'GB',
      address_type: 'physical',
    });
    expect(riverside.location!.accessibility!.map((a) => a.description)).toEqual(['Wheelchair access', 'Accessible toilet', 'Quiet space']);
  });

  it('says term time only in the schedule and links a session to its venue', () => {
    const monday = stayAndPlay.schedules!.find((s) => s.byday === 'MO')!;
    const riverside = stayAndPlay.service_at_locations!.find((s) => s.location?.name === 'Riverside Family Hub')!;
    expect(monday).toMatchObject({ freq: 'WEEKLY', opens_at: '10:00:00', closes_at: '11:30:00', description: 'Monday, 10am to 11:30am, term time only' });
    expect(monday.service_at_location_id).toBe(riverside.id);
  });

  it('publishes phones, languages with codes, and a free cost as 0 pounds', () => {
    expect(stayAndPlay.phones).toEqual([expect.objectContaining({ number: '01632 960311', type: 'voice' })]);
    expect(stayAndPlay.cost_options).toEqual([expect.objectContaining({ amount: 0, currency: 'GBP' })]);
    const withBsl = data.services.find((s) => s.languages!.some((l) => l.name === 'British Sign Language'))!;
    expect(withBsl.languages!.find((l) => l.name === 'British Sign Language')!.code).toBe('bfi');
  });

  it('publishes a text phone separately from the main phone', () => {
    const withText = data.services.find((s) => s.phones!.some((p) => p.type === 'textphone'));
    expect(withText?.phones!.find((p) => p.type === 'textphone')!.description).toBe('Text phone or SMS');
  });

  it('publishes what a charging service costs in pounds', () => {
    const charging = data.services.filter((s) => s.attributes!.some((a) => a.taxonomy_term!.term === 'charges'));
    expect(charging.length).toBeGreaterThan(0);
    for (const s of charging) expect(s.cost_options![0].amount_description, s.name).toBeTruthy();
    expect(charging.some((s) => s.cost_options![0].amount! > 0)).toBe(true);
  });

  it('attaches tier, needs, topics and the rest of the SEND vocabulary as attributes whose terms /taxonomy_terms lists', () => {
    const terms = new Set(data.taxonomyTerms.map((t) => t.id));
    const taxonomies = new Set(data.taxonomies.map((t) => t.id));
    for (const service of data.services) {
      for (const attribute of service.attributes!) {
        expect(terms.has(attribute.taxonomy_term_id!), `${service.name}: ${attribute.taxonomy_term!.name}`).toBe(true);
        expect(taxonomies.has(attribute.taxonomy_term!.taxonomy_id!)).toBe(true);
        expect(attribute.link_id).toBe(service.id);
      }
    }
    const codes = stayAndPlay.attributes!.map((a) => a.taxonomy_term!.term);
    expect(codes).toEqual(
      expect.arrayContaining([
        'universal',
        'communication-interaction',
        'speech-language-communication',
        'leisure',
        'early-years',
        'self-referral',
        'in-person',
        'free',
      ]),
    );
  });

  it('puts finer needs under their area of need, and links terms to the site page that lists them', () => {
    const autism = data.taxonomyTerms.find((t) => t.id === termId('need', 'autism'))!;
    expect(autism.parent_id).toBe(termId('need', 'communication-interaction'));
    expect(data.taxonomyTerms.find((t) => t.id === termId('tier', 'specialist'))!.term_uri).toBe(`${testSiteUrl}/tier/specialist/`);
    expect(data.taxonomies.find((t) => t.id === taxonomyId('topic'))!.taxonomy_terms).toHaveLength(13);
  });

  it("nests each organisation's services in its record", () => {
    const council = data.organizations.find((o) => o.name === 'Northbridge Council')!;
    expect(council.services!.length).toBeGreaterThan(5);
    expect(council.attributes![0].taxonomy_term!.term).toBe('council');
  });
});

describe('services waiting for a navigator', () => {
  const source = contentServices.find((f) => f.slug === 'stay-and-play')!;
  const withoutTier = { ...source.data, tier: undefined };

  it('are rejected by the schema when a required field is empty and no note explains it', () => {
    const parsed = serviceSchema.safeParse(withoutTier);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain('tier: must be one of: universal, targeted, specialist');
  });

  it('build with a review note, but stay out of the open data until the field is filled in', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'oruk-review-'));
    fs.mkdirSync(path.join(root, 'services'));
    fs.cpSync(`${fixtureSite}/organisations`, path.join(root, 'organisations'), { recursive: true });
    const noted = { ...withoutTier, reviewNotes: [{ field: 'tier', note: 'Choose the tier: universal, targeted or specialist.' }] };
    expect(serviceSchema.safeParse(noted).success).toBe(true);
    // JSON is YAML too, so it makes a valid frontmatter block.
    const yaml = (value: object) => JSON.stringify(value);
    fs.writeFileSync(path.join(root, 'services', 'waiting.md'), `---\n${yaml(noted)}\n---\n${source.body}`);
    fs.writeFileSync(path.join(root, 'services', 'ready.md'), `---\n${yaml({ ...source.data, id: nameBasedId('ready') })}\n---\n${source.body}`);
    expect(openDataFor(root).services.map((s) => s.id)).toEqual([nameBasedId('ready')]);
  });
});

describe('checking a published file', () => {
  it('names the file and the JSON pointer of the first problem', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'oruk-check-'));
    fs.mkdirSync(path.join(folder, 'services'));
    const broken = { ...data.services[0], status: 'open', minimum_age: 'five' };
    fs.writeFileSync(path.join(folder, 'services', 'broken.json'), JSON.stringify(broken));
    expect(checkFile(folder, 'services/broken.json')).toBe(
      `${path.join(folder, 'services', 'broken.json')}: /status: must be equal to one of the allowed values (active, inactive, defunct, temporarily closed) (checked as GET /services/{id})`,
    );
  });

  it('checks phone numbers, which the UK schema does not reach, against phone.json', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'oruk-check-'));
    fs.mkdirSync(path.join(folder, 'services'));
    const broken = { ...data.services[0], phones: [{ id: nameBasedId('phone'), type: 'voice' }] };
    fs.writeFileSync(path.join(folder, 'services', 'phone.json'), JSON.stringify(broken));
    expect(checkFile(folder, 'services/phone.json')).toMatch(/phone\.json: \/phones\/0\/number: is required \(checked against phone\.json\)$/);
  });
});
