import crypto from 'node:crypto';
import { addMonths, type FormsDatabase } from './database';
import type { SurveyAnswers } from './survey-validation';

/** One stored survey response as the officer view and the CSV export see it. */
export interface StoredSurveyResponse {
  reference: string;
  submittedAt: string;
  answers: SurveyAnswers;
}

// Crockford's base32 without I, L, O, U: nothing to misread when a parent reads the reference over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference such as "NB-7K3D-9QXP": 40 random bits, shown on the confirmation page. */
export function newReference(): string {
  const bytes = crypto.randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[bytes[i] % 32];
  return `NB-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const referencePattern = /^NB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * Stores a response once per form token. A second post with the same token
 * (a double click, or the back button and send again) stores nothing and gets
 * the first response's reference, so the person sees the same confirmation.
 */
export function saveSurveyResponse(
  database: FormsDatabase,
  response: { survey: string; formToken: string; answers: SurveyAnswers; keepForMonths: number },
  now = new Date(),
): Promise<{ reference: string; alreadySaved: boolean }> {
  return database.write((db) => {
    const existing = db.prepare('SELECT reference FROM survey_response WHERE form_token = ?').get(response.formToken) as { reference: string } | undefined;
    if (existing) return { reference: existing.reference, alreadySaved: true };
    const insert = db.prepare(
      'INSERT OR IGNORE INTO survey_response (survey, reference, form_token, submitted_at, delete_after, answers) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const answers = JSON.stringify(response.answers);
    const submittedAt = now.toISOString();
    const deleteAfter = addMonths(now, response.keepForMonths).toISOString();
    // The only other unique column is the reference: on the rare clash, draw again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference();
      if (insert.run(response.survey, reference, response.formToken, submittedAt, deleteAfter, answers).changes === 1)
        return { reference, alreadySaved: false };
    }
    throw new Error('Could not find an unused reference number.');
  });
}

export function responseExists(database: FormsDatabase, survey: string, reference: string): boolean {
  return Boolean(database.db.prepare('SELECT 1 FROM survey_response WHERE survey = ? AND reference = ?').get(survey, reference));
}

export function listSurveyResponses(database: FormsDatabase, survey: string): StoredSurveyResponse[] {
  const rows = database.db
    .prepare('SELECT reference, submitted_at, answers FROM survey_response WHERE survey = ? ORDER BY submitted_at, id')
    .all(survey) as { reference: string; submitted_at: string; answers: string }[];
  return rows.map((r) => ({ reference: r.reference, submittedAt: r.submitted_at, answers: JSON.parse(r.answers) as SurveyAnswers }));
}

export function countSurveyResponses(database: FormsDatabase): Map<string, number> {
  const rows = database.db.prepare('SELECT survey, count(*) AS n FROM survey_response GROUP BY survey').all() as { survey: string; n: number }[];
  return new Map(rows.map((r) => [r.survey, r.n]));
}

/** Deletes one response when someone asks for their answers to be removed (they quote the reference). */
export function deleteSurveyResponse(database: FormsDatabase, reference: string): Promise<boolean> {
  return database.write((db) => Number(db.prepare('DELETE FROM survey_response WHERE reference = ?').run(reference).changes) === 1);
}
