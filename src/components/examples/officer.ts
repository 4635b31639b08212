import OfficerNav from '../OfficerNav.astro';
import ReviewTable from '../ReviewTable.astro';
import type { ReviewRow } from '../../lib/review-list';
import type { ComponentExamples } from './types';

// Staff pages: the officer view's navigation (from who is signed in) and the navigators' review list.

const signedIn = (role: 'officer' | 'forum', email: string): Partial<App.Locals> => ({
  staff: { email, role, method: 'password', sessionHash: 'example-session-hash' },
});

export const officerNav: ComponentExamples = {
  component: OfficerNav,
  examples: {
    'a Local Offer officer: the audit log too': {
      locals: signedIn('officer', 'local.offer.officer@example.org'),
      shows: [
        'Signed in as local.offer.officer@example.org (Local Offer officer)',
        'Surveys',
        'Page feedback',
        'Audit log',
        'Searches that found nothing',
        'Sign out',
      ],
      markup: ['<form method="post" action="/officer/sign-out/">'],
    },
    'the parent carer forum: summaries only, no audit log': {
      locals: signedIn('forum', 'forum.chair@example.org'),
      shows: ['Signed in as forum.chair@example.org (Parent carer forum (summaries only))', 'Surveys', 'Searches that found nothing'],
      hides: ['Audit log'],
    },
    'nobody signed in': {
      locals: {},
      shows: ['Surveys', 'Sign out'],
      hides: ['Signed in as', 'Audit log'],
    },
  },
};

const row = (fields: Partial<ReviewRow>): ReviewRow => ({
  kind: 'Service',
  name: 'Little Voices language group',
  editUrl: '/admin/#/collections/services/entries/little-voices-language-group',
  lastReviewed: new Date('2025-09-01'),
  due: new Date('2026-09-01'),
  daysOverdue: 83,
  reviewOwner: 'Early Years Speech and Language Lead',
  ...fields,
});

export const reviewTable: ComponentExamples = {
  component: ReviewTable,
  examples: {
    'overdue, most overdue first': {
      props: {
        caption: 'Overdue, most overdue first',
        counting: 'overdue',
        rows: [
          row({}),
          row({
            kind: 'Information page',
            name: 'Short breaks',
            editUrl: '/admin/#/collections/pages/entries/short-breaks',
            daysOverdue: 1,
            lastReviewed: new Date('2025-11-22'),
            due: new Date('2026-11-22'),
            reviewOwner: 'SEND Information Officer',
          }),
        ],
      },
      shows: [
        'Overdue, most overdue first',
        'Name Last checked Due Overdue by Who keeps it up to date',
        'Little Voices language group (service) 1 September 2025 1 September 2026 83 days Early Years Speech and Language Lead',
        'Short breaks (information page)',
        '1 day',
      ],
      markup: ['href="/admin/#/collections/services/entries/little-voices-language-group"', 'data-label="Overdue by"'],
    },
    'due soon, one of them today': {
      props: {
        caption: 'Due in the next 60 days',
        counting: 'until due',
        rows: [row({ daysOverdue: 0 }), row({ name: 'Riverside Family Hub stay and play', daysOverdue: -45 })],
      },
      shows: ['Due in the next 60 days', 'Due in', 'today', 'Riverside Family Hub stay and play', '45 days'],
      hides: ['Overdue by'],
    },
  },
};
