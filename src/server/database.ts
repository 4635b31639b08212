import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Worker } from 'node:worker_threads';
import writerSource from './database-writer.js?raw';

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
];

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

export class FormsDatabase {
  /** Connection for reads on this thread. */
  readonly db: DatabaseSync;
  private writer: Worker | undefined;
  private pending = new Map<number, Pending>();
  private outbox: { id: number; op: string; args: object }[] = [];
  private nextId = 1;

  constructor(readonly file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    this.db = new DatabaseSync(file);
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');
    const mode = (this.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode;
    if (mode !== 'wal') throw new Error(`The forms database at ${file} could not switch to WAL mode (it is in ${mode} mode).`);
    this.migrate();
    try {
      fs.chmodSync(file, 0o600);
    } catch {
      // Not every file system has Unix permissions; the data folder is still outside the site.
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

  /** Runs one write operation (see database-writer.js); resolves once it is durably on disk. */
  write<T>(op: 'saveSurveyResponse' | 'savePageFeedback' | 'deleteSurveyResponse' | 'deleteExpired' | 'countZeroResultSearch', args: object): Promise<T> {
    this.writer ??= this.startWriter();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
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

  /** Deletes everything past its delete-after date; returns how many rows went. */
  deleteExpired(now = new Date()): Promise<number> {
    return this.write('deleteExpired', { cutoff: now.toISOString() });
  }

  async close(): Promise<void> {
    await this.writer?.terminate();
    this.db.close();
  }
}

let shared: FormsDatabase | undefined;

/**
 * The process's forms database, opened on first use. Expired answers are
 * deleted then and every hour after (the retention setting).
 */
export function formsDatabase(dataDir: string): FormsDatabase {
  if (!shared) {
    shared = new FormsDatabase(path.join(dataDir, databaseFileName));
    const sweep = () => void shared!.deleteExpired().catch(() => {});
    sweep();
    setInterval(sweep, 60 * 60 * 1000).unref();
  }
  return shared;
}

/** The date `months` whole months after `from`, as stored in delete_after. */
export function addMonths(from: Date, months: number): Date {
  const d = new Date(from);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}
