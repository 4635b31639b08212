import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { buildSearchVocabulary } from '../../src/lib/search/vocabulary';
import { synonymListSchema } from '../../src/schemas/synonyms';
import { loadSearchContent } from '../support/search-content';

describe('the search vocabulary', () => {
  it('leaves out keywords that look like misspellings of words in the text', () => {
    const { words } = buildSearchVocabulary({
      documents: [{ text: ['Speech therapy and swimming'], keywords: ['speach', 'swiming', 'makaton'] }],
      synonymGroups: [],
    });
    expect(words).toEqual(expect.arrayContaining(['speech', 'swimming', 'makaton']));
    expect(words).not.toContain('speach');
    expect(words).not.toContain('swiming');
  });

  it('always keeps the words of synonym groups, even on a very large area', () => {
    const documents = Array.from({ length: 50 }, (_, i) => ({ text: [`service number${i} word${i}`] }));
    const { words } = buildSearchVocabulary({ documents, synonymGroups: [{ canonical: 'short breaks', words: ['respite'] }], maxWords: 10 });
    expect(words).toHaveLength(10);
    expect(words).toEqual(expect.arrayContaining(['short', 'breaks', 'respite', 'service']));
  });

  it('lists the commonest words first, so corrections prefer them', () => {
    const { words } = buildSearchVocabulary({ documents: [{ text: ['autism club'] }, { text: ['autism group'] }], synonymGroups: [] });
    expect(words[0]).toBe('autism');
  });

  it('gives a phrase to the first group that names it (the glossary can be added after the synonyms file)', () => {
    const { groups } = buildSearchVocabulary({
      documents: [],
      synonymGroups: [
        { canonical: 'Education, Health and Care plan', words: ['EHCP', 'statement'] },
        { canonical: 'EHC plan', words: ['EHCP', 'plan'] },
      ],
    });
    expect(groups).toEqual([
      { canonical: 'Education, Health and Care plan', phrases: ['education health and care plan', 'ehcp', 'statement'] },
      { canonical: 'EHC plan', phrases: ['ehc plan', 'plan'] },
    ]);
  });

  it('comes out the same every time from the same content (server and browser agree)', () => {
    expect(JSON.stringify(loadSearchContent().vocabulary)).toBe(JSON.stringify(loadSearchContent().vocabulary));
  });

  it('stays small enough to send to a phone for the demo area', () => {
    const bytes = JSON.stringify(loadSearchContent().vocabulary).length;
    expect(bytes).toBeLessThan(40_000);
  });
});

describe('the synonyms file navigators edit', () => {
  it('is valid and covers the words parents use most', () => {
    const list = synonymListSchema.parse(load(fs.readFileSync('content/search/synonyms.yaml', 'utf8')));
    const all = list.groups.flatMap((g) => g.words.map((w) => w.toLowerCase()));
    for (const word of ["won't go to school", 'respite', 'statement', 'speech therapy', 'diagnosis', 'dla']) expect(all).toContain(word);
  });

  it('refuses a phrase in two groups, naming the phrase and the other group', () => {
    const result = synonymListSchema.safeParse({
      groups: [
        { canonical: 'short breaks', words: ['respite'] },
        { canonical: 'carers assessment', words: ['Respite', 'carer break'] },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['groups', 1, 'words', 0]);
    expect(result.error?.issues[0].message).toBe('"Respite" is already in the group for "short breaks": keep it in one group only');
  });

  it('refuses the same word twice in one group (issue 19), however it is capitalised', () => {
    const result = synonymListSchema.safeParse({ groups: [{ canonical: 'short breaks', words: ['respite', 'time off', 'Respite'] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([[['groups', 0, 'words', 2], '"Respite" is in this group twice: keep it once']]);
  });

  it('refuses a group with no words, in plain English', () => {
    const result = synonymListSchema.safeParse({ groups: [{ canonical: 'short breaks', words: [] }] });
    expect(result.error?.issues[0].message).toBe('add at least one word or phrase parents use');
  });
});
