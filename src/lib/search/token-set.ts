import lunr from 'lunr';

/**
 * lunr's TokenSet: a compact automaton of words that can be intersected with
 * a fuzzy or wildcard pattern. It is how lunr itself does typo-tolerant
 * matching; @types/lunr declares these builders wrongly, so they are typed here.
 */
export interface WordSet {
  intersect(other: WordSet): WordSet;
  toArray(): string[];
}

const builders = lunr.TokenSet as unknown as {
  fromArray(sortedWords: string[]): WordSet;
  fromFuzzyString(word: string, editDistance: number): WordSet;
  fromString(pattern: string): WordSet;
};

/** A set of words; they must be sorted and unique. */
export const wordSet = (sortedWords: string[]): WordSet => builders.fromArray(sortedWords);

/** The words of `set` within `edits` typing mistakes (insert, delete, change or swap a letter) of `word`. */
export const wordsNear = (set: WordSet, word: string, edits: number): string[] => set.intersect(builders.fromFuzzyString(word, edits)).toArray();

/** The words of `set` that start with `prefix`. */
export const wordsStartingWith = (set: WordSet, prefix: string): string[] => set.intersect(builders.fromString(`${prefix}*`)).toArray();
