import { describe, expect, it } from 'vitest';
import { itemsOnPage, layOutTiers, listPageHref, listPagePaths, listPageTitle, pageCount, tierGroupsOnPage, tierJumpLinks } from '../../src/lib/list-pages';
import type { Tier } from '../../src/data/tiers';

const make = (tier: Tier, count: number) => Array.from({ length: count }, (_, i) => ({ tier, name: `${tier} ${String(i + 1).padStart(2, '0')}` }));

describe('pages of a browse list', () => {
  it('keeps the first page at the list address and puts later pages under page/N/', () => {
    expect(listPageHref('/need/sensory-physical/', 1)).toBe('/need/sensory-physical/');
    expect(listPageHref('/need/sensory-physical/', 3)).toBe('/need/sensory-physical/page/3/');
    const paths = listPagePaths({ need: 'sensory-physical' }, 61, { extra: true }, 30);
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'page/2', 'page/3']);
    expect(paths.map((p) => p.props.pageNumber)).toEqual([1, 2, 3]);
    expect(paths[2].params.need).toBe('sensory-physical');
  });

  it('has one page, saying it is empty, when nothing matches', () => {
    expect(pageCount(0)).toBe(1);
    expect(listPagePaths({ tier: 'universal' }, 0, {})).toHaveLength(1);
  });

  it('gives later pages their own title', () => {
    expect(listPageTitle('Sensory and physical', 1, 61, 30)).toBe('Sensory and physical');
    expect(listPageTitle('Sensory and physical', 2, 61, 30)).toBe('Sensory and physical (page 2 of 3)');
  });

  it('shows each service on exactly one page, in order', () => {
    const items = Array.from({ length: 65 }, (_, i) => i);
    const pages = [1, 2, 3].map((p) => itemsOnPage(items, p, 30));
    expect(pages.map((p) => p.length)).toEqual([30, 30, 5]);
    expect(pages.flat()).toEqual(items);
  });
});

describe('tier groups across pages', () => {
  const services = [...make('specialist', 3), ...make('universal', 25), ...make('targeted', 10)];
  const layout = layOutTiers(services);

  it('runs universal A to Z, then targeted, then specialist, and says when a group is continued', () => {
    const page1 = tierGroupsOnPage(layout, 1, 20);
    expect(page1.map((g) => [g.tier, g.services.length, g.continued])).toEqual([['universal', 20, false]]);
    expect(page1[0].services[0].name).toBe('universal 01');
    const page2 = tierGroupsOnPage(layout, 2, 20);
    expect(page2.map((g) => [g.tier, g.services.length, g.total, g.continued])).toEqual([
      ['universal', 5, 25, true],
      ['targeted', 10, 10, false],
      ['specialist', 3, 3, false],
    ]);
    expect(tierGroupsOnPage(layout, 3, 20)).toEqual([]);
  });

  it('links each type of support to the page where its group starts', () => {
    expect(tierJumpLinks(layout, 20)).toEqual([
      { tier: 'universal', total: 25, firstPage: 1 },
      { tier: 'targeted', total: 10, firstPage: 2 },
      { tier: 'specialist', total: 3, firstPage: 2 },
    ]);
  });

  it('says a group is empty once, right after the group before it', () => {
    const noTargeted = layOutTiers([...make('universal', 25), ...make('specialist', 3)]);
    const emptyOn = (page: number) =>
      tierGroupsOnPage(noTargeted, page, 20)
        .filter((g) => g.total === 0)
        .map((g) => g.tier);
    expect([emptyOn(1), emptyOn(2)]).toEqual([[], ['targeted']]);
    const onlySpecialist = layOutTiers(make('specialist', 45));
    expect(tierGroupsOnPage(onlySpecialist, 1, 20).map((g) => g.tier)).toEqual(['universal', 'targeted', 'specialist']);
    expect(tierGroupsOnPage(onlySpecialist, 3, 20).map((g) => [g.tier, g.continued])).toEqual([['specialist', true]]);
  });
});
