import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { isMainThread, Worker } from 'node:worker_threads';
import writerSource from './database-writer.js?raw';
import type { SqlStep, StepAnswers, WriteOperation, WriteOperations } from './database-operations';

export type { RunStep, SqlStep, StepAnswers, WriteOperations } from './database-operations';

/**
 * The forms database: one SQLite file in the data folder (outside the site
 * and outside Git). WAL mode with synchronous=FULL: a transaction is on disk
 * (fsync) before COMMIT returns, so a confirmation page is only ever shown for
 * an answer that survives a crash or a power cut.
 *
 * Writes go to one worker thread (database-writer.js) that commits in groups,
 * so the fsync never blocks the thread serving pages. This thread keeps its
 * own connection for reading (the officer view, the confirmation check);
 * WAL lets it read while the writer writes.
 */
export const databaseFileName = 'local-offer-forms.sqlite';

const migrations: string[] = [
  `CREATE TABLE survey_response (
     id INTEGER PRIMARY KEY,
     survey TEXT NOT NULL,
     reference TEXT NOT NULL UNIQUE,
     form_token TEXT NOT NULL UNIQUE,
     submitted_at TEXT NOT NULL,
     delete_after TEXT NOT NULL,
     answers TEXT NOT NULL CHECK (json_valid(answers))
   ) STRICT;
   CREATE INDEX survey_response_by_survey ON survey_response (survey, submitted_at);
   CREATE INDEX survey_response_by_expiry ON survey_response (delete_after);
   CREATE TABLE page_feedback (
     id INTEGER PRIMARY KEY,
     page TEXT NOT NULL,
     useful INTEGER NOT NULL CHECK (useful IN (0, 1)),
     looking_for TEXT,
     submitted_at TEXT NOT NULL,
     delete_after TEXT NOT NULL,
     repeat_key TEXT NOT NULL UNIQUE
   ) STRICT;
   CREATE INDEX page_feedback_by_page ON page_feedback (page);
   CREATE INDEX page_feedback_by_expiry ON page_feedback (delete_after);`,
  // Staff sign-in (src/server/staff/): accounts, one-time set-up links, sessions, failed sign-ins,
  // single sign-on logins in progress, and the audit log. Secrets are stored only as hashes.
  `CREATE TABLE staff_account (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     role TEXT NOT NULL CHECK (role IN ('officer', 'forum')),
     password_hash TEXT,
     totp_secret TEXT,
     totp_last_step INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;
   CREATE TABLE staff_setup_link (
     token_hash TEXT PRIMARY KEY,
     account_id INTEGER NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE staff_session (
     id_hash TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('officer', 'forum')),
     account_id INTEGER REFERENCES staff_account (id) ON DELETE CASCADE,
     method TEXT NOT NULL CHECK (method IN ('password', 'single-sign-on')),
     created_at INTEGER NOT NULL,
     last_seen_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX staff_session_by_account ON staff_session (account_id);
   CREATE INDEX staff_session_by_email ON staff_session (email COLLATE NOCASE);
   CREATE TABLE sign_in_failure (
     key TEXT NOT NULL,
     at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX sign_in_failure_by_key ON sign_in_failure (key, at);
   CREATE TABLE single_sign_on_login (
     state_hash TEXT PRIMARY KEY,
     nonce TEXT NOT NULL,
     code_verifier TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT '',
     delete_after TEXT NOT NULL
   ) STRICT;
   CREATE INDEX audit_log_by_expiry ON audit_log (delete_after);
   -- Append-only: no row is ever changed, and none is removed before its two years are up.
   CREATE TRIGGER audit_log_never_changes BEFORE UPDATE ON audit_log
     BEGIN SELECT RAISE(ABORT, 'The audit log is append-only'); END;
   CREATE TRIGGER audit_log_kept_two_years BEFORE DELETE ON audit_log
     WHEN old.delete_after > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     BEGIN SELECT RAISE(ABORT, 'Audit log entries are kept for two years'); END;`,
  // Searches that found nothing (zero-results.ts): words and daily counts only, never who searched.
  `CREATE TABLE zero_result_search (
     words TEXT NOT NULL,
     day TEXT NOT NULL,
     clients INTEGER NOT NULL CHECK (clients > 0),
     delete_after TEXT NOT NULL,
     PRIMARY KEY (words, day)
   ) STRICT;
   CREATE INDEX zero_result_search_by_day ON zero_result_search (day);
   CREATE INDEX zero_result_search_by_expiry ON zero_result_search (delete_after);`,
  // State that used to live in one process's memory, so that several servers (or a restarted one) share it:
  // rate-limit counters, which clients a search that found nothing was counted for today, and the random salts
  // of the short-lived keys those are hashed with (forms/period-keys.ts). Keys and hashes only, never an address.
  `CREATE TABLE rate_limit (
     key TEXT PRIMARY KEY,
     count INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   ) STRICT;
   CREATE INDEX rate_limit_by_expiry ON rate_limit (expires_at);
   CREATE TABLE zero_result_client (
     hash TEXT PRIMARY KEY,
     day TEXT NOT NULL
   ) STRICT;
   CREATE INDEX zero_result_client_by_day ON zero_result_client (day);
   CREATE TABLE period_salt (
     purpose TEXT NOT NULL,
     period INTEGER NOT NULL,
     salt TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     PRIMARY KEY (purpose, period)
   ) STRICT;`,
];

/**
 * Files the server makes (the database, its -wal and -shm files, the form
 * secret) are for the server's user only, even in a data folder the council
 * made with mode 755. Only the main thread may set the umask.
 */
function keepFilesPrivate() {
  if (!isMainThread) return;
  try {
    process.umask(process.umask() | 0o077);
  } catch {
    // Some platforms have no umask; files are still chmod-ed below.
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class FormsDatabase {
  /** Connection for reads on this thread. */
  readonly db: DatabaseSync;
  private writer: Worker | undefined;
  private pending = new Map<number, Pending>();
  private outbox: { id: number; op: WriteOperation; args: unknown }[] = [];
  private nextId = 1;

  constructor(readonly file: string) {
    keepFilesPrivate();
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    const mode = (this.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode;
    if (mode !== 'wal') throw new Error(`The forms database at ${file} could not switch to WAL mode (it is in ${mode} mode).`);
    this.migrate();
    // The -wal and -shm files exist from here on (WAL mode); SQLite gives them the main file's mode.
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        fs.chmodSync(file + suffix, 0o600);
      } catch {
        // Not every file system has Unix permissions (or the file is not there yet); the umask above still applies.
      }
    }
  }

  private migrate() {
    const version = () => (this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    for (let v = version(); v < migrations.length; v++) {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        // Another process (the server, `npm run officer`) may have migrated while this one waited for the lock.
        if (version() > v) {
          this.db.exec('COMMIT');
          continue;
        }
        this.db.exec(migrations[v]);
        this.db.exec(`PRAGMA user_version = ${v + 1}`);
        this.db.exec('COMMIT');
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    }
  }

  private startWriter(): Worker {
    const worker = new Worker(writerSource, { eval: true, workerData: { file: this.file } });
    worker.unref();
    worker.on('message', (replies: { id: number; ok: boolean; value?: unknown; error?: string }[]) => {
      for (const reply of replies) {
        const waiting = this.pending.get(reply.id);
        if (!waiting) continue;
        this.pending.delete(reply.id);
        if (reply.ok) waiting.resolve(reply.value);
        else waiting.reject(new Error(reply.error));
      }
    });
    const fail = (error: Error) => {
      this.writer = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The database writer stopped (exit code ${code}).`)));
    return worker;
  }

  /** Runs one write operation (database-operations.ts lists them); resolves with its answer once it is durably on disk. */
  write<K extends WriteOperation>(op: K, args: WriteOperations[K]['args']): Promise<WriteOperations[K]['result']> {
    this.writer ??= this.startWriter();
    const id = this.nextId++;
    return new Promise<WriteOperations[K]['result']>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // One message per turn of the event loop: posting each job separately costs more than the job.
      if (this.outbox.push({ id, op, args }) === 1)
        setImmediate(() => {
          const jobs = this.outbox;
          this.outbox = [];
          this.writer!.postMessage(jobs);
        });
    });
  }

  /**
   * Runs a few SQL statements in one durable step (all or none), for stores
   * that keep their logic in TypeScript (src/server/staff/sqlite-store.ts).
   * Each step answers with its row (`get`), its rows (`all`) or how many rows
   * it changed, typed from the step (StepAnswers), so `const [changed] = …`
   * is a number without a cast.
   */
  statements<const S extends readonly SqlStep[]>(steps: S): Promise<StepAnswers<S>> {
    // The writer answers each step as StepAnswer says (database-writer.js, `statements`).
    return this.write('statements', { steps }) as Promise<StepAnswers<S>>;
  }

  async close(): Promise<void> {
    await this.writer?.terminate();
    this.db.close();
  }
}
