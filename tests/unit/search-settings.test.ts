import { describe, expect, it } from 'vitest';
import { loadSearchContent } from '../support/search-content';
import { planSearch, prepareVocabulary } from '../../src/lib/search/rewrite';
import { buildSettingIndex, findSettings, settingPage } from '../../src/lib/search/settings';

// Schools, nurseries and colleges as their own search group: found by name,
// town, kind and designated need, misspelt or not, by the same rules on both
// paths (the browser runs these functions on /search-settings.json).
const content = loadSearchContent();
const vocabulary = prepareVocabulary(content.vocabulary);
const index = buildSettingIndex(content.settings);
const names = (query: string) => findSettings(index, planSearch(query, vocabulary)).map((r) => r.name);

describe('searching for schools, nurseries and colleges', () => {
  it('finds a setting by its name, and by a misspelt name', () => {
    expect(names('Kingfisher Primary')[0]).toBe('Kingfisher Primary School');
    expect(names('kingfsher primary')[0]).toBe('Kingfisher Primary School');
    expect(names('elmtre school')[0]).toBe('Elmtree School');
  });

  it('finds an autism base and a special school for deaf children', () => {
    expect(names('autism base')[0]).toBe('Hollins Park Academy');
    expect(names('special school for deaf children')).toContain('Eastvale School for Deaf Children');
  });

  it('finds settings by town', () => {
    const westford = findSettings(index, planSearch('Westford', vocabulary));
    expect(westford.length).toBeGreaterThan(2);
    for (const r of westford) expect(r.facts).toContain('Westford');
  });

  it('lists only settings with speech and language provision for "speech therapy", not every school', () => {
    const found = findSettings(index, planSearch('speech therapy', vocabulary));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    for (const r of found) {
      const entry = content.settings.find((e) => e.url === r.url)!;
      expect(`${entry.words} ${entry.summary}`.toLowerCase(), r.name).toMatch(/speech/);
    }
  });

  it('says when a setting is outside the area, as the line shown in its search group', () => {
    const cafe = findSettings(index, planSearch('Cafe Lane college', vocabulary))[0];
    expect(cafe.facts).toContain('outside the area: in Eastvale');
    // Drawn by search/InformationResult.astro (escaped by Astro) and filled with textContent as you type.
    expect(settingPage(cafe)).toEqual({ url: cafe.url, name: cafe.name, summary: cafe.facts });
  });
});
