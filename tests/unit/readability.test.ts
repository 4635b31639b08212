import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';
import { MAX_GRADE, formatReport, proseFromHtml, readabilityReport, readingGrade, sentence, type ReadabilityItem } from '../../src/lib/readability';
import { readMarkdownFolder } from './read-content';

// Reading age: GOV.UK writes for a reading age of 9, and the Code of Practice
// asks for a Local Offer that is easy to understand and jargon-free. The report
// names every service summary and page above Flesch-Kincaid grade 9 so editors
// know what to rewrite. Service summaries come from providers, so they are
// reported, not failed; the information pages are ours, so they must pass.
const withSummary = (folder: string, kind: string, title: string, summary: string): ReadabilityItem[] =>
  readMarkdownFolder(folder).map((f) => ({
    name: `${kind}: ${f.data[title]}`,
    file: f.file,
    prose: [sentence(String(f.data[summary])), proseFromHtml(renderMarkdown(f.body))].join(' ').trim(),
  }));

const informationPages = withSummary('content/pages', 'Information page', 'title', 'summary');
const serviceSummaries: ReadabilityItem[] = readMarkdownFolder('content/services').map((f) => ({
  name: `Service summary: ${f.data.name}`,
  file: f.file,
  prose: sentence(String(f.data.summary)),
}));
const ourOtherWriting = [
  ...withSummary('content/news', 'News', 'title', 'summary'),
  ...withSummary('content/events', 'Event', 'title', 'summary'),
  ...readMarkdownFolder('content/glossary').map((f) => ({ name: `Jargon buster: ${f.data.term}`, file: f.file, prose: sentence(String(f.data.meaning)) })),
];

describe('reading age', () => {
  it('scores plain English low and dense officialese high, so the check can catch hard text', () => {
    expect(readingGrade('Your child can get help at school. Ask the teacher. You do not need a diagnosis.')).toBeLessThan(5);
    expect(
      readingGrade(
        'Notwithstanding the aforementioned statutory considerations, the local authority shall determine the appropriateness of commissioning specialist educational provision following consultation with relevant multidisciplinary professionals.',
      ),
    ).toBeGreaterThan(MAX_GRADE);
  });

  it('reads each list item as its own sentence, the way a reader takes a list', () => {
    expect(proseFromHtml('<h2>Who can ask</h2><ul><li>you, as a parent</li><li>your child’s school</li></ul><p>Ask now:</p>')).toBe(
      'You, as a parent. Your child’s school. Ask now.',
    );
  });

  it('reports every service summary and information page above grade 9, by name', () => {
    const results = readabilityReport([...informationPages, ...serviceSummaries, ...ourOtherWriting]);
    const report = formatReport(results);
    fs.mkdirSync('tests/.output', { recursive: true });
    fs.writeFileSync('tests/.output/readability-report.txt', report + '\n');
    console.log(report);
    expect(results).toHaveLength(informationPages.length + serviceSummaries.length + ourOtherWriting.length);
    for (const r of results.filter((x) => x.tooHard)) expect(report).toContain(r.name);
    expect(informationPages.length).toBeGreaterThanOrEqual(10);
  });

  it('keeps every information page we wrote at grade 9 or below', () => {
    const tooHard = readabilityReport(informationPages).filter((r) => r.tooHard);
    expect(tooHard.map((r) => `${r.name} (${r.file}): grade ${r.grade}`)).toEqual([]);
  });
});
