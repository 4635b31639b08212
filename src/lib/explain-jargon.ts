import { DomUtils, parseDocument } from 'htmlparser2';
import { explainedNames, isAcronym, termMidSentence, type GlossaryEntry } from './glossary';

/**
 * Explains jargon where a page first uses it, after the Markdown has been
 * sanitised (src/lib/markdown.ts), so it only ever adds our own links.
 *
 * - The first use of each glossary term on a page becomes a link to its
 *   meaning in the page's "Words used on this page" list. The link's text is
 *   the page's own words, so a screen reader reads the sentence unchanged,
 *   and the explanation is on the same page (and on paper when printed).
 * - An acronym used before its meaning gets written out: "EHCP" becomes
 *   "Education, Health and Care plan (EHCP)". If the writer already explains
 *   it in brackets ("ADHD (attention deficit...)") it is left alone.
 * - Headings, existing links and abbreviations are never changed.
 *
 * One explainer covers one page: it remembers what it has explained across
 * calls, so a term explained in the summary is not explained again below it.
 */
export interface JargonExplainer {
  /** Explains first uses in sanitised HTML. */
  html(html: string): string;
  /** Explains first uses in plain text (escaping it), returning HTML. */
  text(text: string): string;
  /** Entries explained so far, in the order the page first uses them. */
  used(): GlossaryEntry[];
}

/** The id of a term's meaning in the page's "Words used on this page" list. */
export const meaningId = (slug: string) => `meaning-${slug}`;

const skippedTags = new Set(['a', 'abbr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'th', 'script', 'style']);
const blockTags = new Set(['p', 'li', 'td', 'dd', 'dt', 'blockquote', 'div', 'body']);

interface Name {
  words: string;
  entry: GlossaryEntry;
  acronym: boolean;
}
interface Match {
  index: number;
  text: string;
  name: Name;
  /** The match ends in a plural "s" or a possessive "'s". */
  inflected: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Spaces in a term match any run of white space; straight and curly apostrophes match each other.
const pattern = (words: string) => escapeRegExp(words).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");

/** Builds the matchers once per glossary; pages then share them. */
function matchers(entries: readonly GlossaryEntry[]) {
  const names: Name[] = entries.flatMap((entry) => explainedNames(entry).map((words) => ({ words: words.trim(), entry, acronym: isAcronym(words.trim()) })));
  const byKey = new Map<string, Name>();
  for (const n of names) byKey.set(n.acronym ? n.words : n.words.toLocaleLowerCase('en-GB'), n);
  // Longest first, so "SEN support" wins over "SEN" and "SEND Information, Advice and Support Service" over "SEND".
  const alternation = (list: Name[]) =>
    list
      .map((n) => pattern(n.words))
      .sort((a, b) => b.length - a.length)
      .join('|');
  const build = (list: Name[], flags: string) => (list.length ? new RegExp(`(?<![\\w-])(${alternation(list)})((?:['’]s|s)?)(?![\\w-])`, flags) : undefined);
  const lookup = (text: string, acronym: boolean) =>
    byKey.get(acronym ? text : text.replace(/\s+/g, ' ').replace(/’/g, "'").toLocaleLowerCase('en-GB')) ??
    names.find((n) => n.acronym === acronym && new RegExp(`^${pattern(n.words)}$`, acronym ? '' : 'i').test(text));
  return {
    // Acronyms match exactly (OT, not "ot"); phrases match whatever the case.
    acronyms: build(
      names.filter((n) => n.acronym),
      'g',
    ),
    phrases: build(
      names.filter((n) => !n.acronym),
      'gi',
    ),
    lookup,
  };
}

function findMatches(text: string, m: ReturnType<typeof matchers>): Match[] {
  const found: Match[] = [];
  for (const [regex, acronym] of [
    [m.acronyms, true],
    [m.phrases, false],
  ] as const) {
    if (!regex) continue;
    for (const hit of text.matchAll(regex)) {
      const name = m.lookup(hit[1], acronym);
      if (name) found.push({ index: hit.index, text: hit[0], name, inflected: hit[2] !== '' });
    }
  }
  // Earliest first; at the same place the longer match wins; overlapping matches are dropped.
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: Match[] = [];
  for (const f of found) if (!kept.length || f.index >= kept[kept.length - 1].index + kept[kept.length - 1].text.length) kept.push(f);
  return kept;
}

/** True when the text before a match in its paragraph is empty or ends a sentence. */
function startsSentence(before: string): boolean {
  const t = before.trimEnd();
  return t === '' || /[.!?:]["'”’)]*$/.test(t);
}

const built = new WeakMap<readonly GlossaryEntry[], ReturnType<typeof matchers>>();

export function createJargonExplainer(entries: readonly GlossaryEntry[]): JargonExplainer {
  // Every page of a build shares one glossary array, so its matchers are built once.
  const m = built.get(entries) ?? matchers(entries);
  built.set(entries, m);
  const used: GlossaryEntry[] = [];
  const seen = new Set<string>();

  /** Rewrites one run of text, or returns undefined if nothing in it needs explaining. `before` is the paragraph's text so far. */
  function rewrite(text: string, before: string): string | undefined {
    let out = '';
    let last = 0;
    let changed = false;
    for (const match of findMatches(text, m)) {
      const { entry } = match.name;
      if (seen.has(entry.slug)) continue;
      seen.add(entry.slug);
      used.push(entry);
      changed = true;
      const following = text.slice(match.index + match.text.length);
      const alreadyExplained = /^\s*\(/.test(following);
      let words = match.text;
      if (match.name.acronym && !alreadyExplained) {
        const full = termMidSentence(entry.term);
        const atStart = startsSentence(before + text.slice(0, match.index));
        const written = atStart ? full.charAt(0).toLocaleUpperCase('en-GB') + full.slice(1) : full;
        // "EHCPs" or "SENCo's" cannot take "(EHCP)" after the full words, so say what they are short for instead.
        words = match.inflected ? `${match.text} (short for ${full})` : `${written} (${match.text})`;
      }
      out += escapeHtml(text.slice(last, match.index)) + `<a href="#${meaningId(entry.slug)}" class="app-glossary-link">${escapeHtml(words)}</a>`;
      last = match.index + match.text.length;
    }
    return changed ? out + escapeHtml(text.slice(last)) : undefined;
  }

  function explainHtml(html: string): string {
    const doc = parseDocument(html);
    const blockText = new Map<unknown, string>();
    const walk = (node: (typeof doc.children)[number], block: unknown) => {
      if (node.type === 'text') {
        const sofar = blockText.get(block) ?? '';
        const replacement = rewrite(node.data, sofar);
        blockText.set(block, sofar + node.data);
        if (replacement !== undefined) {
          for (const piece of [...parseDocument(replacement).children]) DomUtils.prepend(node, piece);
          DomUtils.removeElement(node);
        }
        return;
      }
      if (node.type !== 'tag') return;
      if (skippedTags.has(node.name)) {
        blockText.set(block, (blockText.get(block) ?? '') + DomUtils.textContent(node));
        return;
      }
      const inner = blockTags.has(node.name) ? node : block;
      for (const child of [...node.children]) walk(child, inner);
    };
    for (const node of [...doc.children]) walk(node, doc);
    return DomUtils.getOuterHTML(doc, { encodeEntities: 'utf8' });
  }

  return {
    html: explainHtml,
    text: (text) => rewrite(text, '') ?? escapeHtml(text),
    used: () => [...used],
  };
}
