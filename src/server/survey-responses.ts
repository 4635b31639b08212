import { addMonths, auditRetentionMonths, type FormsDatabase } from './database';
import type { SurveyAnswers } from './survey-validation';

/** One stored survey response as the officer view and the CSV export see it. */
export interface StoredSurveyResponse {
  reference: string;
  submittedAt: string;
  answers: SurveyAnswers;
}

/**
 * References are made in database-writer.js: the council's referencePrefix (site settings), a hyphen and
 * 8 characters of Crockford's base32 (40 random bits), e.g. RF-7K3D-9QXP. Any prefix is accepted, so
 * references given out before a council changed its prefix still work.
 */
export const referencePattern = /^[A-Z]{2,4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/**
 * Stores a response once per form token. A second post with the same token
 * (a double click, or the back button and send again) stores nothing and gets
 * the first response's reference, so the person sees the same confirmation.
 */
export function saveSurveyResponse(
  database: FormsDatabase,
  response: { survey: string; formToken: string; answers: SurveyAnswers; keepForMonths: number; referencePrefix?: string },
  now = new Date(),
): Promise<{ reference: string; alreadySaved: boolean }> {
  return database.write('saveSurveyResponse', {
    survey: response.survey,
    formToken: response.formToken,
    submittedAt: now.toISOString(),
    deleteAfter: addMonths(now, response.keepForMonths).toISOString(),
    answers: JSON.stringify(response.answers),
    referencePrefix: response.referencePrefix,
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

/**
 * Deletes one response when someone asks for their answers to be removed
 * (they quote the reference). `deletedBy` (the officer's e-mail address) goes
 * into the audit log with the reference, in the same transaction.
 */
export function deleteSurveyResponse(database: FormsDatabase, reference: string, deletedBy?: string, now = new Date()): Promise<boolean> {
  const audit = deletedBy ? { at: now.toISOString(), actor: deletedBy, deleteAfter: addMonths(now, auditRetentionMonths).toISOString() } : undefined;
  return database.write('deleteSurveyResponse', { reference, audit });
}
