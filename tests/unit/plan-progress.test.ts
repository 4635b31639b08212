import { describe, expect, it } from 'vitest';
import {
  changesSince,
  countStatuses,
  isPastDue,
  notUpdatedIn,
  percentages,
  reportingMonth,
  summarise,
  updateAt,
  type Action,
  type Priority,
} from '../../src/lib/plan-progress';
import { addMonths, formatMonth, monthOf, monthsAfter, monthsEnding } from '../../src/lib/months';
import type { PlanStatus } from '../../src/data/plan-statuses';

const action = (ref: string, updates: [string, PlanStatus][], due = '2027-03-31'): Action => ({
  ref,
  action: `Action ${ref}`,
  owner: 'Head of SEND',
  due: new Date(due),
  updates: updates.map(([month, status]) => ({ month, status, note: `${status} in ${month}` })),
});

describe('months', () => {
  it('steps across the turn of the year', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsEnding('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
  });
  it('moves a moment by whole months, keeping its time, to the last day of a shorter month (never into the next)', () => {
    expect(monthsAfter(new Date('2026-01-31T09:15:00.000Z'), 1).toISOString()).toBe('2026-02-28T09:15:00.000Z');
    expect(monthsAfter(new Date('2024-02-29T00:00:00.000Z'), 12).toISOString()).toBe('2025-02-28T00:00:00.000Z');
    expect(monthsAfter(new Date('2026-03-31T23:59:59.000Z'), -1).toISOString()).toBe('2026-02-28T23:59:59.000Z');
    expect(monthsAfter(new Date('2026-11-02T12:00:00.000Z'), 24).toISOString()).toBe('2028-11-02T12:00:00.000Z');
  });
  it('puts a late-evening event in the UK month it happened in', () => {
    // 23:30 on 31 March in British Summer Time is 22:30 UTC, still March.
    expect(monthOf(new Date('2026-03-31T22:30:00Z'))).toBe('2026-03');
    // 00:30 on 1 July BST is 23:30 UTC on 30 June: July for a parent in Northbridge.
    expect(monthOf(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07');
  });
  it('writes months the GOV.UK way', () => {
    expect(formatMonth('2026-11')).toBe('November 2026');
  });
});

describe('an action’s status in a month', () => {
  const a = action('1.1', [
    ['2026-09', 'on-target'],
    ['2026-06', 'not-started'],
    ['2026-11', 'complete'],
  ]);
  it('is the latest update given in or before that month, whatever order updates were typed in', () => {
    expect(updateAt(a, '2026-10')?.status).toBe('on-target');
    expect(updateAt(a, '2026-11')?.status).toBe('complete');
    expect(updateAt(a, '2026-05')).toBeUndefined();
  });
  it('is flagged as not updated when the latest update is from an earlier month', () => {
    expect(notUpdatedIn(a, '2026-11')).toBe(false);
    expect(notUpdatedIn(a, '2026-12')).toBe(true);
  });
});

describe('percentages for a board report', () => {
  it('match the Halton-style summary and add up to exactly 100', () => {
    // 47 actions: 8 complete, 24 on target, 14 delayed, 1 not started.
    const p = percentages({ complete: 8, 'on-target': 24, delayed: 14, 'not-started': 1 });
    expect(p).toEqual({ complete: 17, 'on-target': 51, delayed: 30, 'not-started': 2 });
    expect(Object.values(p).reduce((a, b) => a + b)).toBe(100);
  });
  it('still add up to 100 when every share is a third', () => {
    const p = percentages({ complete: 1, 'on-target': 1, delayed: 1, 'not-started': 0 });
    expect(Object.values(p).reduce((a, b) => a + b)).toBe(100);
    expect(p['not-started']).toBe(0);
  });
  it('are all 0 for a priority with no actions yet', () => {
    expect(percentages(countStatuses([]))).toEqual({ complete: 0, 'on-target': 0, delayed: 0, 'not-started': 0 });
  });
});

describe('a priority’s summary', () => {
  const actions = [
    action('2.1', [
      ['2026-10', 'on-target'],
      ['2026-11', 'complete'],
    ]),
    action('2.2', [['2026-10', 'delayed']]),
    action('2.3', [['2026-11', 'not-started']]),
  ];
  it('counts each action once, by its status that month', () => {
    expect(summarise(actions, '2026-11')).toEqual({
      total: 3,
      counts: { complete: 1, 'on-target': 0, delayed: 1, 'not-started': 1 },
      percents: { complete: 34, 'on-target': 0, delayed: 33, 'not-started': 33 },
    });
  });
  it('leaves out actions that were not in the plan yet', () => {
    expect(summarise(actions, '2026-10').total).toBe(2);
  });
});

describe('what changed since last month', () => {
  const priorities: Priority[] = [
    {
      number: 2,
      title: 'Information',
      actions: [
        action('2.1', [
          ['2026-10', 'delayed'],
          ['2026-11', 'complete'],
        ]),
        action('2.2', [
          ['2026-10', 'on-target'],
          ['2026-11', 'on-target'],
        ]),
      ],
    },
    { number: 1, title: 'Co-production', actions: [action('1.4', [['2026-11', 'not-started']]), action('1.1', [['2026-09', 'on-target']])] },
  ];
  it('is the reporting month of the latest update anywhere in the plan', () => {
    expect(reportingMonth(priorities)).toBe('2026-11');
    expect(reportingMonth([])).toBeUndefined();
  });
  it('lists status changes and new actions, in plan order, and leaves out actions that stayed the same', () => {
    expect(changesSince(priorities, '2026-11').map((c) => [c.ref, c.from, c.to])).toEqual([
      ['1.4', undefined, 'not-started'],
      ['2.1', 'delayed', 'complete'],
    ]);
  });
  it('carries the latest note so readers see why', () => {
    expect(changesSince(priorities, '2026-11')[1].note).toBe('complete in 2026-11');
  });
});

describe('due dates', () => {
  const today = new Date('2026-11-23T12:00:00Z');
  it('marks an unfinished action as past its due date the day after it was due', () => {
    expect(isPastDue(action('3.1', [['2026-11', 'delayed']], '2026-11-22'), '2026-11', today)).toBe(true);
    expect(isPastDue(action('3.1', [['2026-11', 'delayed']], '2026-11-23'), '2026-11', today)).toBe(false);
  });
  it('never marks a complete action as late', () => {
    expect(isPastDue(action('3.2', [['2026-11', 'complete']], '2026-01-31'), '2026-11', today)).toBe(false);
  });
});
