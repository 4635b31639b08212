import BarChart from '../BarChart.astro';
import MonthCountTable from '../MonthCountTable.astro';
import PlanActionItem from '../PlanActionItem.astro';
import PlanStatusChart from '../PlanStatusChart.astro';
import PlanStatusTable from '../PlanStatusTable.astro';
import PlanStatusTag from '../PlanStatusTag.astro';
import StatusPatterns from '../StatusPatterns.astro';
import type { PlanStatus } from '../../data/plan-statuses';
import { countStatuses, percentages, type StatusSummary } from '../../lib/plan-progress';
import type { ComponentExamples } from './types';

// The SEND improvement plan's progress page and the Local Offer dashboard: charts with their numbers in words and tables.

/** What planReport() gives a page for these statuses. */
function summary(statuses: PlanStatus[]): StatusSummary {
  const counts = countStatuses(statuses);
  return { total: statuses.length, counts, percents: percentages(counts) };
}
const repeat = (status: PlanStatus, n: number): PlanStatus[] => Array(n).fill(status);
const november = summary([...repeat('complete', 6), ...repeat('on-target', 17), ...repeat('delayed', 10), ...repeat('not-started', 2)]);
const october = summary([...repeat('complete', 4), ...repeat('on-target', 18), ...repeat('delayed', 11), ...repeat('not-started', 2)]);
const nothingYet = summary([]);

export const planStatusChart: ComponentExamples = {
  component: PlanStatusChart,
  examples: {
    'a month of actions in every status': {
      props: { id: 'overall-chart', title: 'All actions by status, November 2026', summary: november },
      shows: [
        'All actions by status, November 2026',
        '35 actions. Complete: 6 (17%). On target: 17 (49%). Delayed: 10 (28%). Not started: 2 (6%).',
        'Complete: 6 (17%)',
        'Not started: 2 (6%)',
      ],
      markup: ['role="img" aria-labelledby="overall-chart-title overall-chart-desc"', 'fill="url(#app-status-delayed)"', 'aria-hidden="true"'],
    },
    'no actions yet: an empty bar and zeros': {
      props: { id: 'priority-4-chart', title: 'Priority 4 actions by status, November 2026', summary: nothingYet },
      shows: ['0 actions. Complete: 0 (0%).', 'Not started: 0 (0%)'],
      markup: ['fill="#f3f2f1"'],
    },
  },
};

export const planStatusTable: ComponentExamples = {
  component: PlanStatusTable,
  examples: {
    'with the change since last month': {
      props: { caption: 'All actions in November 2026', summary: november, previous: october, previousLabel: 'October 2026' },
      shows: [
        'All actions in November 2026',
        'Status Actions Share Change since October 2026',
        'Complete 6 17% Up 2',
        'On target 17 49% Down 1',
        'Delayed 10 28% Down 1',
        'Not started 2 6% No change',
        'All actions 35 100% No change',
      ],
    },
    'the first report: no earlier month': {
      props: { caption: 'All actions in November 2026', summary: november },
      shows: ['Status Actions Share', 'Delayed 10 28%', 'All actions 35 100%'],
      hides: ['Change since'],
    },
    'no actions': {
      props: { caption: 'Priority 4 actions in November 2026', summary: nothingYet },
      shows: ['Complete 0 0%', 'All actions 0 0%'],
    },
  },
};

export const planStatusTag: ComponentExamples = {
  component: PlanStatusTag,
  examples: {
    complete: { props: { status: 'complete' }, shows: ['Complete'], markup: ['govuk-tag--green'] },
    'on target': { props: { status: 'on-target' }, shows: ['On target'] },
    delayed: { props: { status: 'delayed' }, shows: ['Delayed'], markup: ['govuk-tag--red'] },
    'not started': { props: { status: 'not-started' }, shows: ['Not started'], markup: ['govuk-tag--grey'] },
  },
};

export const statusPatterns: ComponentExamples = {
  component: StatusPatterns,
  examples: {
    'one fill for each status, hidden from screen readers': {
      shows: [],
      markup: [
        'aria-hidden="true" focusable="false"',
        'id="app-status-complete"',
        'id="app-status-on-target"',
        'patternTransform="rotate(45)"',
        'id="app-status-delayed"',
        'id="app-status-not-started"',
        '<circle',
      ],
    },
  },
};

const action = {
  ref: '2.3',
  action: 'Publish how long each step of an EHC needs assessment takes, every month',
  owner: 'Head of SEND Assessment',
  due: new Date('2027-03-31'),
  current: { month: '2026-11', status: 'on-target' as const, note: 'October figures published on the Local Offer dashboard.' },
  earlier: [
    { month: '2026-10', status: 'on-target' as const, note: 'The first month of figures was checked by the parent carer forum.' },
    { month: '2026-09', status: 'not-started' as const, note: 'Waiting for the new case system.' },
  ],
  pastDue: false,
  notUpdated: false,
};

export const planActionItem: ComponentExamples = {
  component: PlanActionItem,
  wrap: (html) => `<h2>Priority 2: Faster EHC needs assessments</h2><ol class="app-plan-actions" aria-label="Priority 2 actions">${html}</ol>`,
  examples: {
    'on target, with earlier updates': {
      props: { action },
      shows: [
        '2.3 Publish how long each step',
        'On target',
        'Who is responsible Head of SEND Assessment',
        'Due 31 March 2027',
        'Latest update (November 2026) October figures published',
        'Earlier updates for action 2.3',
        'October 2026: On target. The first month',
        'September 2026: Not started. Waiting for the new case system.',
      ],
      hides: ['Past due date', 'No update was given this month'],
      markup: ['id="action-2.3"', '<details class="app-details">'],
    },
    'delayed, past its due date and not updated this month': {
      props: {
        action: {
          ...action,
          ref: '1.1',
          due: new Date('2026-09-30'),
          current: { month: '2026-10', status: 'delayed', note: 'The new panel has not met yet.' },
          earlier: [],
          pastDue: true,
          notUpdated: true,
        },
      },
      shows: [
        '1.1',
        'Delayed',
        'Past due date',
        'Due 30 September 2026',
        'Latest update (October 2026) The new panel has not met yet.',
        'No update was given this month: this is the latest we have.',
      ],
      hides: ['Earlier updates'],
    },
    complete: {
      props: { action: { ...action, current: { month: '2026-11', status: 'complete', note: 'Figures are published on the first Monday of every month.' } } },
      shows: ['Complete', 'Figures are published on the first Monday'],
    },
  },
};

export const barChart: ComponentExamples = {
  component: BarChart,
  examples: {
    'services by type of support': {
      props: {
        id: 'tier-chart',
        title: 'Services by type of support',
        unit: 'services',
        rows: [
          { label: 'Support anyone can use', value: 41 },
          { label: 'Extra help for identified needs', value: 19 },
          { label: 'Specialist support', value: 7 },
        ],
      },
      shows: [
        'Services by type of support',
        'Support anyone can use: 41 services. Extra help for identified needs: 19 services. Specialist support: 7 services.',
        'Support anyone can use: 41 services',
      ],
      markup: ['role="img" aria-labelledby="tier-chart-title tier-chart-desc"'],
    },
    'shares of a whole, one of them nothing': {
      props: {
        id: 'review-chart',
        title: 'Services checked in the last 12 months',
        unit: 'services',
        max: 67,
        rows: [
          { label: 'Checked in the last 12 months', value: 67 },
          { label: 'Not checked for over 12 months', value: 0 },
        ],
      },
      shows: ['Checked in the last 12 months: 67 services.', 'Not checked for over 12 months: 0 services.'],
    },
    'long labels that wrap, with no unit': {
      props: {
        id: 'need-chart',
        title: 'Events held by month, December 2025 to November 2026',
        rows: [
          { label: 'Hearing, sight, movement and physical health', value: 12 },
          { label: 'Feelings, behaviour and mental health', value: 3 },
        ],
      },
      shows: ['Hearing, sight, movement and physical health: 12.', 'Hearing, sight, movement and'],
    },
  },
};

export const monthCountTable: ComponentExamples = {
  component: MonthCountTable,
  examples: {
    'a year of entries, some months with none': {
      props: {
        caption: '"You said, we did" entries by month',
        countLabel: 'Entries',
        months: [
          { month: '2026-09', count: 4 },
          { month: '2026-10', count: 0 },
          { month: '2026-11', count: 12 },
        ],
      },
      shows: ['"You said, we did" entries by month', 'Month Entries', 'September 2026 4', 'October 2026 0', 'November 2026 12'],
    },
    'events held': {
      props: { caption: 'Events held by month', countLabel: 'Events', months: [{ month: '2026-12', count: 3 }] },
      shows: ['Month Events', 'December 2026 3'],
    },
  },
};
