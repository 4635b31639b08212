import EhcExampleTable from '../EhcExampleTable.astro';
import EhcStep from '../EhcStep.astro';
import { ehcStepSchema } from '../../schemas/ehc-journey';
import { stepRules } from '../../lib/ehc-timeline/step-rules';
import { reviewExample, workedExample } from '../../lib/ehc-timeline/worked-example';
import type { ComponentExamples } from './types';

// The EHC journey page: each step with its time limit, and the worked examples.

const decide = ehcStepSchema.parse({
  id: 'decide-whether-to-assess',
  title: 'The council decides whether to assess',
  whatHappens: 'The council looks at what you and your child’s school or nursery sent, and may ask for more information.',
  whatYouGet: 'A **letter** saying whether the council will carry out an EHC needs assessment, and why.',
  ifLate: 'Email the EHC team and ask when you will hear. If you still hear nothing, [ask SENDIASS for free advice](/services/sendiass-advice-line/).',
  help: [
    { text: 'SENDIASS advice line', href: '/services/sendiass-advice-line/' },
    { text: 'Asking for an EHC needs assessment', href: '/information/ehc-needs-assessment/' },
  ],
});
const comment = ehcStepSchema.parse({
  id: 'comment-on-draft',
  title: 'You comment on the draft plan',
  whatHappens: 'You read the draft plan, say what is wrong or missing, and name the school or college you want.',
  whatYouGet: 'The draft plan, with a list of schools and colleges you can ask for.',
  ifLate: 'If you need more time, ask the EHC team straight away, in writing, before the time runs out.',
});

export const ehcStep: ComponentExamples = {
  component: EhcStep,
  wrap: (html) => `<h2>After you ask for an EHC needs assessment</h2>${html}`,
  examples: {
    "the council's step, with help links": {
      props: { words: decide, rule: stepRules['decide-whether-to-assess'] },
      shows: [
        'The council decides whether to assess',
        `Time limit: ${stepRules['decide-whether-to-assess'].limit}.`,
        'The council looks at what you',
        'What you should receive',
        'A letter saying whether',
        'If it has not come in time',
        'ask SENDIASS for free advice',
        'Help with this step',
        'SENDIASS advice line',
        'Asking for an EHC needs assessment',
      ],
      hides: ['Your time:', 'Acting in time'],
      markup: ['<strong>letter</strong>', 'id="step-decide-whether-to-assess"', 'data-step-if-late', 'href="/services/sendiass-advice-line/"'],
    },
    "the family's own step, with no help links": {
      props: { words: comment, rule: stepRules['comment-on-draft'] },
      shows: ['You comment on the draft plan', `Your time: ${stepRules['comment-on-draft'].limit}.`, 'Acting in time', 'If you need more time'],
      hides: ['Time limit:', 'If it has not come in time', 'Help with this step'],
    },
  },
};

export const ehcExampleTable: ComponentExamples = {
  component: EhcExampleTable,
  examples: {
    'a request received on Monday 5 January 2026': {
      props: { caption: 'A request the council received on Monday 5 January 2026', rows: workedExample() },
      shows: [
        'A request the council received on Monday 5 January 2026',
        'Step Latest date',
        'The council receives the request Monday 5 January 2026',
        'Decision on whether to assess Monday 16 February 2026',
        'Final plan',
      ],
      markup: ['<th scope="row">Final plan</th>'],
    },
    'an annual review before a move to secondary school': {
      props: { caption: 'An annual review meeting on Tuesday 10 November 2026', rows: reviewExample() },
      shows: [
        'An annual review meeting on Tuesday 10 November 2026',
        'Review meeting (example date) Tuesday 10 November 2026',
        'Amended plan for a move to secondary school in September 2027',
      ],
    },
  },
};
