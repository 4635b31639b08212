import { z } from 'astro/zod';
import { planStatuses } from '../data/plan-statuses.ts';
import { calendarDate, mustBeOneOf, plainText } from './shared.ts';

/**
 * One priority of the SEND improvement plan, with its actions. An officer
 * adds one progress update per action each month (in the CMS); the plan page
 * works out the percentages and what changed since last month from them.
 */

/** A month written as YYYY-MM: updates are monthly, so a day would be false precision. */
export const monthKey = z
  .string({ error: 'must be a month written as YYYY-MM, for example 2026-11' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month written as YYYY-MM, for example 2026-11' });

export const statusUpdateSchema = z.strictObject({
  /** The month this update reports on, e.g. 2026-11. */
  month: monthKey.meta({ hint: 'The month this update reports on, e.g. 2026-11.' }),
  /** Where the action stood that month: complete, on target, delayed or not started. */
  status: z
    .enum(planStatuses, { error: mustBeOneOf(planStatuses) })
    .meta({ hint: 'Where the action stood that month: complete, on target, delayed or not started.' }),
  /** One or two plain sentences on progress, shown to the public. Say why when it is delayed. */
  note: plainText('Update note', 10, 400).meta({ hint: 'One or two plain sentences on progress, shown to the public. Say why when it is delayed.' }),
});

export const planActionSchema = z
  .strictObject({
    /** The action's number in the plan, e.g. 2.3 (priority 2, action 3); never reuse one. */
    ref: z
      .string({ error: 'must be a number in quotes, such as "2.3"' })
      .regex(/^\d+\.\d+$/, { error: 'must be a number such as 2.3 (priority number, a full stop, then the action number)' })
      .meta({ label: 'Action number', hint: "The action's number in the plan, e.g. 2.3 (priority 2, action 3); never reuse one." }),
    /** What will be done, in one plain sentence. */
    action: plainText('Action', 10, 300).meta({ hint: 'What will be done, in one plain sentence.' }),
    /** The job title of the person responsible (a role, never a person's name). */
    owner: plainText('Owner', 3, 120).meta({ label: 'Owner (job title)', hint: "The job title of the person responsible (a role, never a person's name)." }),
    /** The date the action should be finished by. */
    due: calendarDate.meta({ label: 'Finish by', hint: 'The date the action should be finished by.' }),
    /** Monthly progress updates, one per month; the latest one is the action's current status. */
    updates: z
      .array(statusUpdateSchema)
      .min(1, { error: 'add at least one update: a new action starts as not-started' })
      .meta({ label: 'Monthly updates', hint: "Monthly progress updates, one per month; the latest one is the action's current status." }),
  })
  .refine((a) => new Set(a.updates.map((u) => u.month)).size === a.updates.length, {
    error: 'each month can have only one update: change the existing one instead of adding another',
    path: ['updates'],
  });

export const planPrioritySchema = z
  .strictObject({
    /** The priority's number in the plan (1, 2, 3...); sets the order on the page. */
    number: z
      .number({ error: 'must be a whole number such as 1' })
      .int()
      .min(1)
      .max(20)
      .meta({ label: 'Priority number', hint: "The priority's number in the plan (1, 2, 3...); sets the order on the page." }),
    /** The priority in a few plain words, e.g. "Shorter waits for assessments". */
    title: plainText('Title', 5, 120).meta({ hint: 'The priority in a few plain words, e.g. "Shorter waits for assessments".' }),
    /** What will be better for children, young people and families when this priority is met. */
    outcome: plainText('Outcome', 20, 400).meta({ hint: 'What will be better for children, young people and families when this priority is met.' }),
    /** The job title of the senior person accountable for this priority (a role, not a name). */
    lead: plainText('Lead', 3, 120).meta({
      label: 'Led by (job title)',
      hint: 'The job title of the senior person accountable for this priority (a role, not a name).',
    }),
    /** The actions that will deliver this priority. */
    actions: z.array(planActionSchema).min(1, { error: 'add at least one action' }).meta({ hint: 'The actions that will deliver this priority.' }),
  })
  .refine((p) => p.actions.every((a) => a.ref.startsWith(`${p.number}.`)), {
    error: 'each action number must start with the priority number, e.g. 2.1, 2.2 for priority 2',
    path: ['actions'],
  })
  .refine((p) => new Set(p.actions.map((a) => a.ref)).size === p.actions.length, {
    error: 'two actions have the same number: each action needs its own',
    path: ['actions'],
  });

export type PlanPriority = z.infer<typeof planPrioritySchema>;
export type PlanAction = z.infer<typeof planActionSchema>;
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;
