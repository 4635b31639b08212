import { describe, expect, it } from 'vitest';
import { openDataFor } from '../support/open-data';
import { answerList, answerRecord } from '../../src/lib/oruk/query';
import { termId, taxonomyId } from '../../src/lib/oruk/vocabularies';
import { firstProblem, responseValidator } from '../../src/lib/oruk/validate';
import type { OrukPage, OrukService, OrukServiceAtLocation } from '../../src/lib/oruk/types';
import { readMarkdownFolder } from './read-content';
import { fixturePublishedCount, fixtureSite } from '../support/fixture-site';
import { DEFAULT_PER_PAGE } from '../../src/lib/oruk/paging';
import { settingServiceId } from '../../src/lib/oruk/settings-export';

// The live API's parameters, as openapi.json names them, answered without a
// server (tests/e2e/open-data.test.ts repeats the key ones over HTTP), over
// the fixture site so that counts do not change when the demo content does.
const data = openDataFor(fixtureSite);
const list = (query: string, collection = 'services') => {
  const answer = answerList(data, collection, new URLSearchParams(query));
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as OrukPage<OrukService>;
};
const full = (page: OrukPage<{ id: string }>) => page.contents.map((s) => data.services.find((f) => f.id === s.id)!);
const terms = (service: OrukService) => service.attributes!.map((a) => a.taxonomy_term!.term);
/** Everything a navigator wrote about a service, including search words that are not in the open data. */
const contentText = new Map([
  ...readMarkdownFolder(`${fixtureSite}/services`).map((f) => [f.data.id as string, `${JSON.stringify(f.data)} ${f.body}`.toLowerCase()] as const),
  // Schools, nurseries and colleges are published as services too (settings-export.ts).
  ...readMarkdownFolder(`${fixtureSite}/schools`).map(
    (f) => [settingServiceId({ id: f.data.id as string }), `${JSON.stringify(f.data)} ${f.body}`.toLowerCase()] as const,
  ),
]);
/** The fixture's 13 services and 3 schools, nurseries and colleges. */
const publishedServices = fixturePublishedCount;

describe('paging through services', () => {
  it('gives 50 a page by default and the 3.0 envelope', () => {
    const page = list('');
    expect(DEFAULT_PER_PAGE).toBe(50);
    expect(page).toEqual(list('per_page=50'));
    expect(page).toMatchObject({
      total_items: publishedServices,
      total_pages: 1,
      page_number: 1,
      size: publishedServices,
      first_page: true,
      last_page: true,
      empty: false,
    });
    expect(firstProblem(responseValidator('/services'), page)).toBeUndefined();
    expect(list('per_page=5')).toMatchObject({ total_items: publishedServices, total_pages: 4, page_number: 1, size: 5, first_page: true, last_page: false });
  });

  it('honours page and per_page, ending with a short last page', () => {
    const last = list('page=4&per_page=5');
    expect(last).toMatchObject({ total_pages: 4, page_number: 4, size: 1, last_page: true, first_page: false });
    const all = Array.from({ length: 4 }, (_, i) => list(`page=${i + 1}&per_page=5`).contents.map((s) => s.id)).flat();
    expect(new Set(all).size).toBe(publishedServices);
  });

  it('answers a page past the end with an empty page, not an error', () => {
    expect(list('page=6&per_page=5')).toMatchObject({ page_number: 6, size: 0, empty: true, last_page: true, contents: [] });
  });
});

describe('filtering services', () => {
  it('finds services by words in their text, any case, every word', () => {
    const speech = full(list('search=Speech'));
    expect(speech.length).toBeGreaterThan(2);
    for (const s of speech) expect(`${contentText.get(s.id)} ${JSON.stringify(s.attributes)}`.toLowerCase()).toContain('speech');
    const both = full(list('search=speech%20autism'));
    expect(both.length).toBeLessThan(speech.length);
  });

  it('finds services by the words parents use that are only in search keywords', () => {
    expect(full(list('search=slow%20learner')).map((s) => s.name)).toEqual(['Ask an educational psychologist phone line']);
  });

  it('matches the start of words, so "therap" finds therapy and therapist but "art" does not find "start"', () => {
    expect(list('search=therap').total_items).toBeGreaterThan(2);
    for (const s of full(list('search=art&per_page=500'))) expect(contentText.get(s.id)).toMatch(/\bart/);
  });

  it('reads minimum_age and maximum_age as openapi.json describes them', () => {
    const sixteenPlus = list('minimum_age=16&per_page=500');
    expect(sixteenPlus.size).toBeGreaterThan(0);
    for (const s of sixteenPlus.contents) expect(s.minimum_age).toBeGreaterThanOrEqual(16);
    const underFives = list('maximum_age=5&per_page=500');
    for (const s of underFives.contents) expect(s.maximum_age).toBeLessThanOrEqual(5);
    expect(list('minimum_age=0&maximum_age=25').total_items).toBe(publishedServices);
  });

  it('finds services for a child of a given age with age=', () => {
    const seven = list('age=7&per_page=500');
    for (const s of seven.contents) expect(s.minimum_age! <= 7 && s.maximum_age! >= 7, s.name).toBe(true);
    expect(seven.total_items).toBe(data.services.filter((s) => s.minimum_age! <= 7 && s.maximum_age! >= 7).length);
  });

  it('finds services with a taxonomy term, such as the specialist tier', () => {
    const specialist = full(list(`taxonomy_term_id=${termId('tier', 'specialist')}&per_page=500`));
    expect(specialist.length).toBe(data.services.filter((s) => terms(s).includes('specialist')).length);
    for (const s of specialist) expect(terms(s)).toContain('specialist');
  });

  it('finds services with any term of a taxonomy, such as any Preparing for Adulthood outcome', () => {
    const adulthood = full(list(`taxonomy_id=${taxonomyId('adulthood-outcome')}&per_page=500`));
    expect(adulthood.length).toBeGreaterThan(0);
    expect(adulthood.length).toBeLessThan(publishedServices);
  });

  it('finds services open on a day, from a time', () => {
    const saturday = full(list('day=SA&per_page=500'));
    expect(saturday.length).toBeGreaterThan(0);
    for (const s of saturday) expect(s.schedules!.some((x) => x.byday?.includes('SA'))).toBe(true);
    expect(list('day=saturday').total_items).toBe(saturday.length);
    const afterSchool = full(list('day=MO&start_time=15:30&per_page=500'));
    for (const s of afterSchool) expect(s.schedules!.some((x) => x.byday?.includes('MO') && x.opens_at! >= '15:30')).toBe(true);
  });

  it('combines filters: all must match', () => {
    const universalUnderFives = full(list(`taxonomy_term_id=${termId('tier', 'universal')}&maximum_age=5&per_page=500`));
    expect(universalUnderFives.length).toBeGreaterThan(0);
    for (const s of universalUnderFives) expect(terms(s).includes('universal') && s.maximum_age! <= 5).toBe(true);
  });

  it('filters service_at_locations by the service they belong to', () => {
    const page = answerList(data, 'service_at_locations', new URLSearchParams(`taxonomy_term_id=${termId('topic', 'short-breaks')}&per_page=500`))
      .body as OrukPage<OrukServiceAtLocation>;
    expect(page.size).toBeGreaterThan(0);
    for (const sal of page.contents) expect(terms(data.services.find((s) => s.id === sal.service_id)!)).toContain('short-breaks');
    expect(firstProblem(responseValidator('/service_at_locations'), page)).toBeUndefined();
  });
});

describe('bad requests', () => {
  const problem = (query: string, collection = 'services') => answerList(data, collection, new URLSearchParams(query));

  it.each([
    ['page=0', 'page must be a whole number, 1 or more'],
    ['per_page=1000', 'per_page must be a whole number from 1 to 500'],
    ['minimum_age=five', 'minimum_age must be an age in years, such as 5'],
    ['day=funday', 'day must be a day of the week, such as MO or monday'],
    ['start_time=4pm', 'start_time must be a 24-hour time such as 09:30 or 09:30:00'],
    ['modified_after=yesterday', 'modified_after must be a date or date and time, such as 2026-01-31 or 2026-01-31T09:00:00Z'],
  ])('say what is wrong with %s', (query, message) => {
    expect(problem(query)).toEqual({ status: 400, body: { status: 400, message } });
  });

  it('say plainly that postcode and distance searches are not possible', () => {
    expect(problem('postcode=NB1%204AA', 'service_at_locations').body).toMatchObject({
      status: 400,
      message: expect.stringContaining('does not hold map coordinates'),
    });
  });

  it('get 404 for an unknown list or id', () => {
    expect(answerList(data, 'locations', new URLSearchParams()).status).toBe(404);
    expect(answerRecord(data, 'services', '00000000-0000-4000-8000-000000000000').status).toBe(404);
    expect(answerRecord(data, 'services', data.services[0].id)).toEqual({ status: 200, body: data.services[0] });
  });
});
