import lunr from 'lunr';

/**
 * How search reads words, in one place, so the browser (Pagefind path), the
 * server (no-JavaScript path) and the vocabulary builder agree exactly.
 */

/**
 * Lower case, accents and apostrophes removed, anything that is not a letter
 * or digit turned into a space: "Won't go to school!" → "wont go to school".
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function words(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

const stemCache = new Map<string, string>();

/** English stem (lunr's Porter stemmer): "schools" and "school" share one. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stemCache.size > 20_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/**
 * Words that carry no meaning in a search. Negatives ("not", "cant", "wont")
 * are not here: "not talking" and "won't go to school" depend on them.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an the to of for with and or in on at by from into about as is are was be been am i me we us it its ' +
    'my our your his her their them they he she this that these those do does did get got how what where who ' +
    'which when why can could would should will there here so if any some please want wants looking look find'
  ).split(' '),
);

/**
 * Words parents add that every page of a children's Local Offer would match
 * ("my son", "3 year old"): dropped from what is sent to the search engines.
 */
export const fillerWords: ReadonlySet<string> = new Set('son sons daughter daughters child childs kid kids boy girl year years yr yrs old aged age'.split(' '));

/**
 * "Not", "won't", "can't": they matter inside a phrase ("not talking" is a
 * speech need) but on their own they match nothing useful.
 */
export const negativeWords: ReadonlySet<string> = new Set('not no never wont cant dont doesnt isnt wouldnt couldnt aint'.split(' '));

/**
 * lunr's English stop words ("has", "only", "after", "says", "just"): the
 * server's index has never held them, so a query word among them could only
 * ever match as you type, and in a sentence it matched services for the
 * wrong reason. Left out of both paths' searches alike.
 */
const isLunrStopWord = (w: string) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined;

/** True for words that say something about what the parent wants. */
export function isContentWord(word: string): boolean {
  return !stopWords.has(word) && !fillerWords.has(word) && !negativeWords.has(word) && !isLunrStopWord(word);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * ("pyschologist"), used to choose between lunr's fuzzy candidates.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** How many typing mistakes a word of this length may have and still be corrected. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length >= 7 ? 2 : 1;
}
