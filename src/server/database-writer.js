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
  forgetZeroResultClients: db.prepare('DELETE FROM zero_result_client WHERE day < ?'),
  countZeroResultClient: db.prepare('INSERT INTO zero_result_client (hash, day) VALUES (?, ?) ON CONFLICT DO NOTHING'),
  countPost: db.prepare('INSERT INTO rate_limit (key, count, expires_at) VALUES (?, 1, ?) ON CONFLICT (key) DO UPDATE SET count = count + 1 RETURNING count'),
  expireRateLimits: db.prepare('DELETE FROM rate_limit WHERE expires_at <= ?'),
  expireSalts: db.prepare('DELETE FROM period_salt WHERE expires_at <= ?'),
  insertSalt: db.prepare('INSERT INTO period_salt (purpose, period, salt, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING'),
  salt: db.prepare('SELECT salt FROM period_salt WHERE purpose = ? AND period = ?'),
};

/** Prepared statements for `statements` jobs, by their SQL (the SQL comes from the server's own code). */
const prepared = new Map();
const statementFor = (/** @type {string} */ sql) => {
  let statement = prepared.get(sql);
  if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
  return statement;
};

/**
 * Each operation's arguments and answer are typed in database-operations.ts.
 * @type {{ [K in import('./database-operations').WriteOperation]: (args: import('./database-operations').WriteOperations[K]['args']) => import('./database-operations').WriteOperations[K]['result'] }}
 */
const operations = {
  saveSurveyResponse: (r) => {
    const existing = /** @type {{ reference: string } | undefined} */ (statements.responseByToken.get(r.formToken));
    if (existing) return { reference: existing.reference, alreadySaved: true };
    // The only other unique column is the reference (made by forms/references.ts): on the rare clash, try the next.
    for (const reference of r.references) {
      if (Number(statements.insertResponse.run(r.survey, reference, r.formToken, r.submittedAt, r.deleteAfter, r.answers).changes) === 1)
        return { reference, alreadySaved: false };
    }
    throw new Error('Could not find an unused reference number.');
  },
  savePageFeedback: (f) => ({
    alreadySaved: Number(statements.insertFeedback.run(f.page, f.useful ? 1 : 0, f.lookingFor, f.submittedAt, f.deleteAfter, f.repeatKey).changes) === 0,
  }),
  // The deletion and its audit entry (the reference, never the answers) are one transaction.
  deleteSurveyResponse: (d) => {
    const deleted = Number(statements.deleteResponse.run(d.reference).changes) === 1;
    if (deleted && d.audit) statements.audit.run(d.audit.at, d.audit.actor, 'response-deleted', `Reference ${d.reference}`, d.audit.deleteAfter);
    return deleted;
  },
  deleteExpired: (d) => {
    const responses = Number(statements.expireResponses.run(d.cutoff).changes);
    const feedback = Number(statements.expireFeedback.run(d.cutoff).changes);
    statements.expireSessions.run(d.sessionCutoffMs, d.idleCutoffMs);
    statements.expireFailures.run(d.failureCutoffMs);
    statements.expireLogins.run(d.nowMs);
    statements.expireSetupLinks.run(d.nowMs);
    const zeroResults = Number(statements.expireZeroResults.run(d.cutoff).changes);
    statements.expireRateLimits.run(d.nowMs);
    statements.expireSalts.run(d.nowMs);
    statements.forgetZeroResultClients.run(d.cutoff.slice(0, 10));
    const audit = Number(statements.expireAudit.run(d.cutoff).changes);
    // Counts only: what was deleted is gone, and was never written here.
    const detail = `${responses} survey responses, ${feedback} page feedback answers, ${zeroResults} searches that found nothing and ${audit} audit entries past their keep-until date`;
    statements.audit.run(d.cutoff, 'server', 'expiry-run', detail, d.auditDeleteAfter);
    return responses + feedback + zeroResults;
  },
  // Yesterday's client hashes go first: with the day's salt gone they could never be matched again anyway.
  countZeroResultSearch: (z) => {
    statements.forgetZeroResultClients.run(z.day);
    if (Number(statements.countZeroResultClient.run(z.clientHash, z.day).changes) === 0) return false;
    statements.countZeroResult.run(z.words, z.day, z.deleteAfter);
    return true;
  },
  countPost: (p) => Number(/** @type {{ count: number }} */ (statements.countPost.get(p.key, p.expiresAt)).count),
  periodSalt: (p) => {
    statements.expireSalts.run(p.nowMs);
    statements.insertSalt.run(p.purpose, p.period, p.candidate, p.expiresAt);
    return String(/** @type {{ salt: string }} */ (statements.salt.get(p.purpose, p.period)).salt);
  },
  /** Several statements from a store, in this job's savepoint: all of them happen or none. */
  statements: (s) =>
    s.steps.map((step) => {
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
        const run = /** @type {(args: unknown) => unknown} */ (operations[/** @type {keyof typeof operations} */ (job.op)]);
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
