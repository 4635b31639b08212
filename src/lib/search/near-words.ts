/**
 * Known words within one or two typing mistakes of a word (a letter left
 * out, added or changed, or two neighbouring letters swapped), at a cost
 * that stays small and bounded whatever is typed.
 *
 * lunr's fuzzy TokenSet, used before, builds an automaton of every way to
 * make the word's mistakes and walks the vocabulary's with it: its cost grows
 * quickly with the word's length (0.3 s for a 40-letter word) and with the
 * vocabulary. Here the vocabulary (at most 6,000 words: vocabulary.ts) is
 * filed by length, only words whose length is within the allowed mistakes
 * are looked at, words with more letters the other lacks than the allowed
 * mistakes are passed over, and each of the rest is compared within a band of the allowed mistakes
 * around the diagonal, giving up as soon as the row's best is over: a few
 * operations per letter per word. Nothing to build up front but the lists by
 * length, so the browser's first search is not delayed.
 */
export interface NearWords {
  /** Known words within `edits` (0, 1 or 2) mistakes of `word`, in vocabulary order. */
  near(word: string, edits: number): string[];
}

export function nearWords(vocabulary: readonly string[]): NearWords {
  const byLength: { words: string[]; masks: number[] }[] = [];
  for (const w of vocabulary) {
    const list = (byLength[w.length] ??= { words: [], masks: [] });
    list.words.push(w);
    list.masks.push(letterMask(w));
  }
  return {
    near(word, edits) {
      if (edits <= 0) return [];
      const found: string[] = [];
      const mask = letterMask(word);
      for (let length = Math.max(1, word.length - edits); length <= word.length + edits; length++) {
        const list = byLength[length];
        if (!list) continue;
        for (let k = 0; k < list.words.length; k++) {
          // Each letter one word has and the other lacks is a mistake: most words are ruled out here.
          const other = list.masks[k];
          if (bits(other & ~mask) > edits || bits(mask & ~other) > edits) continue;
          if (withinEdits(word, list.words[k], edits)) found.push(list.words[k]);
        }
      }
      return found;
    },
  };
}

/** Which letters a word has, one bit each (digits share six bits: still never more bits than letters). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= c >= 97 && c <= 122 ? 1 << (c - 97) : 1 << (26 + (c % 6));
  }
  return mask;
}

function bits(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Three rows of the distance table, reused: comparing 6,000 words allocates nothing. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Whether `a` and `b` are at most `max` mistakes apart, a swap of two
 * neighbouring letters counting as one (the same distance as editDistance in
 * text.ts). Only cells within `max` of the diagonal can be that close, so
 * only those are worked out, and a row with none close enough ends it.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return false;
  if (rows[0].length < m + 2) rows = rows.map(() => new Int32Array(m + 2));
  const far = max + 1;
  let [before, previous, row] = rows; // rows i - 2, i - 1 and i
  for (let j = 0; j <= Math.min(m, max); j++) previous[j] = j;
  if (max + 1 <= m) previous[max + 1] = far;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(m, i + max);
    row[from - 1] = from === 1 && i <= max ? i : far;
    let best = row[from - 1];
    for (let j = from; j <= to; j++) {
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      if (d > far) d = far;
      row[j] = d;
      if (d < best) best = d;
    }
    if (to + 1 <= m) row[to + 1] = far;
    if (best > max) return false;
    const spare = before;
    before = previous;
    previous = row;
    row = spare;
  }
  return previous[m] <= max;
}
