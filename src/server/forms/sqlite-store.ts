import { FormsDatabase } from '../database';
import { SqliteStaffStore } from '../staff/sqlite-store';
import type { SurveyAnswers } from '../survey-validation';
import * as row from './rows';
import type {
  AuditStamp,
  ExpiryRun,
  FormsStore,
  NewPageFeedback,
  NewSurveyResponse,
  PageFeedbackComment,
  PageFeedbackCount,
  StoredSurveyResponse,
  ZeroResultSearch,
} from './store';

/**
 * The forms store in one SQLite file (node:sqlite), the embedded default.
 * Reads run on this thread's connection; every write goes to the writer
 * thread (database-writer.js), which commits in groups and answers once the
 * change is on disk (WAL, synchronous=FULL).
 */
export class SqliteFormsStore implements FormsStore {
  readonly engine = 'sqlite';
  readonly database: FormsDatabase;
  readonly staff: SqliteStaffStore;

  constructor(file: string) {
    this.database = new FormsDatabase(file);
    this.staff = new SqliteStaffStore(this.database);
  }

  private get db() {
    return this.database.db;
  }

  saveSurveyResponse(r: NewSurveyResponse, references: string[]) {
    return this.database.write('saveSurveyResponse', { ...r, answers: JSON.stringify(r.answers), references });
  }

  async surveyResponseExists(survey: string, reference: string) {
    return Boolean(this.db.prepare('SELECT 1 FROM survey_response WHERE survey = ? AND reference = ?').get(survey, reference));
  }

  async listSurveyResponses(survey: string): Promise<StoredSurveyResponse[]> {
    const rows = this.db
      .prepare('SELECT reference, submitted_at, answers FROM survey_response WHERE survey = ? ORDER BY submitted_at, id')
      .all(survey) as (Omit<row.SurveyResponseRow, 'answers'> & { answers: string })[];
    // SQLite keeps the answers as JSON text.
    return rows.map((r) => row.toSurveyResponse({ ...r, answers: JSON.parse(r.answers) as SurveyAnswers }));
  }

  async countSurveyResponses() {
    return row.toResponseCounts(this.db.prepare('SELECT survey, count(*) AS n FROM survey_response GROUP BY survey').all() as { survey: string; n: number }[]);
  }

  deleteSurveyResponse(reference: string, audit?: AuditStamp) {
    return this.database.write('deleteSurveyResponse', { reference, audit: audit ?? null });
  }

  savePageFeedback(f: NewPageFeedback) {
    return this.database.write('savePageFeedback', { ...f, lookingFor: f.lookingFor ?? null });
  }

  async pageFeedbackCounts() {
    return this.db
      .prepare(
        `SELECT page, sum(useful) AS yes, sum(1 - useful) AS no, count(looking_for) AS comments
         FROM page_feedback GROUP BY page ORDER BY no DESC, yes ASC, page`,
      )
      .all() as unknown as PageFeedbackCount[];
  }

  async pageFeedbackComments(limit: number): Promise<PageFeedbackComment[]> {
    const rows = this.db
      .prepare('SELECT page, useful, looking_for, submitted_at FROM page_feedback WHERE looking_for IS NOT NULL ORDER BY submitted_at DESC, id DESC LIMIT ?')
      .all(limit) as unknown as row.PageFeedbackCommentRow[];
    return rows.map(row.toPageFeedbackComment);
  }

  countZeroResultSearch(search: { words: string; day: string; clientHash: string; deleteAfter: string }) {
    return this.database.write('countZeroResultSearch', search);
  }

  async frequentZeroResultSearches(q: { since: string; minimumClients: number; limit: number }): Promise<ZeroResultSearch[]> {
    const rows = this.db
      .prepare(
        `SELECT words, sum(clients) AS clients, max(day) AS last_day FROM zero_result_search
         WHERE day >= ? GROUP BY words HAVING sum(clients) >= ? ORDER BY clients DESC, last_day DESC, words LIMIT ?`,
      )
      .all(q.since, q.minimumClients, q.limit) as unknown as row.ZeroResultSearchRow[];
    return rows.map(row.toZeroResultSearch);
  }

  countPost(key: string, expiresAt: number) {
    return this.database.write('countPost', { key, expiresAt });
  }

  periodSalt(purpose: string, period: number, candidate: string, expiresAt: number, now: number) {
    return this.database.write('periodSalt', { purpose, period, candidate, expiresAt, nowMs: now });
  }

  deleteExpired(run: ExpiryRun) {
    return this.database.write('deleteExpired', run);
  }

  close() {
    return this.database.close();
  }
}
