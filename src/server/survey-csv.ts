import { stringify } from 'csv-stringify/sync';
import type { SurveyDefinition } from '../schemas/survey';
import type { StoredSurveyResponse } from './survey-responses';

/**
 * Neutralises spreadsheet formulas (CSV injection, OWASP): a cell starting
 * with = + - @ tab or carriage return is run as a formula by Excel, so it gets
 * a leading apostrophe, which Excel shows as text. Typed answers cannot start
 * with markup, but they can start with "=" or "-".
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Every response to a survey as CSV: one row per response, one column per
 * question (headed by its short name), several choices joined with "; ".
 * Starts with a byte order mark so Excel reads it as UTF-8.
 */
export function surveyResponsesCsv(survey: SurveyDefinition, responses: StoredSurveyResponse[]): string {
  const header = ['Reference', 'Sent (UTC)', ...survey.questions.map((q) => q.shortName)];
  const rows = responses.map((r) => [
    r.reference,
    r.submittedAt.slice(0, 16).replace('T', ' '),
    ...survey.questions.map((q) => {
      const answer = r.answers[q.id];
      if (answer === undefined) return '';
      return Array.isArray(answer) ? answer.join('; ') : String(answer);
    }),
  ]);
  return (
    '\uFEFF' +
    stringify(
      [header, ...rows].map((row) => row.map(safeCell)),
      { record_delimiter: 'windows', quoted_match: /[\n\r",;]/ },
    )
  );
}
