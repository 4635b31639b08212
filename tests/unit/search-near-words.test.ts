import { describe, expect, it } from 'vitest';
import { loadSearchContent } from '../support/search-content';
import { nearWords } from '../../src/lib/search/near-words';
import { wordSet, wordsNear } from '../../src/lib/search/token-set';
import { allowedEdits, editDistance } from '../../src/lib/search/text';
import { correctWord, prepareVocabulary } from '../../src/lib/search/rewrite';

// Typo correction's candidates must be exactly the known words within the allowed mistakes
// (all that lunr's fuzzy TokenSet found before), at a small cost whatever is typed.
const { vocabulary } = loadSearchContent();
const known = vocabulary.words;
const index = nearWords(known);
// Every known word, by the plain edit distance (a word whose length is further off than the mistakes allowed cannot be that close).
const within = (word: string, edits: number) => known.filter((w) => Math.abs(w.length - word.length) <= edits && editDistance(word, w) <= edits).sort();
const found = (word: string, edits: number) => index.near(word, edits).sort();

// Deterministic mistakes of every kind: a letter dropped, doubled, changed, or two swapped.
function mistakes(word: string, seed: number): string[] {
  const i = seed % word.length;
  const c = 'etaoinshrdlu'[seed % 12];
  const swapped = i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word;
  const one = [word.slice(0, i) + word.slice(i + 1), word.slice(0, i) + c + word.slice(i), word.slice(0, i) + c + word.slice(i + 1), swapped];
  return [...one, ...one.map((w) => w.slice(0, (i + 3) % w.length) + c + w.slice(((i + 3) % w.length) + 1))];
}

describe('words near a word', () => {
  it('finds exactly the known words within one or two mistakes', () => {
    const sample = known.filter((w, i) => i % 61 === 0 && w.length >= 4);
    for (const [n, word] of sample.entries()) {
      for (const typo of mistakes(word, n)) {
        const edits = allowedEdits(typo);
        expect(found(typo, edits), typo).toEqual(within(typo, edits));
      }
    }
  }, 30_000);

  it('finds all that lunr’s fuzzy TokenSet found', () => {
    const set = wordSet([...known].sort());
    for (const [n, word] of known.filter((w, i) => i % 31 === 0 && w.length >= 4).entries()) {
      for (const typo of mistakes(word, n)) {
        const edits = allowedEdits(typo);
        const lunrs = wordsNear(set, typo, edits).filter((w) => editDistance(typo, w) <= edits);
        expect(found(typo, edits), typo).toEqual(expect.arrayContaining(lunrs));
      }
    }
  });

  it('costs little for any word, with the largest vocabulary', () => {
    // 6,000 words (vocabulary.ts's cap), most of them 8 to 14 letters long like the words being corrected.
    const big = [...known, ...Array.from({ length: 6000 - known.length }, (_, i) => `${known[i % known.length]}${'abcdefghij'[i % 10]}${i}`)];
    const v = prepareVocabulary({ ...vocabulary, words: big });
    const typos = ['speach', 'autisim', 'physcologist', 'neurodevelopmentle', 'wheelchiar', 'therapyy', 'ahovcjqxelszgnubipwdkryf', 'aaaaaaaaaaaaaaaaaaaaaaaa'];
    for (const typo of typos) correctWord(v, typo);
    const start = performance.now();
    for (let i = 0; i < 10; i++) for (const typo of typos) correctWord(v, typo);
    // About 0.03 ms a word on a quiet machine; lunr's fuzzy automaton took 5 to 15 ms for the long ones.
    expect((performance.now() - start) / (10 * typos.length)).toBeLessThan(2);
  });
});
