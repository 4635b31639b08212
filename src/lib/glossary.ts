/**
 * The jargon buster's rules in one place: which words a term goes by, which of
 * them pages explain, how an acronym is written out, and the A to Z grouping.
 * Search takes its synonyms from here too, so there is one list, not two.
 */

/** The parts of a glossary entry these rules need (the content's frontmatter plus its file name). */
export interface GlossaryWords {
  term: string;
  alsoKnownAs: readonly string[];
}
export interface GlossaryEntry extends GlossaryWords {
  /** File name without .md; the entry's anchor on the A to Z page. */
  slug: string;
  meaning: string;
}

/**
 * Synonym groups for the search vocabulary: each term with every other word
 * families use for it (acronyms and everyday words), without repeats. The
 * canonical word is the term as written in the glossary.
 */
export function glossarySynonymGroups(terms: readonly GlossaryWords[]): { canonical: string; words: string[] }[] {
  return terms.map(({ term, alsoKnownAs }) => {
    const seen = new Set([term.toLocaleLowerCase('en-GB')]);
    const words: string[] = [];
    for (const word of alsoKnownAs.map((w) => w.trim())) {
      const key = word.toLocaleLowerCase('en-GB');
      if (!word || seen.has(key)) continue;
      seen.add(key);
      words.push(word);
    }
    return { canonical: term, words };
  });
}

/**
 * Every group search matches, in the order it claims phrases: the navigators'
 * search words first, then the jargon buster's. Search says "Showing results
 * for <canonical>" mid-sentence, so glossary terms are written in lower case there.
 */
export function searchSynonymGroups(
  searchWords: readonly { canonical: string; words: string[] }[],
  terms: readonly GlossaryWords[],
): { canonical: string; words: string[] }[] {
  return [...searchWords, ...glossarySynonymGroups(terms).map((g) => ({ ...g, canonical: g.canonical.toLowerCase() }))];
}

/** "EHCP", "SENCo", "SpLD": one word with at least two capital letters. */
export function isAcronym(word: string): boolean {
  return !/\s/.test(word) && (word.match(/[A-Z]/g) ?? []).length >= 2;
}

/**
 * The words that get explained where a page uses them: the term itself, and
 * any also-known-as word written with a capital (acronyms such as EHCP, names
 * such as "EHC plan"). Lower-case everyday words ("statement", "respite") only
 * help search: linking every "plan" or "break" on a page would be noise.
 */
export function explainedNames(entry: GlossaryWords): string[] {
  return [entry.term, ...entry.alsoKnownAs.filter((w) => /[A-Z]/.test(w))];
}

/** The short forms a page lists after the term ("Education, Health and Care plan (EHCP)"): its explained names that are acronyms. */
export function shortForms(entry: GlossaryWords): string[] {
  return explainedNames(entry).filter(isAcronym);
}

/**
 * The term as it reads in the middle of a sentence: "special educational
 * needs coordinator", but "Education, Health and Care plan" and "Disability
 * Living Allowance" keep their capitals because later words have them too.
 */
export function termMidSentence(term: string): string {
  const laterWords = term.split(/\s+/).slice(1);
  const isName = laterWords.some((w) => /^[A-Z]/.test(w));
  return isName || isAcronym(term.split(/\s+/)[0]) ? term : term.charAt(0).toLocaleLowerCase('en-GB') + term.slice(1);
}

/** Sorts entries A to Z by term, the way the A to Z page lists them. */
export function sortGlossary<T extends GlossaryWords>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en-GB', { sensitivity: 'base' }));
}

/** Every letter A to Z with the entries starting with it (empty letters included, so the jump list is complete). */
export function groupByLetter<T extends GlossaryWords>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const sorted = sortGlossary(entries);
  return 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('').map((letter) => ({
    letter,
    entries: sorted.filter((e) => e.term.charAt(0).toLocaleUpperCase('en-GB') === letter),
  }));
}

/**
 * Every acronym with the entry it belongs to, A to Z, so the A to Z can list
 * "EHCP" under E even though the entry is "Education, Health and Care plan".
 */
export function acronymIndex<T extends GlossaryEntry>(entries: readonly T[]): { acronym: string; entry: T }[] {
  return entries
    .flatMap((entry) => entry.alsoKnownAs.filter(isAcronym).map((acronym) => ({ acronym, entry })))
    .filter((a, i, all) => all.findIndex((b) => b.acronym.toUpperCase() === a.acronym.toUpperCase()) === i)
    .sort((a, b) => a.acronym.localeCompare(b.acronym, 'en-GB', { sensitivity: 'base' }));
}
