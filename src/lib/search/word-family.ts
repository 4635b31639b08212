import { lancasterStemmer } from 'lancaster-stemmer';
import { stem } from './text';

/**
 * Words of one family: "autistic" and "autism", "anxious" and "anxiety",
 * "dyslexic" and "dyslexia", "carer" and "care". The Porter stemmer both
 * search paths use (lunr's; Pagefind's is the same kind) keeps these apart,
 * so a parent who writes "my son is autistic" missed a service that says
 * "autism". The Lancaster stemmer is much more aggressive and joins them;
 * on its own it also joins words that are not one family ("nurse" and
 * "nursery" it keeps apart, but "care", "carers" and "careers" it does
 * not), so two words count as one family only when the Lancaster stemmer
 * joins them, they start with the same four letters or more, what differs
 * is short (7 letters at most in all: "anxi-ous", "anxi-ety"), and neither
 * looks like a word for a person ("worker", "carer", "trainer" mean someone,
 * not the thing; "carer" and "careers" are not one family at all). A family is only ever used as a
 * lesser alternative to the word as typed (ranking.ts), never instead of it.
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

/** Groups the vocabulary (commonest first) by Lancaster stem, once per vocabulary. */
export function wordFamilies(vocabularyWords: string[]): WordFamilies {
  const byRoot = new Map<string, string[]>();
  for (const w of vocabularyWords) {
    if (w.length < MIN_SHARED_START || /\d/.test(w)) continue;
    const root = lancasterStemmer(w);
    const list = byRoot.get(root);
    if (list) list.push(w);
    else byRoot.set(root, [w]);
  }
  return {
    relatedForms(word) {
      if (word.length < MIN_SHARED_START || /\d/.test(word)) return [];
      const own = stem(word);
      const forms: string[] = [];
      const stems = new Set([own]);
      for (const w of byRoot.get(lancasterStemmer(word)) ?? []) {
        const s = stem(w);
        const shared = sharedStart(w, word);
        if (stems.has(s) || shared < MIN_SHARED_START || w.length + word.length - 2 * shared > MAX_DIFFERENT_LETTERS || person(w) || person(word)) continue;
        stems.add(s);
        forms.push(w);
        if (forms.length === MAX_FORMS) break;
      }
      return forms;
    },
  };
}
