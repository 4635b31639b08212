import { monthsAfter } from '../../lib/months';
import type { ExpiryRun, FormsStore } from './store';

/** Audit log entries are kept this long (two years), then deleted by the hourly expiry run. */
export const auditRetentionMonths = 24;

/** The date `months` whole months after `from`, as stored in delete_after (the one month-adder, src/lib/months.ts). */
export const addMonths = monthsAfter;

/** Cut-offs for an expiry run at `now`: sessions after 8 hours (or 30 idle minutes), failed sign-ins after a day. */
export function expiryRunAt(now: Date): ExpiryRun {
  const nowMs = now.getTime();
  return {
    cutoff: now.toISOString(),
    nowMs,
    sessionCutoffMs: nowMs - 8 * 60 * 60 * 1000,
    idleCutoffMs: nowMs - 30 * 60 * 1000,
    failureCutoffMs: nowMs - 24 * 60 * 60 * 1000,
    auditDeleteAfter: addMonths(now, auditRetentionMonths).toISOString(),
  };
}

/**
 * Deletes everything past its delete-after date (answers, feedback, old
 * sessions and sign-in records, audit entries older than two years) and
 * records the run, with its counts, in the audit log. Several servers may
 * run it at once: each deletion is idempotent.
 */
export function deleteExpired(store: FormsStore, now = new Date()): Promise<number> {
  return store.deleteExpired(expiryRunAt(now));
}
