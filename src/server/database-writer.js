// @ts-check
/*
 * The forms database's writer, run in a worker thread (see database.ts).
 * SQLite's COMMIT with synchronous=FULL waits for the disk (fsync); doing that
 * here keeps the web server's main thread free to serve pages meanwhile.
 *
 * Group commit: every message that arrives while the disk is busy is written
 * in the next transaction, each job in its own savepoint so one failure
 * cannot undo the others, and every job is answered only after COMMIT has
 * returned, that is, once its row is on disk.
 *
 * Plain JavaScript loaded as text and run with `eval: true`, so it needs no
 * bundler support for worker files; it uses only Node's built-in modules.
 * It never logs what it stores.
 */
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');
const { DatabaseSync } = process.getBuiltinModule('node:sqlite');
const nodeCrypto = process.getBuiltinModule('node:crypto');

const db = new DatabaseSync(workerData.file);
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;');

const statements = {
  responseByToken: db.prepare('SELECT reference FROM survey_response WHERE form_token = ?'),
  insertResponse: db.prepare(
    'INSERT OR IGNORE INTO survey_response (survey, reference, form_token, submitted_at, delete_after, answers) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  insertFeedback: db.prepare(
    'INSERT OR IGNORE INTO page_feedback (page, useful, looking_for, submitted_at, delete_after, repeat_key) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  deleteResponse: db.prepare('DELETE FROM survey_response WHERE reference = ?'),
  expireResponses: db.prepare('DELETE FROM survey_response WHERE delete_after <= ?'),
  expireFeedback: db.prepare('DELETE FROM page_feedback WHERE delete_after <= ?'),
  countZeroResult: db.prepare(
    'INSERT INTO zero_result_search (words, day, clients, delete_after) VALUES (?, ?, 1, ?) ON CONFLICT (words, day) DO UPDATE SET clients = clients + 1',
  ),
  expireZeroResults: db.prepare('DELETE FROM zero_result_search WHERE delete_after <= ?'),
};

// Crockford's base32 without I, L, O, U: nothing to misread when a parent reads a reference over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newReference = () => {
  const bytes = nodeCrypto.randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[bytes[i] % 32];
  return `NB-${code.slice(0, 4)}-${code.slice(4)}`;
};

/** @type {Record<string, (args: any) => unknown>} */
const operations = {
  saveSurveyResponse: (r) => {
    const existing = /** @type {{ reference: string } | undefined} */ (statements.responseByToken.get(r.formToken));
    if (existing) return { reference: existing.reference, alreadySaved: true };
    // The only other unique column is the reference: on the rare clash, draw again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference();
      if (Number(statements.insertResponse.run(r.survey, reference, r.formToken, r.submittedAt, r.deleteAfter, r.answers).changes) === 1)
        return { reference, alreadySaved: false };
    }
    throw new Error('Could not find an unused reference number.');
  },
  savePageFeedback: (f) =>
    ({ alreadySaved: Number(statements.insertFeedback.run(f.page, f.useful ? 1 : 0, f.lookingFor ?? null, f.submittedAt, f.deleteAfter, f.repeatKey).changes) === 0 }),
  deleteSurveyResponse: (d) => Number(statements.deleteResponse.run(d.reference).changes) === 1,
  countZeroResultSearch: (z) => Number(statements.countZeroResult.run(z.words, z.day, z.deleteAfter).changes) === 1,
  deleteExpired: (d) =>
    Number(statements.expireResponses.run(d.cutoff).changes) + Number(statements.expireFeedback.run(d.cutoff).changes) + Number(statements.expireZeroResults.run(d.cutoff).changes),
};

/** @type {{ id: number, op: string, args: unknown }[]} */
let queue = [];
let scheduled = false;

const flush = () => {
  const jobs = queue;
  queue = [];
  /** @type {{ id: number, ok: boolean, value?: unknown, error?: string }[]} */
  const replies = [];
  try {
    db.exec('BEGIN IMMEDIATE');
    for (const job of jobs) {
      db.exec('SAVEPOINT job');
      try {
        const run = operations[job.op];
        if (!run) throw new Error(`Unknown database operation ${job.op}`);
        replies.push({ id: job.id, ok: true, value: run(job.args) });
        db.exec('RELEASE job');
      } catch (error) {
        db.exec('ROLLBACK TO job; RELEASE job');
        replies.push({ id: job.id, ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    const message = error instanceof Error ? error.message : String(error);
    parentPort?.postMessage(jobs.map((job) => ({ id: job.id, ok: false, error: message })));
    return next();
  }
  parentPort?.postMessage(replies);
  next();
};

const next = () => {
  if (queue.length > 0) setImmediate(flush);
  else scheduled = false;
};

// Messages are arrays of jobs (the main thread sends one message per turn of its event loop), answered as arrays.
parentPort?.on('message', (jobs) => {
  queue.push(...jobs);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
