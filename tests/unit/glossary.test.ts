import { describe, expect, it } from 'vitest';
import { createJargonExplainer } from '../../src/lib/explain-jargon';
import { explainedNames, glossarySynonymGroups, groupByLetter, termMidSentence, type GlossaryEntry } from '../../src/lib/glossary';
import { renderMarkdown } from '../../src/lib/markdown';
import { Map as ImmutableMap } from 'immutable';
import { glossaryFromEntries } from '../../cms/previews/use-glossary';

const entry = (slug: string, term: string, alsoKnownAs: string[] = []): GlossaryEntry => ({ slug, term, alsoKnownAs, meaning: `${term} explained.` });
const glossary = [
  entry('ehcp', 'Education, Health and Care plan', ['EHCP', 'EHC plan', 'statement', 'plan']),
  entry('senco', 'Special educational needs coordinator', ['SENCo', 'SENCO']),
  entry('send', 'Special educational needs and disabilities', ['SEND']),
  entry('sen-support', 'SEN support'),
  entry('sen', 'Special educational needs', ['SEN']),
  entry('sendiass', 'SEND Information, Advice and Support Service', ['SENDIASS', 'IASS']),
  entry('adhd', 'Attention deficit hyperactivity disorder', ['ADHD']),
  entry('ot', 'Occupational therapy', ['OT']),
  entry('annual-review', 'Annual review'),
  entry('carers-assessment', "Carer's assessment"),
];
const explain = (html: string) => createJargonExplainer(glossary).html(html);

describe('search synonyms from the glossary', () => {
  it('gives each term every other word families use for it, once', () => {
    const groups = glossarySynonymGroups([{ term: 'Short breaks', alsoKnownAs: ['respite', 'Respite', ' break ', 'short breaks'] }]);
    expect(groups).toEqual([{ canonical: 'Short breaks', words: ['respite', 'break'] }]);
  });
});

describe('which words a page explains', () => {
  it('explains the term, its acronyms and capitalised names, but not everyday words like "plan"', () => {
    expect(explainedNames(glossary[0])).toEqual(['Education, Health and Care plan', 'EHCP', 'EHC plan']);
  });
  it('writes terms in sentence case unless they are names', () => {
    expect(termMidSentence('Special educational needs coordinator')).toBe('special educational needs coordinator');
    expect(termMidSentence('Education, Health and Care plan')).toBe('Education, Health and Care plan');
    expect(termMidSentence('SEN support')).toBe('SEN support');
  });
  it('groups the A to Z by first letter, keeping empty letters', () => {
    const groups = groupByLetter(glossary);
    expect(groups).toHaveLength(26);
    expect(groups.find((g) => g.letter === 'S')!.entries.map((e) => e.slug)).toEqual(['sen-support', 'sendiass', 'sen', 'send', 'senco']);
    expect(groups.find((g) => g.letter === 'Z')!.entries).toEqual([]);
  });
});

describe('explaining jargon on a page', () => {
  it('links the first use of a term to its meaning and leaves later uses alone', () => {
    const html = explain('<p>Ask for an annual review. The annual review is yearly.</p>');
    expect(html).toBe('<p>Ask for an <a href="#meaning-annual-review" class="app-glossary-link">annual review</a>. The annual review is yearly.</p>');
  });

  it('writes out an acronym the first time, in GOV.UK style', () => {
    expect(explain('<p>Your child may need an EHCP. An EHCP is a legal document.</p>')).toBe(
      '<p>Your child may need an <a href="#meaning-ehcp" class="app-glossary-link">Education, Health and Care plan (EHCP)</a>. An EHCP is a legal document.</p>',
    );
  });

  it('starts the written-out words with a capital at the start of a sentence only', () => {
    expect(explain('<p>Talk to them. SENCo staff can help.</p>')).toContain(
      'Talk to them. <a href="#meaning-senco" class="app-glossary-link">Special educational needs coordinator (SENCo)</a> staff',
    );
    expect(explain('<p>Ask the SENCo.</p>')).toContain(
      'Ask the <a href="#meaning-senco" class="app-glossary-link">special educational needs coordinator (SENCo)</a>.',
    );
  });

  it('does not write an acronym out again when the writer already did', () => {
    expect(explain('<p>A Special Educational Needs Coordinator (SENCo) helps. The SENCo is a teacher.</p>')).toBe(
      '<p>A <a href="#meaning-senco" class="app-glossary-link">Special Educational Needs Coordinator</a> (SENCo) helps. The SENCo is a teacher.</p>',
    );
    expect(explain('<p>An ADHD (attention deficit hyperactivity disorder) assessment.</p>')).toBe(
      '<p>An <a href="#meaning-adhd" class="app-glossary-link">ADHD</a> (attention deficit hyperactivity disorder) assessment.</p>',
    );
  });

  it('handles plurals and possessives without breaking the grammar', () => {
    expect(explain('<p>Some EHCPs name a school.</p>')).toContain(
      '<a href="#meaning-ehcp" class="app-glossary-link">EHCPs (short for Education, Health and Care plan)</a> name',
    );
    expect(explain("<p>The SENCo's job.</p>")).toContain("SENCo's (short for special educational needs coordinator)</a> job");
  });

  it('prefers the longest name, so SEN support and SENDIASS are not read as SEN and SEND', () => {
    const html = explain('<p>SEN support comes first. The SEND Information, Advice and Support Service helps.</p>');
    expect(html).toContain('<a href="#meaning-sen-support" class="app-glossary-link">SEN support</a> comes first');
    expect(html).toContain('<a href="#meaning-sendiass" class="app-glossary-link">SEND Information, Advice and Support Service</a> helps');
    expect(html).not.toContain('meaning-send"');
  });

  it('matches acronyms exactly and phrases in any case, only as whole words', () => {
    const html = explain('<p>Got it? Not one bit. PLOT twist. Then OT and ANNUAL REVIEW.</p>');
    expect(html).toContain('<a href="#meaning-ot" class="app-glossary-link">occupational therapy (OT)</a>');
    expect(html).toContain('<a href="#meaning-annual-review" class="app-glossary-link">ANNUAL REVIEW</a>');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('matches curly and straight apostrophes alike', () => {
    expect(explain('<p>Ask for a carer’s assessment.</p>')).toContain('class="app-glossary-link">carer’s assessment</a>');
  });

  it('never changes headings, existing links or abbreviations', () => {
    const html = explain('<h2>Your EHCP</h2><p><a href="/x">EHCP help</a> and <abbr title="x">OT</abbr></p><p>An EHCP.</p>');
    expect(html).toContain('<h2>Your EHCP</h2>');
    expect(html).toContain('<a href="/x">EHCP help</a>');
    expect(html).toContain('<abbr title="x">OT</abbr>');
    expect(html).toContain('<p>An <a href="#meaning-ehcp"');
  });

  it('keeps text safe: escapes characters and adds nothing but its own links', () => {
    const html = explain(renderMarkdown('An EHCP & <script>alert(1)</script> "quotes" café'));
    expect(html).not.toContain('<script');
    expect(html).toContain('&amp;');
    expect(html).toContain('café');
  });

  it('explains a term once across the parts of one page, and lists what it explained in order', () => {
    const page = createJargonExplainer(glossary);
    const summary = page.text('Help for children with an EHCP & their SENCo.');
    const body = page.html('<p>Your EHCP names a school. Ask for an annual review.</p>');
    expect(summary).toContain('Education, Health and Care plan (EHCP)');
    expect(summary).toContain('&amp;');
    expect(body).not.toContain('meaning-ehcp');
    expect(page.used().map((e) => e.slug)).toEqual(['ehcp', 'senco', 'annual-review']);
  });

  it('leaves text with no glossary words exactly as it was', () => {
    expect(explain('<p>Nothing to explain here.</p>')).toBe('<p>Nothing to explain here.</p>');
    expect(createJargonExplainer(glossary).text('Plain & simple')).toBe('Plain &amp; simple');
  });
});

describe('the jargon buster in the editor preview', () => {
  // Decap's getCollection gives each entry as an Immutable map holding the file's data as read by cms/formats.ts.
  const decapEntry = (slug: string, data: Record<string, unknown>) => ImmutableMap({ slug, data: { ...data, body: 'More.', __fileSource: 'term: x\n' } });

  it('reads the entries as the site does: checked by the schema, defaults filled in, A to Z', () => {
    const entries = glossaryFromEntries([
      decapEntry('send', {
        term: 'Special educational needs and disabilities',
        meaning: 'Needs that make learning harder than for most children.',
        alsoKnownAs: ['SEND'],
      }),
      decapEntry('annual-review', { term: 'Annual review', meaning: 'A yearly meeting to check an EHC plan is still right.' }),
      decapEntry('half-written', { term: 'X' }),
    ]);
    expect(entries).toEqual([
      { slug: 'annual-review', term: 'Annual review', meaning: 'A yearly meeting to check an EHC plan is still right.', alsoKnownAs: [], related: [] },
      {
        slug: 'send',
        term: 'Special educational needs and disabilities',
        meaning: 'Needs that make learning harder than for most children.',
        alsoKnownAs: ['SEND'],
        related: [],
      },
    ]);
    expect(createJargonExplainer(entries).text('Support for SEND.')).toBe(
      'Support for <a href="#meaning-send" class="app-glossary-link">special educational needs and disabilities (SEND)</a>.',
    );
  });
});
