import { beforeAll, describe, expect, it } from 'vitest';
import { resultCountText, serviceResultFromPagefind } from '../../src/lib/search/results';
import { correctionHtml, paginationHtml } from '../../src/components/search/search-markup';
import { buildSearchIndex, runSearch, type SearchIndex } from '../../src/lib/search/engine';
import { noFilters } from '../../src/lib/search/filters';
import { planSearch, prepareVocabulary } from '../../src/lib/search/rewrite';
import { loadSearchContent } from '../support/search-content';
import { buildGuideIndex, findGuides } from '../../src/lib/search/guides';
import type { ServiceResult } from '../../src/lib/search/documents';

const result: ServiceResult = {
  kind: 'service',
  url: '/services/chatterbox/',
  name: 'Chatterbox <b>drop-in</b>',
  tier: 'universal',
  ages: 'Ages 0 to 5',
  free: true,
  summary: 'Advice for parents of children who are "late to talk".',
  route: 'self-referral',
  status: 'temporarily closed',
};

describe('a search result', () => {
  it('is the same whether the server or Pagefind in the browser found it', () => {
    const fromPagefind = serviceResultFromPagefind('/services/chatterbox/', {
      title: result.name,
      tier: 'universal',
      ages: 'Ages 0 to 5',
      cost: 'free',
      summary: result.summary,
      route: 'self-referral',
      status: 'temporarily closed',
    });
    expect(fromPagefind).toEqual(result);
  });

  it('is not drawn from a page that is not a service', () => {
    expect(serviceResultFromPagefind('/information/short-breaks/', { title: 'Short breaks' })).toBeUndefined();
  });
});

describe('around the results', () => {
  it('counts services in plain words', () => {
    expect([0, 1, 7].map(resultCountText)).toEqual(['No services found', '1 service found', '7 services found']);
  });

  it('says what was searched for, with a link to search for the words as typed', () => {
    expect(correctionHtml({ query: 'speach <therapy>', showingResultsFor: 'speech and language therapy' }, noFilters())).toBe(
      'Showing results for <strong>speech and language therapy</strong>. <a href="/search?q=speach+%3Ctherapy%3E&amp;exact=speach+%3Ctherapy%3E">Search for “speach &lt;therapy&gt;” instead</a>',
    );
  });

  it('links to the next and previous pages, keeping the search', () => {
    const html = paginationHtml('autism', { ...noFilters(), cost: ['free'] }, 2, 25);
    expect(html).toContain('href="/search?q=autism&amp;cost=free" rel="prev"');
    expect(html).toContain('Page 2 of 3');
    expect(html).toContain('href="/search?q=autism&amp;cost=free&amp;page=3" rel="next"');
    expect(paginationHtml('autism', noFilters(), 1, 10)).toBe('');
  });
});

describe('information pages in search', () => {
  const { guides, vocabulary } = loadSearchContent();
  const index = buildGuideIndex(guides);
  const prepared = prepareVocabulary(vocabulary);

  it('are found by the words parents use, on both paths', () => {
    expect(findGuides(index, planSearch('respite', prepared)).map((g) => g.url)[0]).toBe('/information/short-breaks/');
    expect(findGuides(index, planSearch('statement', prepared)).map((g) => g.url)).toContain('/information/ehc-needs-assessment/');
  });

  it('are left out when they match only one word of a longer search', () => {
    expect(findGuides(index, planSearch('zzqxv travel', prepared))).toEqual([]);
  });
});

describe('the no-JavaScript search engine', () => {
  const { documents, vocabulary } = loadSearchContent();
  let index: SearchIndex;
  beforeAll(async () => {
    index = await buildSearchIndex(documents);
  });
  const prepared = prepareVocabulary(vocabulary);

  it('lists every matching service, universal first, when there are filters but no words', async () => {
    const services = await runSearch(index, planSearch('', prepared), { ...noFilters(), need: ['sensory-physical'], cost: ['free'] });
    expect(services.length).toBeGreaterThan(5);
    const tiers = services.map((s) => s.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => ['universal', 'targeted', 'specialist'].indexOf(a) - ['universal', 'targeted', 'specialist'].indexOf(b)));
    expect(services.every((s) => s.free)).toBe(true);
  });

  it('never lists a service that has closed', async () => {
    const services = await runSearch(index, planSearch('sensory processing workshops', prepared), noFilters());
    expect(services.map((s) => s.url)).not.toContain('/services/sensory-processing-workshops-for-parents/');
  });

  it('finds nothing, rather than everything, for words that mean nothing', async () => {
    expect(await runSearch(index, planSearch('the', prepared), noFilters())).toEqual([]);
    expect(await runSearch(index, planSearch('', prepared), noFilters())).toEqual([]);
    expect(await runSearch(index, planSearch('the', prepared), { ...noFilters(), cost: ['free'] })).toEqual([]);
  });
});
