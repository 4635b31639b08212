import { allowedEdits, editDistance, isContentWord, stem, stopWords, words } from './text';
import type { SearchVocabulary } from './vocabulary';
import { nearWords, type NearWords } from './near-words';
import { wordFamilies, type WordFamilies } from './word-family';

/**
 * Query correction and synonym expansion: the matching rules shared by the
 * as-you-type search in the browser and the no-JavaScript search on the
 * server. Typos are corrected over the vocabulary with a deletion index
 * (near-words.ts); synonym phrases are matched on word stems.
 */

/** The vocabulary, ready to use: build once, then rewrite many queries. */
export interface PreparedVocabulary {
  known: Set<string>;
  knownStems: Set<string>;
  rank: Map<string, number>;
  /** The vocabulary in code-unit order, for "does a known word start with this?". */
  sorted: string[];
  /** Known words within a typing mistake or two of a word (a deletion index, built on first use). */
  nearWords: NearWords;
  /** Phrases by the stem of their first content word, longest first. */
  phrases: Map<string, { stems: string[]; canonical: string; text: string }[]>;
  /** How many services families can use (for weighing rare words). */
  services: number;
  /** How many of those services use each stem (for weighing rare words on both paths alike). */
  frequency: Map<string, number>;
  /** Known words of one family ("autism", "autistic"), for words a parent types in another form. */
  families: WordFamilies;
}

export function prepareVocabulary(vocabulary: SearchVocabulary): PreparedVocabulary {
  const rank = new Map(vocabulary.words.map((w, i) => [w, i]));
  const phrases: PreparedVocabulary['phrases'] = new Map();
  for (const group of vocabulary.groups) {
    for (const text of group.phrases) {
      const stems = text
        .split(' ')
        .filter((w) => !stopWords.has(w))
        .map(stem);
      if (!stems.length) continue;
      const list = phrases.get(stems[0]) ?? [];
      list.push({ stems, canonical: group.canonical, text });
      phrases.set(stems[0], list);
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return {
    known: new Set(vocabulary.words),
    knownStems: new Set(vocabulary.words.map(stem)),
    rank,
    sorted: [...vocabulary.words].sort(),
    nearWords: nearWords(vocabulary.words),
    phrases,
    services: vocabulary.services ?? 0,
    frequency: stemFrequencies(vocabulary),
    families: wordFamilies(vocabulary.words),
  };
}

function stemFrequencies(vocabulary: SearchVocabulary): Map<string, number> {
  const frequency = new Map<string, number>();
  vocabulary.words.forEach((w, i) => {
    const s = stem(w);
    frequency.set(s, Math.max(frequency.get(s) ?? 0, vocabulary.frequencies?.[i] ?? 0));
  });
  for (const [w, n] of vocabulary.shortWordFrequencies ?? []) frequency.set(stem(w), Math.max(frequency.get(stem(w)) ?? 0, n));
  return frequency;
}

/** What to search for, and what to tell the parent about it. */
export interface SearchPlan {
  /** The query as typed, trimmed. */
  query: string;
  /** What was searched for, in words, when it differs from what was typed: "Showing results for …". */
  showingResultsFor?: string;
  /** Typing mistakes put right, e.g. { from: "speach", to: "speech" }. */
  corrections: { from: string; to: string }[];
  /** Parents' words matched to services' words, e.g. { from: "respite", to: "short breaks" }. */
  synonyms: { from: string; to: string }[];
  /**
   * Word lists to search for, best first: the query in services' words, then
   * the parent's own (corrected) words, so nothing the parent typed is lost.
   */
  searches: string[][];
  /** The last word typed, when it may be unfinished ("autis"): engines also match words starting with it. */
  prefix?: string;
  /**
   * Each idea the parent typed, as the ways a service may match it: the
   * words as typed (corrected), or the services' words a synonym put in
   * their place. "Nurse at school to talk to" is three ideas, the last
   * matched by "talk" or by "speech and language therapy". Ranking counts
   * how many ideas a service matches (ranking.ts), so a synonym widens what
   * matches a word without outweighing the rest of the query.
   */
  concepts?: string[][][];
  /**
   * Other forms of a typed word that services use ("anxious": "anxiety";
   * "carer": "care"), found by word family (word-family.ts). Searched for
   * too, counting for less than the word as typed.
   */
  related?: { word: string; forms: string[] }[];
}

const MAX_WORDS = 12;
/**
 * Typo correction's cost grows with the square of a word's length (two
 * mistakes: near-words.ts), not with the vocabulary. The longest words
 * parents type ("neurodevelopmental", 18 letters) fit well inside this; a
 * longer "word" is pasted or hostile and is searched as it is. (lunr's fuzzy
 * automaton, used before, took 0.3 s for a 40-letter word, seconds beyond.)
 */
export const MAX_CORRECTED_LENGTH = 24;
/** At most this many words of one query are corrected, so a query of many long nonsense words stays cheap too. */
const MAX_CORRECTIONS = 4;

function isKnown(v: PreparedVocabulary, w: string): boolean {
  return w.length < 4 || /^\d+$/.test(w) || !isContentWord(w) || v.known.has(w) || v.knownStems.has(stem(w));
}

/** The nearest known word within the allowed number of typing mistakes, or undefined. */
export function correctWord(v: PreparedVocabulary, word: string): string | undefined {
  if (word.length > MAX_CORRECTED_LENGTH || isKnown(v, word)) return undefined;
  const edits = allowedEdits(word);
  const candidates = v.nearWords.near(word, edits);
  let best: { w: string; key: number[] } | undefined;
  for (const w of candidates) {
    const distance = editDistance(word, w);
    if (distance > edits) continue;
    // Fewest mistakes, then same first letter (people rarely get it wrong), then the commoner word.
    const key = [distance, w[0] === word[0] ? 0 : 1, v.rank.get(w) ?? Infinity];
    if (!best || key[0] < best.key[0] || (key[0] === best.key[0] && (key[1] < best.key[1] || (key[1] === best.key[1] && key[2] < best.key[2]))))
      best = { w, key };
  }
  return best?.w;
}

/**
 * Turns what a parent typed into what to search for. With `exact`, the words
 * are searched as typed ("Search instead for …"). With `typing` (search as
 * you type), a one- or two-letter word still being typed is left out until
 * it is longer: "speech t" would otherwise match every page with a word
 * starting with t, and download results nobody wanted.
 */
export function planSearch(query: string, v: PreparedVocabulary, { exact = false, typing = false } = {}): SearchPlan {
  const trimmed = query.trim().replace(/\s+/g, ' ').slice(0, 200);
  let tokens = words(trimmed).slice(0, MAX_WORDS);
  if (typing && tokens.at(-1) && tokens.at(-1)!.length < 3 && !/\s$/.test(query)) {
    // A lone one- or two-letter word is searched for only if it means something ("OT", "EP").
    const short = tokens.at(-1)!;
    if (tokens.length > 1 || !v.phrases.get(stem(short))?.some((p) => p.stems.length === 1)) tokens = tokens.slice(0, -1);
  }
  const corrections: SearchPlan['corrections'] = [];
  const synonyms: SearchPlan['synonyms'] = [];

  if (!exact) {
    // "wheel chair" → "wheelchair", "bed wetting" → "bedwetting".
    const joined: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const pair = tokens[i] + (tokens[i + 1] ?? '');
      if (i + 1 < tokens.length && v.known.has(pair) && (!isKnown(v, tokens[i]) || !isKnown(v, tokens[i + 1]))) {
        corrections.push({ from: `${tokens[i]} ${tokens[i + 1]}`, to: pair });
        joined.push(pair);
        i++;
      } else joined.push(tokens[i]);
    }
    let attempts = 0;
    tokens = joined.map((w, i) => {
      // The last word may be half typed ("thera"): leave it alone if it starts a known word.
      if (i === joined.length - 1 && startsKnownWord(v, w)) return w;
      if (isKnown(v, w) || w.length > MAX_CORRECTED_LENGTH || attempts++ >= MAX_CORRECTIONS) return w;
      const fixed = correctWord(v, w);
      if (!fixed) return w;
      corrections.push({ from: w, to: fixed });
      return fixed;
    });
  }

  // Replace the longest synonym phrase at each place, matching on stems and ignoring stop words.
  const shown: string[] = [];
  const rewritten: string[] = [];
  const concepts: string[][][] = [];
  const related: NonNullable<SearchPlan['related']> = [];
  for (let i = 0; i < tokens.length;) {
    const match = exact || stopWords.has(tokens[i]) ? undefined : matchPhrase(v, tokens, i);
    if (match) {
      const typed = tokens.slice(i, match.end).join(' ');
      const sameWords =
        words(match.canonical)
          .filter((w) => !stopWords.has(w))
          .map(stem)
          .join(' ') === match.stems.join(' ');
      if (!sameWords) synonyms.push({ from: typed, to: match.canonical });
      shown.push(sameWords ? typed : match.canonical);
      rewritten.push(...words(match.canonical));
      const ways = [tokens.slice(i, match.end).filter(isContentWord), words(match.canonical).filter(isContentWord)].filter((w) => w.length > 0);
      if (ways.length) concepts.push(ways);
      i = match.end;
    } else {
      if (isContentWord(tokens[i])) concepts.push([[tokens[i]]]);
      const forms = exact || !isContentWord(tokens[i]) ? [] : v.families.relatedForms(tokens[i]);
      if (forms.length) related.push({ word: tokens[i], forms });
      if (isContentWord(tokens[i])) shown.push(tokens[i]);
      rewritten.push(tokens[i]);
      i++;
    }
  }

  const contentWords = (list: string[]) => [...new Set(list.filter(isContentWord))];
  const searches = [contentWords(rewritten), contentWords(tokens)].filter((s) => s.length > 0);
  const unique = searches.filter((s, i) => searches.findIndex((t) => t.join(' ') === s.join(' ')) === i);
  const changed = corrections.length > 0 || synonyms.length > 0;
  const last = tokens.at(-1);
  const prefix = last && isContentWord(last) && !corrections.some((c) => c.to === last) ? last : undefined;
  return { query: trimmed, showingResultsFor: changed ? shown.join(' ') : undefined, corrections, synonyms, searches: unique, prefix, concepts, related };
}

function startsKnownWord(v: PreparedVocabulary, w: string): boolean {
  // The first known word not before w (binary search) starts with w, if any does.
  let [low, high] = [0, v.sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (v.sorted[mid] < w) low = mid + 1;
    else high = mid;
  }
  return low < v.sorted.length && v.sorted[low].startsWith(w);
}

function matchPhrase(v: PreparedVocabulary, tokens: string[], start: number) {
  const candidates = v.phrases.get(stem(tokens[start]));
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    let i = start;
    let matched = 0;
    while (i < tokens.length && matched < phrase.stems.length) {
      if (stopWords.has(tokens[i])) {
        i++;
        continue;
      }
      if (stem(tokens[i]) !== phrase.stems[matched]) break;
      matched++;
      i++;
    }
    if (matched === phrase.stems.length) return { end: i, canonical: phrase.canonical, stems: phrase.stems };
  }
  return undefined;
}
