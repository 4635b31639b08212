/**
 * How far along each improvement plan action is, in the four words councils
 * use when they report to boards. The array order is the order every chart,
 * table and legend uses: done first, then on track, then the worries.
 */
export const planStatuses = ['complete', 'on-target', 'delayed', 'not-started'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const planStatusInfo: Record<
  PlanStatus,
  { label: string; explanation: string; tagClass: string; colour: string; pattern: 'solid' | 'stripes' | 'crosshatch' | 'dots' }
> = {
  complete: {
    label: 'Complete',
    explanation: 'The action is finished.',
    tagClass: 'govuk-tag--green',
    colour: '#00703c',
    pattern: 'solid',
  },
  'on-target': {
    label: 'On target',
    explanation: 'Work has started and should finish by its due date.',
    tagClass: '',
    colour: '#1d70b8',
    pattern: 'stripes',
  },
  delayed: {
    label: 'Delayed',
    explanation: 'Work is behind where it should be, or will miss its due date.',
    tagClass: 'govuk-tag--red',
    colour: '#d4351c',
    pattern: 'crosshatch',
  },
  'not-started': {
    label: 'Not started',
    explanation: 'Work has not started yet. This is not always a problem: some actions wait for others to finish.',
    tagClass: 'govuk-tag--grey',
    colour: '#6f777b',
    pattern: 'dots',
  },
};
