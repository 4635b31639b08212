import { lancasterStemmer } from 'lancaster-stemmer';
import { stem } from './text';

/**
 * Words of one family: "autistic" and "autism", "anxious" and "anxiety",
 * "dyslexic" and "dyslexia", "psychologist" and "psychology". The Porter stemmer both
 * search paths use (lunr's; Pagefind's is the same kind) keeps these apart,
 * so a parent who writes "my son is autistic" missed a service that says
 * "autism". The Lancaster stemmer is much more aggressive and joins them;
 * on its own it also joins words that are not one family ("nurse" and
 * "nursery" it keeps apart, but "care", "carers" and "careers" it does
 * not), so two words count as one family only when the Lancaster stemmer
 * joins them, they start with the same four letters or more, what differs
 * is short (7 letters at most in all: "anxi-ous", "anxi-ety"), and neither
 * looks like a word for a person ("worker", "carer", "trainer" mean someone,
 * not the thing; "carer" and "careers" are not one family at all). A family
 * is only ever used as a lesser alternative to the word as typed
 * (ranking.ts), never instead of it.
 */
export interface WordFamilies {
  /** Known words of the same family as `word` but another Porter stem, commonest first (at most 3). */
  relatedForms(word: string): string[];
}

const MIN_SHARED_START = 4;
const MAX_DIFFERENT_LETTERS = 7;
const MAX_FORMS = 3;
const person = (w: string) => /(er|or)s?$/.test(w);

const sharedStart = (a: string, b: string) => {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
};

/**
 * Groups the vocabulary (commonest first) by its first four letters, which
 * family members share; the Lancaster stems are worked out only for the
 * group of a word a parent typed, and kept. (Stemming 6,000 words up front
 * took 150 ms, on a fast machine, before the first search as you type.)
 */
export function wordFamilies(vocabularyWords: string[]): WordFamilies {
  const byStart = new Map<string, string[]>();
  for (const w of vocabularyWords) {
    if (w.length < MIN_SHARED_START || /\d/.test(w)) continue;
    const key = w.slice(0, MIN_SHARED_START);
    const list = byStart.get(key);
    if (list) list.push(w);
    else byStart.set(key, [w]);
  }
  const roots = new Map<string, string>();
  const root = (w: string) => {
    let r = roots.get(w);
    if (r === undefined) roots.set(w, (r = lancasterStemmer(w)));
    return r;
  };
  return {
    relatedForms(word) {
      if (word.length < MIN_SHARED_START || /\d/.test(word) || person(word)) return [];
      const own = stem(word);
      const wanted = root(word);
      const forms: string[] = [];
      const stems = new Set([own]);
      for (const w of byStart.get(word.slice(0, MIN_SHARED_START)) ?? []) {
        if (person(w) || w.length + word.length - 2 * sharedStart(w, word) > MAX_DIFFERENT_LETTERS || root(w) !== wanted) continue;
        const s = stem(w);
        if (stems.has(s)) continue;
        stems.add(s);
        forms.push(w);
        if (forms.length === MAX_FORMS) break;
      }
      return forms;
    },
  };
}
