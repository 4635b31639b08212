import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { planPrioritySchema, type PlanPriority } from '../../src/schemas/plan-priority';
import { planReport } from '../../src/lib/plan-progress';

const folder = 'content/plan';
const files = fs.readdirSync(folder).filter((f) => f.endsWith('.yaml'));
const priorities: PlanPriority[] = files.map((f) => {
  const parsed = planPrioritySchema.safeParse(load(fs.readFileSync(path.join(folder, f), 'utf8')));
  if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
});

describe('the Northbridge improvement plan (demo content)', () => {
  it('has 5 or 6 priorities and about 30 actions, all valid', () => {
    expect(priorities.length).toBeGreaterThanOrEqual(5);
    expect(priorities.length).toBeLessThanOrEqual(6);
    const actions = priorities.flatMap((p) => p.actions);
    expect(actions.length).toBeGreaterThanOrEqual(28);
    expect(actions.length).toBeLessThanOrEqual(36);
  });

  it('names job titles as owners, never people', () => {
    for (const a of priorities.flatMap((p) => p.actions)) expect(a.owner, a.ref).not.toMatch(/\b(Mr|Mrs|Ms|Miss|Dr)\b\.?\s/);
  });

  it('uses every status this month and has something that changed since last month', () => {
    const report = planReport(priorities, new Date('2026-11-23T12:00:00Z'))!;
    expect(report.month).toBe('2026-11');
    for (const count of Object.values(report.overall.counts)) expect(count).toBeGreaterThan(0);
    expect(report.changes.length).toBeGreaterThan(3);
    expect(report.changes.some((c) => c.from === undefined)).toBe(true);
  });
});

describe('a plan file an officer got wrong', () => {
  const good = {
    number: 2,
    title: 'Clear information',
    outcome: 'Families can find the support they need.',
    lead: 'Head of SEND Service',
    actions: [
      {
        ref: '2.1',
        action: 'Relaunch the Local Offer website.',
        owner: 'Local Offer Manager',
        due: '2026-09-30',
        updates: [{ month: '2026-09', status: 'complete', note: 'Launched on 22 September.' }],
      },
    ],
  };
  const messages = (input: unknown) => {
    const r = planPrioritySchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const withAction = (change: object) => ({ ...good, actions: [{ ...good.actions[0], ...change }] });

  it('is accepted when correct', () => {
    expect(messages(good)).toEqual([]);
  });
  it('explains a status that is not one of the four', () => {
    expect(messages(withAction({ updates: [{ month: '2026-09', status: 'done', note: 'Launched on 22 September.' }] }))).toEqual([
      'actions.0.updates.0.status: must be one of: complete, on-target, delayed, not-started',
    ]);
  });
  it('explains a month written as a full date', () => {
    expect(messages(withAction({ updates: [{ month: '2026-09-01', status: 'complete', note: 'Launched on 22 September.' }] }))).toEqual([
      'actions.0.updates.0.month: must be a month written as YYYY-MM, for example 2026-11',
    ]);
  });
  it('refuses two updates for the same month', () => {
    const update = { month: '2026-09', status: 'complete', note: 'Launched on 22 September.' };
    expect(messages(withAction({ updates: [update, update] }))[0]).toMatch(/^actions\.0\.updates: each month can have only one update/);
  });
  it('refuses an action numbered for another priority, or written without quotes', () => {
    expect(messages(withAction({ ref: '3.1' }))[0]).toMatch(/^actions: each action number must start with the priority number/);
    expect(messages(withAction({ ref: 2.1 }))).toEqual(['actions.0.ref: must be a number in quotes, such as "2.3"']);
  });
  it('needs at least one update so every action has a status', () => {
    expect(messages(withAction({ updates: [] }))).toEqual(['actions.0.updates: add at least one update: a new action starts as not-started']);
  });
});
