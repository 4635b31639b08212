import { PostgresStaffStore } from '../staff/postgres-store';
import { PostgresConnection } from './postgres-connection';
import * as row from './rows';
import type {
  AuditStamp,
  ExpiryRun,
  FormsStore,
  NewPageFeedback,
  NewSurveyResponse,
  PageFeedbackComment,
  PageFeedbackCount,
  SavedSurveyResponse,
  StoredSurveyResponse,
  ZeroResultSearch,
} from './store';

/**
 * The forms store in PostgreSQL (LOCAL_OFFER_DATABASE_URL), shared by every
 * server that points at it. Unique columns do the work that must hold across
 * servers: a form token stores one response however many servers receive it,
 * a repeat key one page feedback answer, a client hash one count a day.
 */
export class PostgresFormsStore implements FormsStore {
  readonly engine = 'postgresql';
  readonly connection: PostgresConnection;
  readonly staff: PostgresStaffStore;

  constructor(url: string, options: { maxConnections?: number } = {}) {
    this.connection = new PostgresConnection(url, options);
    this.staff = new PostgresStaffStore(this.connection);
  }

  async saveSurveyResponse(r: NewSurveyResponse, references: string[]): Promise<SavedSurveyResponse> {
    const db = this.connection;
    const earlier = async () => (await db.query<{ reference: string }>('SELECT reference FROM survey_response WHERE form_token = $1', [r.formToken])).rows[0];
    for (const reference of references) {
      // One round trip for a new form. A clash stores nothing: on the token (the form was stored before, perhaps by
      // another server at this very moment, whose row this waits for) or, rarely, on the reference (try the next).
      const inserted = await db.query(
        `INSERT INTO survey_response (survey, reference, form_token, submitted_at, delete_after, answers)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [r.survey, reference, r.formToken, r.submittedAt, r.deleteAfter, JSON.stringify(r.answers)],
      );
      if (inserted.rowCount === 1) return { reference, alreadySaved: false };
      const existing = await earlier();
      if (existing) return { reference: existing.reference, alreadySaved: true };
    }
    throw new Error('Could not find an unused reference number.');
  }

  async surveyResponseExists(survey: string, reference: string) {
    const { rowCount } = await this.connection.query('SELECT 1 FROM survey_response WHERE survey = $1 AND reference = $2', [survey, reference]);
    return rowCount === 1;
  }

  async listSurveyResponses(survey: string): Promise<StoredSurveyResponse[]> {
    const { rows } = await this.connection.query<row.SurveyResponseRow>(
      'SELECT reference, submitted_at, answers FROM survey_response WHERE survey = $1 ORDER BY submitted_at, id',
      [survey],
    );
    return rows.map(row.toSurveyResponse);
  }

  async countSurveyResponses() {
    const { rows } = await this.connection.query<{ survey: string; n: number }>('SELECT survey, count(*) AS n FROM survey_response GROUP BY survey');
    return row.toResponseCounts(rows);
  }

  deleteSurveyResponse(reference: string, audit?: AuditStamp) {
    return this.connection.transaction(async (db) => {
      const deleted = (await db.query('DELETE FROM survey_response WHERE reference = $1', [reference])).rowCount === 1;
      if (deleted && audit)
        await db.query('INSERT INTO audit_log (at, actor, action, detail, delete_after) VALUES ($1, $2, $3, $4, $5)', [
          audit.at,
          audit.actor,
          'response-deleted',
          `Reference ${reference}`,
          audit.deleteAfter,
        ]);
      return deleted;
    });
  }

  async savePageFeedback(f: NewPageFeedback) {
    const { rowCount } = await this.connection.query(
      `INSERT INTO page_feedback (page, useful, looking_for, submitted_at, delete_after, repeat_key)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (repeat_key) DO NOTHING`,
      [f.page, f.useful, f.lookingFor ?? null, f.submittedAt, f.deleteAfter, f.repeatKey],
    );
    return { alreadySaved: rowCount === 0 };
  }

  async pageFeedbackCounts() {
    const { rows } = await this.connection.query<PageFeedbackCount>(
      `SELECT page, count(*) FILTER (WHERE useful) AS yes, count(*) FILTER (WHERE NOT useful) AS no, count(looking_for) AS comments
       FROM page_feedback GROUP BY page ORDER BY no DESC, yes ASC, page COLLATE "C"`,
    );
    return rows;
  }

  async pageFeedbackComments(limit: number): Promise<PageFeedbackComment[]> {
    const { rows } = await this.connection.query<row.PageFeedbackCommentRow>(
      'SELECT page, useful, looking_for, submitted_at FROM page_feedback WHERE looking_for IS NOT NULL ORDER BY submitted_at DESC, id DESC LIMIT $1',
      [limit],
    );
    return rows.map(row.toPageFeedbackComment);
  }

  countZeroResultSearch(z: { words: string; day: string; clientHash: string; deleteAfter: string }) {
    return this.connection.transaction(async (db) => {
      // Yesterday's client hashes go first: with the day's salt gone they could never be matched again anyway.
      await db.query('DELETE FROM zero_result_client WHERE day < $1', [z.day]);
      const counted = await db.query('INSERT INTO zero_result_client (hash, day) VALUES ($1, $2) ON CONFLICT DO NOTHING', [z.clientHash, z.day]);
      if (counted.rowCount === 0) return false;
      await db.query(
        `INSERT INTO zero_result_search (words, day, clients, delete_after) VALUES ($1, $2, 1, $3)
         ON CONFLICT (words, day) DO UPDATE SET clients = zero_result_search.clients + 1`,
        [z.words, z.day, z.deleteAfter],
      );
      return true;
    });
  }

  async frequentZeroResultSearches(q: { since: string; minimumClients: number; limit: number }): Promise<ZeroResultSearch[]> {
    const { rows } = await this.connection.query<row.ZeroResultSearchRow>(
      `SELECT words, sum(clients) AS clients, max(day) AS last_day FROM zero_result_search
       WHERE day >= $1 GROUP BY words HAVING sum(clients) >= $2 ORDER BY clients DESC, last_day DESC, words COLLATE "C" LIMIT $3`,
      [q.since, q.minimumClients, q.limit],
    );
    return rows.map(row.toZeroResultSearch);
  }

  async countPost(key: string, expiresAt: number) {
    const { rows } = await this.connection.query<{ count: number }>(
      'INSERT INTO rate_limit (key, count, expires_at) VALUES ($1, 1, $2) ON CONFLICT (key) DO UPDATE SET count = rate_limit.count + 1 RETURNING count',
      [key, expiresAt],
    );
    return rows[0].count;
  }

  async periodSalt(purpose: string, period: number, candidate: string, expiresAt: number, now: number) {
    const db = this.connection;
    await db.query('DELETE FROM period_salt WHERE expires_at <= $1', [now]);
    await db.query('INSERT INTO period_salt (purpose, period, salt, expires_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
      purpose,
      period,
      candidate,
      expiresAt,
    ]);
    const { rows } = await db.query<{ salt: string }>('SELECT salt FROM period_salt WHERE purpose = $1 AND period = $2', [purpose, period]);
    return rows[0].salt;
  }

  deleteExpired(d: ExpiryRun) {
    return this.connection.transaction(async (db) => {
      const run = async (sql: string, params: (string | number)[]) => (await db.query(sql, params)).rowCount ?? 0;
      const responses = await run('DELETE FROM survey_response WHERE delete_after <= $1', [d.cutoff]);
      const feedback = await run('DELETE FROM page_feedback WHERE delete_after <= $1', [d.cutoff]);
      await run('DELETE FROM staff_session WHERE created_at <= $1 OR last_seen_at <= $2', [d.sessionCutoffMs, d.idleCutoffMs]);
      await run('DELETE FROM sign_in_failure WHERE at <= $1', [d.failureCutoffMs]);
      await run('DELETE FROM single_sign_on_login WHERE expires_at <= $1', [d.nowMs]);
      await run('DELETE FROM staff_setup_link WHERE expires_at <= $1', [d.nowMs]);
      const zeroResults = await run('DELETE FROM zero_result_search WHERE delete_after <= $1', [d.cutoff]);
      await run('DELETE FROM rate_limit WHERE expires_at <= $1', [d.nowMs]);
      await run('DELETE FROM period_salt WHERE expires_at <= $1', [d.nowMs]);
      await run('DELETE FROM zero_result_client WHERE day < $1', [d.cutoff.slice(0, 10)]);
      // Never later than the database's own clock, which the audit log's trigger goes by: a web server whose clock
      // runs a little ahead must not make the whole run fail.
      const audit = await run(
        `DELETE FROM audit_log WHERE delete_after <= $1 AND delete_after <= to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
        [d.cutoff],
      );
      // Counts only: what was deleted is gone, and was never written here.
      const detail = `${responses} survey responses, ${feedback} page feedback answers, ${zeroResults} searches that found nothing and ${audit} audit entries past their keep-until date`;
      await run('INSERT INTO audit_log (at, actor, action, detail, delete_after) VALUES ($1, $2, $3, $4, $5)', [
        d.cutoff,
        'server',
        'expiry-run',
        detail,
        d.auditDeleteAfter,
      ]);
      return responses + feedback + zeroResults;
    });
  }

  close() {
    return this.connection.close();
  }
}
