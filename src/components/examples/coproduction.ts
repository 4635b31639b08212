import YouSaidWeDidEntry from '../YouSaidWeDidEntry.astro';
import YouSaidWeDidFilters from '../YouSaidWeDidFilters.astro';
import type { YouSaidWeDidStatus, YouSaidWeDidTheme } from '../../data/you-said-we-did';
import { youSaidWeDidStatuses, youSaidWeDidThemes } from '../../data/you-said-we-did';
import type { YouSaidWeDidEntry as Entry } from '../../lib/you-said-we-did';
import { youSaidWeDidSchema } from '../../schemas/you-said-we-did';
import type { ComponentExamples } from './types';

// "You said, we did": one entry, and the filters over the log.

function entry(slug: string, fields: Record<string, unknown>): Entry {
  return { ...youSaidWeDidSchema.parse({ source: 'parent-carer-survey', ...fields }), slug };
}

const done = entry('short-breaks-waiting-list', {
  date: '2026-11-02',
  theme: 'short-breaks-and-leisure',
  status: 'done',
  title: 'Short breaks waiting list',
  youSaid: 'Families did not know how long the wait for a short break was, or whether they were still on the list.',
  weDid: 'We now write to every family on the list each term with their place in the queue, and the short breaks page shows the usual wait.',
  changed: [
    { label: 'Short breaks', href: '/information/short-breaks/' },
    { label: 'Holiday activities', href: '/services/holiday-activities/' },
  ],
});
const inProgress = entry('ehc-plan-updates', {
  date: '2026-10-05',
  theme: 'ehc-plans',
  status: 'in-progress',
  title: 'Updates while an EHC plan is being written',
  youSaid: 'Parents told us they heard nothing for weeks after asking for an EHC needs assessment and did not know who to ask.',
  weDid: 'Each family gets a named contact in the EHC team, and we are adding a text message at each step.',
  expected: 'by April 2027',
});
const planned = entry('transport-forms', {
  date: '2026-09-14',
  theme: 'transport',
  status: 'planned',
  title: 'Simpler travel assistance forms',
  youSaid: 'The travel assistance form is long and asks for the same things twice.',
  weDid: 'We will shorten the form with the parent carer forum and test it with families.',
});

export const youSaidWeDidEntry: ComponentExamples = {
  component: YouSaidWeDidEntry,
  wrap: (html) => `<h2>November 2026</h2>${html}`,
  examples: {
    'done, with links to what changed': {
      props: { entry: done },
      shows: [
        'Short breaks waiting list',
        'Done',
        'Short breaks and leisure',
        'Published 2 November 2026',
        'You said Families did not know',
        'We did We now write to every family',
        'See what changed: Short breaks, Holiday activities',
      ],
      markup: ['href="/information/short-breaks/"', 'datetime="2026-11-02"', 'id="short-breaks-waiting-list"'],
    },
    'in progress, with when to expect it': {
      props: { entry: inProgress },
      shows: ['In progress', 'We are doing Each family gets a named contact', 'Expected: by April 2027.'],
      hides: ['See what changed'],
    },
    'planned, in the annual report grouped by theme': {
      props: { entry: planned, headingLevel: 3, showTheme: false },
      shows: ['Simpler travel assistance forms', 'Planned', 'Published 14 September 2026', 'We will We will shorten the form'],
      hides: ['Travel to school or college'],
    },
  },
};

const counts = <K extends string>(keys: readonly K[], n: (i: number) => number) => Object.fromEntries(keys.map((k, i) => [k, n(i)])) as Record<K, number>;
const themeCounts = counts<YouSaidWeDidTheme>(youSaidWeDidThemes, (i) => (i * 3) % 7);
const statusCounts = counts<YouSaidWeDidStatus>(youSaidWeDidStatuses, (i) => [14, 5, 2][i]);

export const youSaidWeDidFilters: ComponentExamples = {
  component: YouSaidWeDidFilters,
  examples: {
    'no filter: every theme and status, with counts': {
      props: { filter: {}, themeCounts, statusCounts },
      shows: [
        'Filter by theme or status',
        'Theme',
        'All themes',
        'Local Offer website (0)',
        'Education and SEN support (3)',
        'Status',
        'Any status',
        'Done (14)',
        'In progress (5)',
        'Planned (2)',
      ],
      hides: ['Selected filters'],
      markup: [/<a href="\/you-said-we-did\/" aria-current="page">All themes<\/a>/],
    },
    'a theme and a status chosen: each can be removed': {
      props: { filter: { theme: 'transport', status: 'planned' }, themeCounts, statusCounts },
      shows: ['Selected filters', 'Remove this filter: theme Travel to school or college', 'Remove this filter: status Planned', 'Clear filters'],
      markup: [
        'href="/you-said-we-did/status/planned/"',
        'href="/you-said-we-did/theme/transport/"',
        /href="\/you-said-we-did\/theme\/transport\/planned\/" aria-current="page"/,
      ],
    },
    'a status only': {
      props: { filter: { status: 'done' }, themeCounts, statusCounts },
      shows: ['Remove this filter: status Done'],
      hides: ['Remove this filter: theme'],
      markup: [/href="\/you-said-we-did\/status\/done\/" aria-current="page">Done/],
    },
  },
};
