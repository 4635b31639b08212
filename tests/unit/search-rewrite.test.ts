import { describe, expect, it } from 'vitest';
import { buildSearchVocabulary } from '../../src/lib/search/vocabulary';
import { planSearch, prepareVocabulary } from '../../src/lib/search/rewrite';
import { editDistance, normalise } from '../../src/lib/search/text';

// A small area: a few services' words and two synonym groups.
const vocabulary = prepareVocabulary(
  buildSearchVocabulary({
    documents: [
      { text: ['Speech and language therapy for children who find it hard to talk'], keywords: ['speach', 'SALT'] },
      { text: ['Autism Together coffee and chat for parents of autistic children'] },
      { text: ['Emotionally based school avoidance support: help for children who find it hard to go to school'] },
      { text: ['Short breaks for disabled children, and a wheelchair skills session'], keywords: ['bedwetting'] },
      { text: ['Occupational therapy helps with handwriting and dressing'] },
    ],
    synonymGroups: [
      { canonical: 'emotionally based school avoidance', words: ["won't go to school", 'school refusal', 'EBSA'] },
      { canonical: 'speech and language therapy', words: ['speech therapy', 'SALT', 'not talking'] },
      { canonical: 'short breaks', words: ['respite'] },
      { canonical: 'occupational therapy', words: ['OT'] },
    ],
  }),
);

describe('reading what a parent typed', () => {
  it('ignores capitals, apostrophes and punctuation', () => {
    expect(normalise("  Won't go to SCHOOL!! ")).toBe('wont go to school');
    expect(normalise('Children’s centre & nursery')).toBe('childrens centre and nursery');
  });

  it('counts a swap of two letters as one typing mistake', () => {
    expect(editDistance('pyschologist', 'psychologist')).toBe(1);
    expect(editDistance('speach', 'speech')).toBe(1);
    expect(editDistance('autism', 'autism')).toBe(0);
  });
});

describe('correcting typing mistakes', () => {
  it('puts a misspelt word right and says so', () => {
    const plan = planSearch('autisim', vocabulary);
    expect(plan.corrections).toEqual([{ from: 'autisim', to: 'autism' }]);
    expect(plan.showingResultsFor).toBe('autism');
    expect(plan.searches[0]).toEqual(['autism']);
  });

  it('corrects a misspelling a navigator added as a keyword, instead of trusting it', () => {
    const plan = planSearch('speach therapy', vocabulary);
    expect(plan.corrections).toEqual([{ from: 'speach', to: 'speech' }]);
    expect(plan.showingResultsFor).toBe('speech and language therapy');
  });

  it('joins words a parent split in two', () => {
    expect(planSearch('wheel chair', vocabulary).showingResultsFor).toBe('wheelchair');
    expect(planSearch('bed wetting', vocabulary).searches[0]).toEqual(['bedwetting']);
  });

  it('leaves a half-typed last word alone, so search as you type can finish it', () => {
    const plan = planSearch('thera', vocabulary);
    expect(plan.corrections).toEqual([]);
    expect(plan.prefix).toBe('thera');
  });

  it('while typing, waits for a short last word to grow before searching for it', () => {
    expect(planSearch('autism h', vocabulary, { typing: true }).searches).toEqual([['autism']]);
    expect(planSearch('autism ho', vocabulary, { typing: true }).searches).toEqual([['autism']]);
    expect(planSearch('autism hol', vocabulary, { typing: true }).searches).toEqual([['autism', 'hol']]);
    // A short word on its own waits too, unless it means something ("SALT" is in a synonym group here; "OT" in the real one).
    expect(planSearch('sp', vocabulary, { typing: true }).searches).toEqual([]);
    expect(planSearch('sp', vocabulary).searches).toEqual([['sp']]);
    expect(planSearch('ot', vocabulary, { typing: true }).searches).toEqual([['occupational', 'therapy'], ['ot']]);
    expect(planSearch('autism ho ', vocabulary, { typing: true }).searches).toEqual([['autism', 'ho']]);
    // Pressing Search sends every word.
    expect(planSearch('autism ho', vocabulary).searches).toEqual([['autism', 'ho']]);
  });

  it('does not change words it knows, short words or unknown words with nothing close', () => {
    for (const query of ['autism', 'EP', 'zzqxv']) expect(planSearch(query, vocabulary).showingResultsFor).toBeUndefined();
  });

  it('searches for exactly what was typed when asked to', () => {
    const plan = planSearch('speach therapy', vocabulary, { exact: true });
    expect(plan.showingResultsFor).toBeUndefined();
    expect(plan.searches).toEqual([['speach', 'therapy']]);
  });
});

describe("matching parents' words to services' words", () => {
  it('finds school avoidance support for "my son won\'t go to school"', () => {
    const plan = planSearch("my son won't go to school", vocabulary);
    expect(plan.synonyms).toEqual([{ from: 'wont go to school', to: 'emotionally based school avoidance' }]);
    expect(plan.showingResultsFor).toBe('emotionally based school avoidance');
    // The services' words first, then the parent's own, so nothing typed is lost.
    expect(plan.searches).toEqual([
      ['emotionally', 'based', 'school', 'avoidance'],
      ['go', 'school'],
    ]);
  });

  it('matches phrases whatever the word endings and small words', () => {
    expect(planSearch('School Refusals', vocabulary).showingResultsFor).toBe('emotionally based school avoidance');
    expect(planSearch('my child is not talking', vocabulary).showingResultsFor).toBe('speech and language therapy');
  });

  it('prefers the longest phrase', () => {
    expect(planSearch('speech therapy', vocabulary).synonyms).toEqual([{ from: 'speech therapy', to: 'speech and language therapy' }]);
  });

  it("says nothing when the parent already used the services' words", () => {
    const plan = planSearch('Short breaks', vocabulary);
    expect(plan.showingResultsFor).toBeUndefined();
    expect(plan.searches).toEqual([['short', 'breaks']]);
  });

  it('drops words that every page would match, such as "my daughter"', () => {
    expect(planSearch('respite for my daughter', vocabulary).searches).toEqual([['short', 'breaks'], ['respite']]);
    expect(planSearch('the', vocabulary).searches).toEqual([]);
  });
});
