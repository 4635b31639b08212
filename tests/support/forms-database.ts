import fs from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** Reads the forms database the way an auditor would: a separate read-only connection. */
export function readForms<T>(file: string, read: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

// The server creates the database on the first post it reads, so no file yet means nothing stored.
export const countResponses = (file: string) =>
  fs.existsSync(file) ? readForms(file, (db) => (db.prepare('SELECT count(*) AS n FROM survey_response').get() as { n: number }).n) : 0;

export const countFeedback = (file: string) =>
  fs.existsSync(file) ? readForms(file, (db) => (db.prepare('SELECT count(*) AS n FROM page_feedback').get() as { n: number }).n) : 0;
