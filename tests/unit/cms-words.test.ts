import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { configPath } from '../../cms/build-config';
import { localeChanges } from '../../cms/locale-changes';

// Labels and hints are for navigators (issue 19, item 7): words a developer
// would write ("Href", "ORUK cost_option", "see README") fail the build.

/** Developer words and what to write instead. Each is a pattern that must not appear in any label, hint or description. */
const developerWords: [RegExp, string][] = [
  [/\bhref\b/i, 'say "link to" or "page address"'],
  [/\bcanonical\b/i, 'say "the words this site uses"'],
  [/\b[a-z]+_[a-z_]+\b/, 'a file or API name (state_province, cost_option)'],
  [/\b[a-z]+[A-Z][a-zA-Z]*\b/, 'a field name as written in the file (statusNote, ageRange)'],
  [/\bORUK\b|Open Referral/, 'say "open data"'],
  [/\bnpm\b|README|`/, 'commands and developer documents'],
  [/\.md\b|content\/|public\/|file name/i, 'file names and folders'],
  [/\bTrue when\b|\bfalse means\b|\bboolean\b|\benum\b|\bschema\b|\bslug\b|\bfrontmatter\b|\bYAML\b|\bJSON\b|WebVTT|\bUTC\b/, 'code words'],
  [/\bURL\b|\burl\b/, 'say "web address" or "page"'],
  [/\(optional\)/i, 'Decap adds "(optional)" itself'],
  [/\bGOV\.UK hint\b|\bSchedule 2\b|\bCode of Practice 6\.\d+/, 'references a navigator need not look up'],
  [/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, 'a date as the file stores it: the editor shows UK dates'],
  [/\bNew Post\b/, "Decap's blog words"],
];

type Node = Record<string, unknown>;
const config = load(fs.readFileSync(configPath, 'utf8')) as Node;

/**
 * The "Your own wording" hints quote what the site says (such as the page feedback's "What were
 * you looking for? (optional)"): those are the site's words for families, not the editor's, so the
 * quotation is left out of the check.
 */
const withoutSiteWording = (text: string) => text.replace(/(Leave empty to keep the site's wording: )"[^"]*"/, '$1"…"');

/** Every label, hint and description a navigator can read in the editor, with where it is. */
function navigatorWords(node: unknown, where: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n, i) => navigatorWords(n, `${where}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const n = node as Node;
    const here = typeof n.name === 'string' ? `${where} > ${n.name}` : where;
    for (const key of ['label', 'label_singular', 'hint', 'description'])
      if (typeof n[key] === 'string') out.push([`${here} (${key})`, withoutSiteWording(n[key] as string)]);
    for (const [key, value] of Object.entries(n)) if (typeof value === 'object' && key !== 'backend' && key !== 'pattern') navigatorWords(value, here, out);
  }
  return out;
}

/** Every phrase of Decap's interface, as we register it. */
function phrases(node: unknown, where = '', out: [string, string][] = []): [string, string][] {
  if (typeof node === 'string') out.push([where, node]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) phrases(v, where ? `${where}.${k}` : k, out);
  return out;
}

describe('words in the editor', () => {
  const words = navigatorWords(config.collections, 'collections');

  it('reads every label and hint of every collection', () => {
    expect(words.length).toBeGreaterThan(400);
  });

  for (const [pattern, why] of developerWords) {
    it(`has no ${pattern} in labels or hints (${why})`, () => {
      expect(words.filter(([, text]) => pattern.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    });
  }

  it('says "Create new", not Decap\'s "New Post", on the Workflow board', () => {
    const ours = phrases(localeChanges);
    expect(ours.find(([where]) => where === 'workflow.workflow.newPost')?.[1]).toBe('Create new');
    expect(ours.filter(([, text]) => /\bposts?\b/i.test(text))).toEqual([]);
  });

  it('fails on a developer word, so the check can catch one', () => {
    const planted = navigatorWords([{ name: 'href', label: 'Href', hint: 'Price for open data (ORUK cost_option).' }], 'test');
    expect(developerWords.filter(([pattern]) => planted.some(([, text]) => pattern.test(text))).length).toBeGreaterThanOrEqual(3);
  });
});
