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
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');

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
  expireSessions: db.prepare('DELETE FROM staff_session WHERE created_at <= ? OR last_seen_at <= ?'),
  expireFailures: db.prepare('DELETE FROM sign_in_failure WHERE at <= ?'),
  expireLogins: db.prepare('DELETE FROM single_sign_on_login WHERE expires_at <= ?'),
  expireSetupLinks: db.prepare('DELETE FROM staff_setup_link WHERE expires_at <= ?'),
  expireAudit: db.prepare('DELETE FROM audit_log WHERE delete_after <= ?'),
  audit: db.prepare('INSERT INTO audit_log (at, actor, action, detail, delete_after) VALUES (?, ?, ?, ?, ?)'),
  countZeroResult: db.prepare(
    'INSERT INTO zero_result_search (words, day, clients, delete_after) VALUES (?, ?, 1, ?) ON CONFLICT (words, day) DO UPDATE SET clients = clients + 1',
  ),
  expireZeroResults: db.prepare('DELETE FROM zero_result_search WHERE delete_after <= ?'),
};

/** Prepared statements for `statements` jobs, by their SQL (the SQL comes from the server's own code). */
const prepared = new Map();
const statementFor = (/** @type {string} */ sql) => {
  let statement = prepared.get(sql);
  if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
  return statement;
};

// Crockford's base32 without I, L, O, U: nothing to misread when a parent reads a reference over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** @param {string} prefix the council's referencePrefix (site settings), e.g. "RF" */
const newReference = (prefix) => {
  const bytes = nodeCrypto.randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[bytes[i] % 32];
  return `${prefix}-${code.slice(0, 4)}-${code.slice(4)}`;
};

/** @type {Record<string, (args: any) => unknown>} */
const operations = {
  saveSurveyResponse: (r) => {
    const existing = /** @type {{ reference: string } | undefined} */ (statements.responseByToken.get(r.formToken));
    if (existing) return { reference: existing.reference, alreadySaved: true };
    // The only other unique column is the reference: on the rare clash, draw again.
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference(/^[A-Z]{2,4}$/.test(r.referencePrefix ?? '') ? r.referencePrefix : 'LO');
      if (Number(statements.insertResponse.run(r.survey, reference, r.formToken, r.submittedAt, r.deleteAfter, r.answers).changes) === 1)
        return { reference, alreadySaved: false };
    }
    throw new Error('Could not find an unused reference number.');
  },
  savePageFeedback: (f) =>
    ({ alreadySaved: Number(statements.insertFeedback.run(f.page, f.useful ? 1 : 0, f.lookingFor ?? null, f.submittedAt, f.deleteAfter, f.repeatKey).changes) === 0 }),
  // The deletion and its audit entry (the reference, never the answers) are one transaction.
  deleteSurveyResponse: (d) => {
    const deleted = Number(statements.deleteResponse.run(d.reference).changes) === 1;
    if (deleted && d.audit) statements.audit.run(d.audit.at, d.audit.actor, 'response-deleted', `Reference ${d.reference}`, d.audit.deleteAfter);
    return deleted;
  },
  deleteExpired: (d) => {
    const responses = Number(statements.expireResponses.run(d.cutoff).changes);
    const feedback = Number(statements.expireFeedback.run(d.cutoff).changes);
    statements.expireSessions.run(d.sessionCutoffMs, d.nowMs - 30 * 60 * 1000);
    statements.expireFailures.run(d.failureCutoffMs);
    statements.expireLogins.run(d.nowMs);
    statements.expireSetupLinks.run(d.nowMs);
    const zeroResults = Number(statements.expireZeroResults.run(d.cutoff).changes);
    const audit = Number(statements.expireAudit.run(d.cutoff).changes);
    // Counts only: what was deleted is gone, and was never written here.
    const detail = `${responses} survey responses, ${feedback} page feedback answers, ${zeroResults} searches that found nothing and ${audit} audit entries past their keep-until date`;
    statements.audit.run(d.cutoff, 'server', 'expiry-run', detail, d.auditDeleteAfter);
    return responses + feedback + zeroResults;
  },
  countZeroResultSearch: (z) => Number(statements.countZeroResult.run(z.words, z.day, z.deleteAfter).changes) === 1,
  /** Several statements from a store, in this job's savepoint: all of them happen or none. */
  statements: (s) =>
    s.steps.map((/** @type {{ sql: string, params?: unknown[], answer?: 'get' | 'all' }} */ step) => {
      const statement = statementFor(step.sql);
      const params = step.params ?? [];
      if (step.answer === 'get') return statement.get(...params) ?? null;
      if (step.answer === 'all') return statement.all(...params);
      return Number(statement.run(...params).changes);
    }),
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
