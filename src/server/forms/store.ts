import type { StaffStore } from '../staff/store';
import type { SurveyAnswers } from '../survey-validation';

/**
 * Where everything the forms keep lives: survey responses, page feedback,
 * searches that found nothing, rate limits, the short-lived keys that hash
 * client addresses, and (through `staff`) sign-in state and the audit log.
 *
 * Two implementations with the same behaviour, checked by the same tests
 * (tests/unit/forms-store.test.ts runs every one against both):
 * - sqlite-store.ts, the embedded default: one file in the data folder;
 * - postgres-store.ts, when LOCAL_OFFER_DATABASE_URL names a PostgreSQL
 *   database, so that two or more servers share one store.
 * Nothing that must hold across servers is kept in one process's memory:
 * what a process caches (period-keys.ts) it can always read back from here.
 */
export interface FormsStore {
  readonly engine: 'sqlite' | 'postgresql';
  readonly staff: StaffStore;

  /** Stores a response once per form token; a repeat gets the first one's reference. `references` are fresh candidates, tried in turn. */
  saveSurveyResponse(response: NewSurveyResponse, references: string[]): Promise<SavedSurveyResponse>;
  surveyResponseExists(survey: string, reference: string): Promise<boolean>;
  /** Oldest first. */
  listSurveyResponses(survey: string): Promise<StoredSurveyResponse[]>;
  countSurveyResponses(): Promise<Map<string, number>>;
  /** Deletes one response and, when `audit` is given, records it in the audit log in the same transaction. */
  deleteSurveyResponse(reference: string, audit?: AuditStamp): Promise<boolean>;

  /** Stores one answer once per repeat key. */
  savePageFeedback(feedback: NewPageFeedback): Promise<{ alreadySaved: boolean }>;
  /** Least useful first. */
  pageFeedbackCounts(): Promise<PageFeedbackCount[]>;
  /** Newest first. */
  pageFeedbackComments(limit: number): Promise<PageFeedbackComment[]>;

  /** Counts a search once per client hash (a keyed hash made with the day's key); true when it counted. */
  countZeroResultSearch(search: { words: string; day: string; clientHash: string; deleteAfter: string }): Promise<boolean>;
  frequentZeroResultSearches(query: { since: string; minimumClients: number; limit: number }): Promise<ZeroResultSearch[]>;

  /** Adds one post to a rate-limit counter (its key already a keyed hash) and returns the count so far; the counter goes at `expiresAt`. */
  countPost(key: string, expiresAt: number): Promise<number>;
  /**
   * The random salt for one purpose and period, shared by every server: the
   * first server to ask stores `candidate`, the others get that one. Salts
   * whose period is over are deleted, which makes the hashes made with them
   * impossible to check against an address afterwards.
   */
  periodSalt(purpose: string, period: number, candidate: string, expiresAt: number, now: number): Promise<string>;

  /** Deletes everything past its date and records the run in the audit log; returns how many answers, feedback rows and searches went. */
  deleteExpired(run: ExpiryRun): Promise<number>;
  close(): Promise<void>;
}

export interface NewSurveyResponse {
  survey: string;
  formToken: string;
  submittedAt: string;
  deleteAfter: string;
  answers: SurveyAnswers;
}

export interface SavedSurveyResponse {
  reference: string;
  alreadySaved: boolean;
}

/** One stored survey response as the officer view and the CSV export see it. */
export interface StoredSurveyResponse {
  reference: string;
  submittedAt: string;
  answers: SurveyAnswers;
}

export interface NewPageFeedback {
  page: string;
  useful: boolean;
  lookingFor?: string;
  repeatKey: string;
  submittedAt: string;
  deleteAfter: string;
}

export interface PageFeedbackCount {
  page: string;
  yes: number;
  no: number;
  comments: number;
}

export interface PageFeedbackComment {
  page: string;
  useful: boolean;
  lookingFor: string;
  submittedAt: string;
}

export interface ZeroResultSearch {
  words: string;
  /** Different clients over the window (each day's count added up). */
  clients: number;
  lastDay: string;
}

/** Who did something and until when the audit log keeps it. */
export interface AuditStamp {
  at: string;
  actor: string;
  deleteAfter: string;
}

/** The cut-off times of one expiry run (expiryRunAt works them out). */
export interface ExpiryRun {
  /** ISO time: rows whose delete_after is at or before it go. */
  cutoff: string;
  nowMs: number;
  /** Sessions started before this (8 hours ago) or idle since idleCutoffMs (30 minutes ago) go. */
  sessionCutoffMs: number;
  idleCutoffMs: number;
  /** Failed sign-ins older than a day go. */
  failureCutoffMs: number;
  /** The expiry run's own audit entry is kept until then. */
  auditDeleteAfter: string;
}
