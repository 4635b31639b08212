import type { AuditStamp, ExpiryRun } from './forms/store';

/** One statement for a `statements` write. Parameters are only ever bound, never pasted into the SQL. */
export interface SqlStep {
  sql: string;
  params?: (string | number | null)[];
  /** 'get' answers with the first row, 'all' with every row; otherwise the number of rows changed. */
  answer?: 'get' | 'all';
}

/**
 * Every write the SQLite writer thread (database-writer.js) can run: what
 * each is given and what it answers with. FormsDatabase.write takes its
 * result type from here, so no caller can choose one.
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
  statements: { args: { steps: SqlStep[] }; result: unknown[] };
}

export type WriteOperation = keyof WriteOperations;
