import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * The forms database: one SQLite file in the data folder, written by one
 * Node process. WAL mode with synchronous=FULL means a transaction is on disk
 * (fsync) before COMMIT returns, so a confirmation page is only ever shown for
 * an answer that survives a power cut.
 *
 * An fsync costs a few milliseconds, so posts that arrive together are
 * written together: every job queued during one turn of the event loop runs
 * in one transaction (group commit), each inside its own savepoint so one bad
 * job cannot undo the others, and all of them are answered after the COMMIT.
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
];

interface Job {
  work: (db: DatabaseSync) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export class FormsDatabase {
  readonly db: DatabaseSync;
  private queue: Job[] = [];
  private flushing = false;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
    const mode = (this.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode;
    if (mode !== 'wal') throw new Error(`The forms database at ${file} could not switch to WAL mode (it is in ${mode} mode).`);
    this.migrate();
    try {
      fs.chmodSync(file, 0o600);
    } catch {
      // Not every file system has Unix permissions; the data folder itself is still outside the site.
    }
  }

  private migrate() {
    const version = (this.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    for (let v = version; v < migrations.length; v++) {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        this.db.exec(migrations[v]);
        this.db.exec(`PRAGMA user_version = ${v + 1}`);
        this.db.exec('COMMIT');
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    }
  }

  /** Runs `work` inside the next group-committed transaction; resolves once it is durably on disk. */
  write<T>(work: (db: DatabaseSync) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush() {
    const jobs = this.queue;
    this.queue = [];
    const done: { job: Job; value: unknown }[] = [];
    const failed: { job: Job; error: unknown }[] = [];
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const job of jobs) {
        this.db.exec('SAVEPOINT job');
        try {
          done.push({ job, value: job.work(this.db) });
          this.db.exec('RELEASE job');
        } catch (error) {
          this.db.exec('ROLLBACK TO job; RELEASE job');
          failed.push({ job, error });
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      for (const job of jobs) job.reject(error);
      this.afterFlush();
      return;
    }
    for (const { job, value } of done) job.resolve(value);
    for (const { job, error } of failed) job.reject(error);
    this.afterFlush();
  }

  private afterFlush() {
    if (this.queue.length > 0) setImmediate(() => this.flush());
    else this.flushing = false;
  }

  /** Deletes everything past its delete-after date; returns how many rows went. */
  deleteExpired(now = new Date()): Promise<number> {
    const cutoff = now.toISOString();
    return this.write((db) => {
      const a = db.prepare('DELETE FROM survey_response WHERE delete_after <= ?').run(cutoff).changes;
      const b = db.prepare('DELETE FROM page_feedback WHERE delete_after <= ?').run(cutoff).changes;
      return Number(a) + Number(b);
    });
  }

  close() {
    this.db.close();
  }
}

let shared: FormsDatabase | undefined;
let sweep: NodeJS.Timeout | undefined;

/**
 * The process's one database connection, opened on first use. Expired
 * answers are deleted then and every hour after (the retention setting).
 */
export function formsDatabase(dataDir: string): FormsDatabase {
  if (!shared) {
    shared = new FormsDatabase(path.join(dataDir, databaseFileName));
    const run = () => void shared!.deleteExpired().catch(() => {});
    run();
    sweep = setInterval(run, 60 * 60 * 1000);
    sweep.unref();
  }
  return shared;
}

/** The date `months` whole months after `from`, as stored in delete_after. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}
