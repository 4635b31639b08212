/**
 * Kinds of event the Local Offer team lists. They decide the label on event
 * cards and feed the CMS select options; the order is the order in filters.
 */
export const eventKinds = ['local-offer-day', 'co-production', 'coffee-morning', 'training', 'information-session', 'activity'] as const;
export type EventKind = (typeof eventKinds)[number];

export const eventKindInfo: Record<EventKind, { label: string; explanation: string }> = {
  'local-offer-day': {
    label: 'Local Offer day',
    explanation: 'Meet services, schools and support groups in one place and ask questions face to face.',
  },
  'co-production': {
    label: 'Have your say',
    explanation: 'Help the council and health services plan and check SEND support. Your experience shapes what changes.',
  },
  'coffee-morning': {
    label: 'Coffee morning',
    explanation: 'An informal chance to meet other parents and carers, with someone there to answer questions.',
  },
  training: {
    label: 'Training for parents and carers',
    explanation: 'A session to learn about a need, a right or a way of helping your child.',
  },
  'information-session': {
    label: 'Information session',
    explanation: 'A talk about one part of SEND support, with time for questions.',
  },
  activity: {
    label: 'Activity for children and young people',
    explanation: 'Something to do for children and young people with SEND, and their families.',
  },
};
