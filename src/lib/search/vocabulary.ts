import { allowedEdits, editDistance, isContentWord, stem, words } from './text';
import { wordSet, wordsNear } from './token-set';

/** A group of words that mean the same thing: from content/search/synonyms.yaml, or the glossary. */
export interface SynonymGroupInput {
  canonical: string;
  words: string[];
}

/** What one service or information page contributes to the vocabulary. */
export interface VocabularyDocument {
  /** Text families see: name, summary, description, labels. */
  text: string[];
  /** Extra search words (a service's keywords), which often include deliberate misspellings. */
  keywords?: string[];
  /** True for a service families can use: only these count towards how common a word is (ranking.ts). */
  openService?: boolean;
}

/** The data both search paths correct and expand queries with; shipped to browsers as JSON. */
export interface SearchVocabulary {
  /** Words search knows, most common first; typos are corrected towards them. */
  words: string[];
  /** Synonym groups: the canonical term as written, and every phrase (normalised) that means it. */
  groups: { canonical: string; phrases: string[] }[];
  /** How many services families can use: both paths weigh rare words against it (see ranking.ts). */
  services: number;
  /**
   * For each word (same order as `words`), how many of those services use a
   * word with its stem: both paths take how rare a word is from here, so they weigh it alike.
   */
  frequencies: number[];
  /** The same for short words that are not in `words` ("ot", "bus", "slt"): [word, services]. */
  shortWordFrequencies: [string, number][];
}

export interface VocabularyInput {
  documents: VocabularyDocument[];
  synonymGroups: SynonymGroupInput[];
  /** Keeps the browser download small on very large areas: rarer words beyond this are left out. */
  maxWords?: number;
  /** How many services families can use (closed ones not counted). */
  services?: number;
}

/**
 * The synonym groups as search matches them: each phrase normalised, and
 * each belonging to the first group that names it. Also used by the editor's
 * preview of the search words (cms/previews/SynonymsPreview.tsx).
 */
export function synonymPhraseGroups(synonymGroups: readonly SynonymGroupInput[]): SearchVocabulary['groups'] {
  const claimed = new Set<string>();
  const groups: SearchVocabulary['groups'] = [];
  for (const group of synonymGroups) {
    const canonical = group.canonical.trim();
    const phrases = [canonical, ...group.words].map((p) => words(p).join(' ')).filter((p) => p && !claimed.has(p));
    phrases.forEach((p) => claimed.add(p));
    if (phrases.length) groups.push({ canonical, phrases: [...new Set(phrases)] });
  }
  return groups;
}

const isWordWorthKeeping = (w: string) => w.length >= 4 && !/^\d+$/.test(w) && isContentWord(w);

/**
 * Builds the search vocabulary from the site's content and the synonym
 * groups. Pure and deterministic: the server and the static JSON for
 * browsers call it with the same content and get the same answer.
 *
 * Keywords are a special case: navigators add misspellings such as "speach"
 * so that the old directory found them. A keyword that is one or two letters
 * away from a more common word in the text is left out, so that search
 * corrects it ("Showing results for speech") instead of trusting it.
 */
export function buildSearchVocabulary({ documents, synonymGroups, maxWords = 6000, services = 0 }: VocabularyInput): SearchVocabulary {
  const textCount = new Map<string, number>();
  const keywordCount = new Map<string, number>();
  const countInto = (counts: Map<string, number>, texts: string[]) => {
    for (const w of new Set(texts.flatMap(words))) if (isWordWorthKeeping(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  };
  const stemFrequency = new Map<string, number>();
  const shortWords = new Set<string>();
  for (const doc of documents) {
    countInto(textCount, doc.text);
    countInto(keywordCount, doc.keywords ?? []);
    if (!doc.openService) continue;
    const docWords = new Set([...doc.text, ...(doc.keywords ?? [])].flatMap(words));
    for (const s of new Set([...docWords].map(stem))) stemFrequency.set(s, (stemFrequency.get(s) ?? 0) + 1);
    for (const w of docWords) if (w.length < 4 && /[a-z]/.test(w) && isContentWord(w)) shortWords.add(w);
  }

  const groups = synonymPhraseGroups(synonymGroups);
  const claimed = groups.flatMap((g) => g.phrases);
  const protectedWords = new Set([...claimed].flatMap((p) => p.split(' ')).filter(isWordWorthKeeping));

  const textWords = [...textCount.keys()].sort();
  const textSet = wordSet(textWords);
  const looksLikeMisspelling = (w: string) =>
    wordsNear(textSet, w, allowedEdits(w)).some(
      (v) => v !== w && stem(v) !== stem(w) && editDistance(v, w) <= allowedEdits(w) && (textCount.get(v) ?? 0) >= (keywordCount.get(w) ?? 0),
    );

  const count = new Map(textCount);
  for (const [w, n] of keywordCount) {
    if (textCount.has(w)) count.set(w, (count.get(w) ?? 0) + n);
    else if (protectedWords.has(w) || !looksLikeMisspelling(w)) count.set(w, n);
  }
  for (const w of protectedWords) count.set(w, Math.max(count.get(w) ?? 0, 1));

  const byCommonness = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const room = Math.max(0, maxWords - protectedWords.size);
  const kept = new Set([...byCommonness.filter((w) => !protectedWords.has(w)).slice(0, room), ...protectedWords]);
  const list = byCommonness.filter((w) => kept.has(w));
  const short = [...shortWords].sort();
  return {
    words: list,
    groups,
    services,
    frequencies: list.map((w) => stemFrequency.get(stem(w)) ?? 0),
    shortWordFrequencies: short.map((w) => [w, stemFrequency.get(stem(w))!]),
  };
}
