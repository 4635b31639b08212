import { describe, expect, it } from 'vitest';
import { buildSearchVocabulary } from '../../src/lib/search/vocabulary';
import { planSearch, prepareVocabulary } from '../../src/lib/search/rewrite';
import { wordFamilies } from '../../src/lib/search/word-family';
import { conceptCoverage, countFields, rankCandidates, rankTerms, roughCandidates, scoreService, type RankFields } from '../../src/lib/search/ranking';

// The general parts of ranking both search paths share (ranking.ts): the
// query's ideas, other forms of a word, stop words, and how candidates are
// chosen from what each engine found word by word.

const vocabulary = prepareVocabulary(
  buildSearchVocabulary({
    documents: [
      { text: ['Help for children who find it hard to go to school because of anxiety'], openService: true },
      { text: ['Autism assessment for children who may be autistic'], openService: true },
      { text: ['School nurses: talk to a nurse at school in private'], openService: true },
      { text: ['Speech and language therapy in school for children who find it hard to talk'], openService: true },
      { text: ['Careers advice, and support for carers and the people they care for'], openService: true },
      { text: ['Day nurseries for young children'], openService: true },
    ],
    synonymGroups: [{ canonical: 'speech and language therapy', words: ['talking', 'speech therapy'] }],
    services: 6,
  }),
);

const fields = (text: string): RankFields => ({ name: '', keywords: '', summary: '', labels: '', page: text });
const idf = () => 1;

describe('other forms of a word', () => {
  const families = wordFamilies(['anxiety', 'autism', 'autistic', 'careers', 'carers', 'care', 'nursery', 'nurse', 'school']);

  it('joins a word to its family as services write it', () => {
    expect(families.relatedForms('anxious')).toEqual(['anxiety']);
    expect(families.relatedForms('autistic')).toEqual(['autism']);
    expect(families.relatedForms('autism')).toEqual(['autistic']);
  });

  it('keeps apart words that only look alike, and words for a person', () => {
    expect(families.relatedForms('nurse')).toEqual([]);
    expect(families.relatedForms('carer')).toEqual([]);
    expect(families.relatedForms('care')).toEqual([]);
  });

  it('are searched for as a lesser alternative to the word typed', () => {
    const plan = planSearch('anxious about school', vocabulary);
    expect(plan.related).toEqual([{ word: 'anxious', forms: ['anxiety'] }]);
    const terms = rankTerms(plan);
    const typed = scoreService(terms, countFields(fields('anxious about school')), idf);
    const otherForm = scoreService(terms, countFields(fields('anxiety about school')), idf);
    expect(otherForm).toBeGreaterThan(0);
    expect(otherForm).toBeLessThan(typed);
  });

  it('are not used when the words are searched exactly as typed', () => {
    expect(planSearch('anxious', vocabulary, { exact: true }).related).toEqual([]);
  });
});

describe('the ideas of a query', () => {
  it('let a synonym widen one word without outweighing the rest of the sentence', () => {
    const plan = planSearch('nurse at school to talk to', vocabulary);
    expect(plan.concepts).toEqual([[['nurse']], [['school']], [['talk'], ['speech', 'language', 'therapy']]]);
    const terms = rankTerms(plan);
    const nurse = countFields(fields('School nurses: talk to a nurse at school in private'));
    const therapy = countFields(fields('Speech and language therapy in school for children who find it hard to talk'));
    expect(conceptCoverage(terms, idf, (s) => nurse.counts.page.has(s))).toBe(1);
    expect(conceptCoverage(terms, idf, (s) => therapy.counts.page.has(s))).toBeCloseTo(2 / 3);
    expect(scoreService(terms, nurse, idf)).toBeGreaterThan(scoreService(terms, therapy, idf));
  });

  it('leave out words no service has, so one unknown word does not sink the rest', () => {
    const terms = rankTerms(planSearch('school flobbergust', vocabulary));
    const known = (s: string) => (s === 'school' ? 1 : 0);
    expect(conceptCoverage(terms, known, (s) => s === 'school')).toBe(1);
  });

  it('leave out words that mean nothing in a search, on both paths alike', () => {
    expect(planSearch('my son has only just started school', vocabulary).searches).toEqual([['started', 'school']]);
  });
});

describe('choosing candidates from what each engine found', () => {
  it('orders them the same way from word-by-word hits, whatever scale the engine scores on', () => {
    const terms = rankTerms(planSearch('nurse school', vocabulary));
    const runs = (scale: number) => [
      {
        word: 'nurse',
        hits: [
          { id: 'a', item: 'a', score: 3 * scale },
          { id: 'b', item: 'b', score: 1 * scale },
        ],
      },
      {
        word: 'school',
        hits: [
          { id: 'a', item: 'a', score: 2 * scale },
          { id: 'c', item: 'c', score: 2 * scale },
        ],
      },
    ];
    const order = (scale: number) =>
      roughCandidates(runs(scale), terms, idf)
        .sort((x, y) => y.roughScore - x.roughScore)
        .map((c) => c.item);
    expect(order(1)).toEqual(['a', 'c', 'b']);
    expect(order(40)).toEqual(order(1));
  });

  it('lists unscored candidates beyond the shortlist only when the whole shortlist made the cut', async () => {
    const terms = rankTerms(planSearch('nurse', vocabulary));
    const texts: Record<string, string> = { a: 'nurse nurse', b: 'nurse', c: 'a page with other words', d: 'more', e: 'more' };
    const candidates = ['a', 'b', 'c', 'd', 'e'].map((item, i) => ({ item, roughScore: 10 - i }));
    const fieldsOf = async (items: string[]) => items.map((i) => fields(texts[i]));
    // "c" is shortlisted but scores nothing: "d" and "e", rated lower still, are not listed.
    expect(await rankCandidates(candidates, 3, fieldsOf, terms, idf)).toEqual(['a', 'b']);
    // Every shortlisted candidate matched: those beyond follow, in the engine's order.
    expect(await rankCandidates(candidates, 2, fieldsOf, terms, idf)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
