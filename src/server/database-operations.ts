import type { AuditStamp, ExpiryRun } from './forms/store';

/** One statement for a `statements` write. Parameters are only ever bound, never pasted into the SQL. */
export interface SqlStep {
  sql: string;
  params?: readonly (string | number | null)[];
  /** 'get' answers with the first row, 'all' with every row; otherwise the number of rows changed. */
  answer?: 'get' | 'all';
}

/** A step that answers with the number of rows it changed. */
export interface RunStep extends SqlStep {
  answer?: undefined;
}

/**
 * What one step of a `statements` write answers with, from the step itself:
 * a number of changed rows without `answer`, the row (or null) with 'get',
 * the rows with 'all'. Rows are `unknown` until the store that wrote the SQL
 * says what its columns are.
 */
export type StepAnswer<S extends SqlStep> = S extends { answer: 'get' }
  ? unknown
  : S extends { answer: 'all' }
    ? unknown[]
    : S extends { sql: string; answer?: undefined }
      ? number
      : unknown;

/** The answers of a list of steps, one for each, in order. */
export type StepAnswers<S extends readonly SqlStep[]> = { -readonly [I in keyof S]: StepAnswer<S[I]> };

/**
 * Every write the SQLite writer thread (database-writer.js) can run: what
 * each is given and what it answers with. FormsDatabase.write takes its
 * argument and result types from here, so no caller can choose a result
 * type, and an operation given another's arguments fails the type check
 * (tests/unit/database-types.test.ts). database-writer.js is checked
 * against the same map (its `operations` object is typed from it).
 */
export interface WriteOperations {
  saveSurveyResponse: {
    /** `answers` as JSON; `references` are fresh candidates, tried in turn. */
    args: { survey: string; formToken: string; submittedAt: string; deleteAfter: string; answers: string; references: string[] };
    result: { reference: string; alreadySaved: boolean };
  };
  savePageFeedback: {
    args: { page: string; useful: boolean; lookingFor: string | null; repeatKey: string; submittedAt: string; deleteAfter: string };
    result: { alreadySaved: boolean };
  };
  deleteSurveyResponse: { args: { reference: string; audit: AuditStamp | null }; result: boolean };
  deleteExpired: { args: ExpiryRun; result: number };
  countZeroResultSearch: { args: { words: string; day: string; clientHash: string; deleteAfter: string }; result: boolean };
  countPost: { args: { key: string; expiresAt: number }; result: number };
  periodSalt: { args: { purpose: string; period: number; candidate: string; expiresAt: number; nowMs: number }; result: string };
  /** Several statements from a store, all or none: each step's row, rows or count of changed rows. */
  statements: { args: { steps: readonly SqlStep[] }; result: unknown[] };
}

export type WriteOperation = keyof WriteOperations;
