import readability from 'text-readability';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * Reading age checks. Families reading the Local Offer are often tired and
 * worried, and many read English as a second language; GOV.UK aims for a
 * reading age of 9. We use the Flesch-Kincaid grade from text-readability
 * (a port of Python's textstat): US school grade, so grade 9 is about age 14.
 */
export const MAX_GRADE = 9;

const proseTags = new Set(['p', 'li', 'td', 'dd', 'blockquote']);

/**
 * The prose a reader reads, from sanitised HTML, as sentences. Headings are
 * left out (they are labels, not sentences), and each paragraph, list item
 * and table cell counts as its own sentence, as a reader takes it. Without
 * this, a bulleted list with no full stops would score as one long sentence.
 */
export function proseFromHtml(html: string): string {
  const doc = parseDocument(html);
  const blocks = DomUtils.findAll((el) => proseTags.has(el.name) && !DomUtils.findOne((c) => proseTags.has(c.name), el.children), doc.children);
  return blocks
    .map((el) => sentence(DomUtils.textContent(el)))
    .filter(Boolean)
    .join(' ');
}

/** One block of text as a sentence: tidy spaces, a capital first letter and a full stop at the end. */
export function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return '';
  const capital = t.charAt(0).toLocaleUpperCase('en-GB') + t.slice(1);
  return /[.!?:]["'”’)]*$/.test(capital) ? capital.replace(/:$/, '.') : `${capital}.`;
}

/** Flesch-Kincaid grade of some prose (higher is harder). */
export function readingGrade(prose: string): number {
  return readability.fleschKincaidGrade(prose);
}

export interface ReadabilityItem {
  /** What a content editor calls it, e.g. "Information page: Short breaks". */
  name: string;
  /** The file to change. */
  file: string;
  prose: string;
}
export interface ReadabilityResult extends ReadabilityItem {
  grade: number;
  tooHard: boolean;
}

/** Scores each item, hardest first. */
export function readabilityReport(items: readonly ReadabilityItem[], maxGrade = MAX_GRADE): ReadabilityResult[] {
  return items
    .map((item) => {
      const grade = readingGrade(item.prose);
      return { ...item, grade, tooHard: grade > maxGrade };
    })
    .sort((a, b) => b.grade - a.grade);
}

/** The report as lines of text, naming what to rewrite. */
export function formatReport(results: readonly ReadabilityResult[], maxGrade = MAX_GRADE): string {
  const hard = results.filter((r) => r.tooHard);
  const lines = [`Reading age check: ${hard.length} of ${results.length} above Flesch-Kincaid grade ${maxGrade}.`];
  for (const r of hard) lines.push(`  grade ${r.grade.toFixed(1).padStart(4)}  ${r.name} (${r.file})`);
  return lines.join('\n');
}
