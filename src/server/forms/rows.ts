import type { SurveyAnswers } from '../survey-validation';
import type { PageFeedbackComment, StoredSurveyResponse, ZeroResultSearch } from './store';

/**
 * Rows as both forms stores read them (sqlite-store.ts, postgres-store.ts),
 * and what the rest of the server sees of each: the column names and the
 * mapping are written once here, so the two stores cannot drift apart. Where
 * the engines differ (SQLite keeps answers as JSON text and booleans as 0 or
 * 1; PostgreSQL as jsonb and boolean), the store converts before mapping.
 */
export interface SurveyResponseRow {
  reference: string;
  submitted_at: string;
  answers: SurveyAnswers;
}

export interface PageFeedbackCommentRow {
  page: string;
  /** 0 or 1 in SQLite, a boolean in PostgreSQL. */
  useful: number | boolean;
  looking_for: string;
  submitted_at: string;
}

export interface ZeroResultSearchRow {
  words: string;
  clients: number;
  last_day: string;
}

export const toSurveyResponse = (r: SurveyResponseRow): StoredSurveyResponse => ({ reference: r.reference, submittedAt: r.submitted_at, answers: r.answers });

export const toPageFeedbackComment = (r: PageFeedbackCommentRow): PageFeedbackComment => ({
  page: r.page,
  useful: r.useful === true || r.useful === 1,
  lookingFor: r.looking_for,
  submittedAt: r.submitted_at,
});

export const toZeroResultSearch = (r: ZeroResultSearchRow): ZeroResultSearch => ({ words: r.words, clients: r.clients, lastDay: r.last_day });

/** Responses per survey, from `SELECT survey, count(*) AS n … GROUP BY survey`. */
export const toResponseCounts = (rows: { survey: string; n: number }[]): Map<string, number> => new Map(rows.map((r) => [r.survey, r.n]));
