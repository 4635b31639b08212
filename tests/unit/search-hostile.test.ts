import { describe, expect, it } from 'vitest';
import { loadSearchContent } from '../support/search-content';
import { MAX_CORRECTED_LENGTH, planSearch, prepareVocabulary } from '../../src/lib/search/rewrite';
import { buildSearchIndex, runSearch } from '../../src/lib/search/engine';
import { noFilters } from '../../src/lib/search/filters';

// Typo correction must cost little whatever is typed. Figures are measured in
// `npm run bench:search`; these bounds are loose on purpose (a shared CI
// machine), but unbounded correction took seconds and fails them.
const { documents, vocabulary } = loadSearchContent();
const v = prepareVocabulary(vocabulary);
const letters = (n: number, seed = 0) => Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7 + seed) % 26]).join('');

describe('hostile queries', () => {
  it('do not correct words longer than a real word', () => {
    const plan = planSearch(letters(200), v);
    expect(plan.corrections).toEqual([]);
    expect(MAX_CORRECTED_LENGTH).toBeGreaterThanOrEqual(18); // "neurodevelopmental"
  });

  it('a 200-letter word, or many long words, are planned and searched quickly', async () => {
    const index = await buildSearchIndex(documents);
    for (const query of [letters(200), Array.from({ length: 12 }, (_, i) => letters(MAX_CORRECTED_LENGTH, i)).join(' '), `speech ${letters(200)}`]) {
      const start = performance.now();
      const plan = planSearch(query, v);
      await runSearch(index, plan, noFilters());
      expect(performance.now() - start).toBeLessThan(500);
    }
  });

  it('still corrects an ordinary misspelling', () => {
    expect(planSearch('neurodevelopmentle', v).corrections).toEqual([{ from: 'neurodevelopmentle', to: 'neurodevelopmental' }]);
  });
});
