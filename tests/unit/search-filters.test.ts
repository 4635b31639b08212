import { describe, expect, it } from 'vitest';
import { filtersFromParams, matchesFilters, noFilters, pagefindFilters, searchHref, selectedFilterTags } from '../../src/lib/search/filters';
import { serviceFacets } from '../../src/lib/search/documents';

const facets = serviceFacets({
  name: 'Chatterbox',
  summary: 'A drop-in for parents of young children who are late to talk.',
  tier: 'universal',
  needs: ['communication-interaction'],
  needTags: [],
  topics: ['health'],
  ageRange: { min: 0, max: 4 },
  cost: { free: true },
  access: { route: 'self-referral', steps: ['Come along.'] },
  status: 'active',
  keywords: [],
  eligibility: 'Any family in Northbridge.',
  locations: [],
});

describe('search filters', () => {
  it('read from the address, ignoring values the site does not have', () => {
    const filters = filtersFromParams(new URLSearchParams('q=speech&age=early-years&age=primary&tier=made-up&cost=free'));
    expect(filters.age).toEqual(['early-years', 'primary']);
    expect(filters.tier).toEqual([]);
    expect(filters.cost).toEqual(['free']);
  });

  it('make an address that gives the same search back (to share or bookmark)', () => {
    const filters = { ...noFilters(), age: ['early-years', 'primary'], cost: ['free'] };
    const href = searchHref("won't go to school", filters);
    expect(href).toBe('/search?q=won%27t+go+to+school&age=early-years&age=primary&cost=free');
    expect(filtersFromParams(new URL(href, 'https://x.example').searchParams)).toEqual(filters);
  });

  it('match a service when any chosen value of each filter fits', () => {
    expect(matchesFilters(facets, { ...noFilters(), age: ['early-years', 'post-16'] })).toBe(true);
    expect(matchesFilters(facets, { ...noFilters(), age: ['early-years'], tier: ['specialist'] })).toBe(false);
    expect(matchesFilters(facets, { ...noFilters(), cost: ['free'], access: ['self-referral'] })).toBe(true);
  });

  it('work out a service’s age bands from its ages (0 to 4 is early years only)', () => {
    expect(facets.age).toEqual(['early-years']);
  });

  it('say the same thing to Pagefind in the browser', () => {
    expect(pagefindFilters({ ...noFilters(), age: ['early-years', 'primary'], cost: ['free'] })).toEqual({
      age: { any: ['early-years', 'primary'] },
      cost: { any: ['free'] },
    });
  });

  it('show each choice as a tag that links to the search without it', () => {
    const tags = selectedFilterTags('speech', { ...noFilters(), age: ['early-years'], cost: ['free'] });
    expect(tags.map((t) => [t.label, t.removeHref])).toEqual([
      ['0 to 5 (early years)', '/search?q=speech&cost=free'],
      ['Free', '/search?q=speech&age=early-years'],
    ]);
  });
});
