import { planStatuses, type PlanStatus } from '../data/plan-statuses.ts';
import { addMonths } from './months.ts';

/**
 * Improvement plan progress, worked out from each action's monthly updates.
 * The reporting month is the latest month anyone gave an update for; an
 * action keeps its last status until someone updates it again, and the page
 * says so, rather than guessing.
 */

export interface Update {
  month: string;
  status: PlanStatus;
  note: string;
}
export interface Action {
  ref: string;
  action: string;
  owner: string;
  due: Date;
  updates: Update[];
}
export interface Priority {
  number: number;
  title: string;
  actions: Action[];
}

export type StatusCounts = Record<PlanStatus, number>;

export interface StatusSummary {
  /** Actions in the plan that month (actions added later are not counted). */
  total: number;
  counts: StatusCounts;
  /** Whole-number percentages that add up to 100 (or all 0 when there are no actions). */
  percents: StatusCounts;
}

export interface StatusChange {
  priority: number;
  ref: string;
  action: string;
  /** Undefined when the action is new this month. */
  from?: PlanStatus;
  to: PlanStatus;
  note: string;
}

/** Months sort as text because they are written YYYY-MM. */
const byMonth = (a: Update, b: Update) => a.month.localeCompare(b.month);

/** The update in force in `month`: the latest one given in or before it. */
export function updateAt(action: Pick<Action, 'updates'>, month: string): Update | undefined {
  return [...action.updates]
    .sort(byMonth)
    .filter((u) => u.month <= month)
    .at(-1);
}

/** The latest month any action has an update for: the month the plan reports on. */
export function reportingMonth(priorities: Pick<Priority, 'actions'>[]): string | undefined {
  const months = priorities.flatMap((p) => p.actions.flatMap((a) => a.updates.map((u) => u.month)));
  return months.sort().at(-1);
}

/** The month before the reporting month, for "what changed since last month". */
export function previousMonth(month: string): string {
  return addMonths(month, -1);
}

/** How many of each status, with every status present (0 when none). */
export function countStatuses(statuses: PlanStatus[]): StatusCounts {
  const counts = Object.fromEntries(planStatuses.map((s) => [s, 0])) as StatusCounts;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/**
 * Whole-number percentages that add up to exactly 100, by the largest
 * remainder method, so a board paper never shows 17 + 51 + 30 + 3 = 101.
 */
export function percentages(counts: StatusCounts): StatusCounts {
  const total = planStatuses.reduce((sum, s) => sum + counts[s], 0);
  const result = Object.fromEntries(planStatuses.map((s) => [s, 0])) as StatusCounts;
  if (total === 0) return result;
  const exact = planStatuses.map((s) => ({ s, value: (counts[s] / total) * 100 }));
  for (const { s, value } of exact) result[s] = Math.floor(value);
  let left = 100 - planStatuses.reduce((sum, s) => sum + result[s], 0);
  // Ties go to the status listed first (complete before delayed), so the result never depends on sort stability.
  const byRemainder = [...exact].sort(
    (a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)) || planStatuses.indexOf(a.s) - planStatuses.indexOf(b.s),
  );
  for (const { s } of byRemainder) {
    if (left === 0) break;
    result[s] += 1;
    left -= 1;
  }
  return result;
}

/** Counts and percentages for some actions as they stood in `month`. */
export function summarise(actions: Pick<Action, 'updates'>[], month: string): StatusSummary {
  const statuses = actions.map((a) => updateAt(a, month)?.status).filter((s): s is PlanStatus => s !== undefined);
  const counts = countStatuses(statuses);
  return { total: statuses.length, counts, percents: percentages(counts) };
}

/** Every action whose status in `month` differs from the month before, in plan order. */
export function changesSince(priorities: Priority[], month: string): StatusChange[] {
  const before = previousMonth(month);
  const changes: StatusChange[] = [];
  for (const p of [...priorities].sort((a, b) => a.number - b.number)) {
    for (const a of p.actions) {
      const now = updateAt(a, month);
      if (!now) continue;
      const then = updateAt(a, before);
      if (then?.status === now.status) continue;
      changes.push({ priority: p.number, ref: a.ref, action: a.action, from: then?.status, to: now.status, note: now.note });
    }
  }
  return changes;
}

/** True when the latest update is older than the reporting month: the page says it was not updated. */
export function notUpdatedIn(action: Pick<Action, 'updates'>, month: string): boolean {
  const latest = updateAt(action, month);
  return latest !== undefined && latest.month < month;
}

/** True when an unfinished action's due date has passed (an action due today is not late yet). */
export function isPastDue(action: Pick<Action, 'due' | 'updates'>, month: string, today: Date): boolean {
  const endOfDueDay = action.due.getTime() + 86_400_000;
  return updateAt(action, month)?.status !== 'complete' && endOfDueDay <= today.getTime();
}

/**
 * Everything the plan page shows, worked out once: the reporting month, the
 * overall and per-priority summaries (now and last month), what changed, and
 * each action's current update, history and warnings. Undefined when no
 * action has an update yet.
 */
export function planReport<P extends Priority>(priorities: P[], today: Date) {
  const month = reportingMonth(priorities);
  if (!month) return undefined;
  const before = previousMonth(month);
  const all = priorities.flatMap((p) => p.actions);
  return {
    month,
    before,
    overall: summarise(all, month),
    overallBefore: summarise(all, before),
    changes: changesSince(priorities, month),
    pastDue: all.filter((a) => isPastDue(a, month, today)).length,
    priorities: priorities.map((p) => ({
      ...p,
      summary: summarise(p.actions, month),
      summaryBefore: summarise(p.actions, before),
      actions: p.actions.map((a) => {
        const current = updateAt(a, month) as Update;
        return {
          ...a,
          current,
          earlier: [...a.updates]
            .sort(byMonth)
            .reverse()
            .filter((u) => u.month < current.month),
          pastDue: isPastDue(a, month, today),
          notUpdated: current.status !== 'complete' && notUpdatedIn(a, month),
        };
      }),
    })),
  };
}
