import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltSite, type RunningSite } from '../support/server';
import { openDataFor } from '../support/open-data';
import { checkFile, listFiles } from '../../src/lib/oruk/check-files';
import { collections, fullRecords, listRecords } from '../../src/lib/oruk/open-data';
import { DEFAULT_PER_PAGE, pageCount } from '../../src/lib/oruk/paging';
import { firstProblem, openapi, responseValidator } from '../../src/lib/oruk/validate';
import { termId } from '../../src/lib/oruk/vocabularies';

// The open data as other systems get it: the static files in the production
// build, and the live API served by the Node server (`npm run serve`).
const folder = 'dist/client/openreferral';
const content = openDataFor('content');

describe('static Open Referral files in the build', () => {
  it('match the ORUK 3.0 schemas, every one of them', () => {
    const files = listFiles(folder);
    for (const file of files) expect(checkFile(folder, file)).toBeUndefined();
    expect(files.length).toBeGreaterThan(200);
  });

  it('are exactly the root, every page of every list, and every record', () => {
    const expected = ['index.json'];
    for (const collection of collections) {
      expected.push(`${collection}.json`);
      const pages = pageCount(listRecords(content, collection).length, DEFAULT_PER_PAGE);
      for (let page = 1; page <= pages; page++) expected.push(`${collection}/pages/${page}.json`);
      for (const record of fullRecords(content, collection)) expected.push(`${collection}/${record.id}.json`);
    }
    expect(listFiles(folder)).toEqual(expected.sort());
  });

  it('hold the same records as the content files say', () => {
    for (const service of content.services) {
      const built = JSON.parse(fs.readFileSync(path.join(folder, 'services', `${service.id}.json`), 'utf8'));
      expect(built, service.name).toEqual(service);
    }
  });
});

describe('the live Open Referral API', () => {
  let site: RunningSite;
  const api = (pathAndQuery: string) => fetch(`${site.origin}/api/openreferral${pathAndQuery}`);
  const json = async (pathAndQuery: string) => {
    const response = await api(pathAndQuery);
    expect(response.status, pathAndQuery).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    site = await startBuiltSite();
  });
  afterAll(() => site?.stop());

  it('answers every path in openapi.json with JSON that matches its schema, open to any website (CORS)', async () => {
    const firstIds: Record<string, string> = {};
    for (const apiPath of Object.keys(openapi().paths).sort()) {
      const collection = apiPath.split('/')[1];
      const url = apiPath.replace('{id}', firstIds[collection] ?? '');
      const response = await api(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('access-control-allow-origin'), url).toBe('*');
      expect(response.headers.get('content-type'), url).toMatch(/^application\/json/);
      const body = await response.json();
      expect(firstProblem(responseValidator(apiPath), body), url).toBeUndefined();
      if (body.contents?.length) firstIds[collection] = body.contents[0].id;
    }
    expect(Object.keys(firstIds).sort()).toEqual(['service_at_locations', 'services', 'taxonomies', 'taxonomy_terms']);
  });

  it('honours page and per_page', async () => {
    const page = await json('/services?page=2&per_page=10');
    expect(page).toMatchObject({
      total_items: content.services.length,
      total_pages: Math.ceil(content.services.length / 10),
      page_number: 2,
      size: 10,
      first_page: false,
      last_page: false,
    });
    expect(page.contents[0].id).toBe(content.services[10].id);
  });

  it('honours search, ages and taxonomy terms together', async () => {
    const page = await json(`/services?search=speech&maximum_age=5&taxonomy_term_id=${termId('tier', 'universal')}&per_page=100`);
    expect(page.total_items).toBeGreaterThan(0);
    for (const item of page.contents) {
      expect(item.maximum_age).toBeLessThanOrEqual(5);
      const record = content.services.find((s) => s.id === item.id)!;
      expect(record.attributes!.map((a) => a.taxonomy_term!.term)).toContain('universal');
    }
    expect(page.total_items).toBeLessThan((await json('/services?search=speech')).total_items);
  });

  it('explains a bad parameter with a 400 and a message, still open to any website', async () => {
    const response = await api('/services?per_page=lots');
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.json()).toEqual({ status: 400, message: 'per_page must be a whole number from 1 to 500' });
    expect((await api('/services/not-an-id')).status).toBe(404);
  });

  it("answers a browser's CORS preflight", async () => {
    const preflight = await fetch(`${site.origin}/api/openreferral/services`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('gives the same records as the static files, at separate addresses', async () => {
    const id = content.services[0].id;
    const staticRecord = await (await fetch(`${site.origin}/openreferral/services/${id}.json`)).json();
    expect(await json(`/services/${id}`)).toEqual(staticRecord);
    const staticPage = await (await fetch(`${site.origin}/openreferral/services/pages/2.json`)).json();
    expect(await json(`/services?page=2`)).toEqual(staticPage);
    expect(await (await fetch(`${site.origin}/openreferral/index.json`)).json()).toEqual(await json('/'));
  });
});
