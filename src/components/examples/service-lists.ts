import AzLetterLinks from '../AzLetterLinks.astro';
import ListPagination from '../ListPagination.astro';
import SavedServiceCard from '../SavedServiceCard.astro';
import ServiceCard from '../ServiceCard.astro';
import ServiceIndexEntry from '../ServiceIndexEntry.astro';
import TierGroups from '../TierGroups.astro';
import TierTag from '../TierTag.astro';
import { azLetters } from '../../lib/a-to-z';
import { toSavedService } from '../../my-list/saved-services';
import type { ServiceResult } from '../../lib/search/documents';
import { directoryService, longListExample, serviceExamples } from './service-data';
import type { ComponentExamples } from './types';

// Services in lists: browse pages by tier, the A to Z, search results, My list.

/** A search result as the server draws it, with a name that must be escaped. */
const searchResult: ServiceResult = {
  kind: 'service',
  url: '/services/chatterbox-drop-in/',
  name: 'Chatterbox <b>drop-in</b>',
  tier: 'universal',
  ages: 'Ages 0 to 5',
  free: true,
  summary: 'Advice for parents of children who are "late to talk", with a speech and language therapist.',
  route: 'self-referral',
  status: 'active',
};

const longName = directoryService({
  name: 'Northbridge and Eastgate Integrated Children’s Community Occupational Therapy and Physiotherapy Service',
  summary:
    'Assessments, equipment and advice for children and young people who find everyday movement hard: getting dressed, using cutlery, sitting well at school, moving around the house and getting in and out of the car.',
  tier: 'specialist',
  access: { route: 'professional-referral', steps: ['Ask your GP or school SENCo to refer you.'] },
});

export const serviceCard: ComponentExamples = {
  component: ServiceCard,
  wrap: (html) => `<h2>Support anyone can use</h2><ul class="app-cards">${html}</ul>`,
  examples: {
    'free, open to all': {
      props: { service: serviceExamples.current },
      shows: [
        'Little Voices language group',
        'Extra help for identified needs',
        'Ages 2 to 4',
        'Free',
        'A six-week group',
        'How to get it: You can contact them yourself.',
        'Save Little Voices language group to my list',
      ],
      hides: ['Temporarily closed', 'There is a cost'],
      markup: ['href="/services/little-voices-language-group/"', 'href="/my-list/?add=little-voices-language-group"'],
    },
    'specialist, paid, needs an EHC plan': {
      props: { service: serviceExamples.paidSpecialist },
      shows: ['Specialist support', 'Ages 2 to 4', 'There is a cost', 'You need an Education, Health and Care plan'],
      hides: ['Free'],
    },
    'temporarily closed: still saved, with the status in words': {
      props: { service: serviceExamples.temporarilyClosed },
      shows: ['Temporarily closed', 'to my list'],
    },
    'closed for good: no save link': {
      props: { service: directoryService({ status: 'defunct' }) },
      shows: ['Little Voices language group', 'Closed'],
      hides: ['to my list'],
    },
    'a search result, with its name escaped and the heading at level 2': {
      props: { service: searchResult, headingLevel: 2 },
      shows: ['Chatterbox <b>drop-in</b>', 'Support anyone can use', 'Ages 0 to 5', '"late to talk"', 'Save Chatterbox <b>drop-in</b> to my list'],
      markup: [/<h2 class="app-card__title"><a data-field="link" href="\/services\/chatterbox-drop-in\/">Chatterbox &lt;b&gt;drop-in&lt;\/b&gt;<\/a><\/h2>/],
    },
    'the template search as you type fills: every tier hidden but one, every optional row': {
      props: { service: searchResult, headingLevel: 2, forTemplate: true },
      shows: ['Chatterbox <b>drop-in</b>', 'Ages 0 to 5', 'Save'],
      hides: ['Support anyone can use', 'Specialist support', 'Extra help for identified needs', 'Temporarily closed'],
      markup: [/(data-tier="\w+" hidden[^]*){3}/, 'data-row="status" hidden', 'data-row="save"'],
    },
    'a very long name and summary': {
      props: { service: longName },
      shows: ['Northbridge and Eastgate Integrated Children’s Community Occupational Therapy and Physiotherapy Service', 'A professional needs to refer you'],
    },
  },
};

export const serviceIndexEntry: ComponentExamples = {
  component: ServiceIndexEntry,
  wrap: (html) => `<h2>L</h2><ul class="app-az-list">${html}</ul>`,
  examples: {
    open: {
      props: { service: serviceExamples.current },
      shows: ['Little Voices language group', 'Extra help for identified needs, ages 2 to 4'],
      hides: ['closed'],
    },
    'temporarily closed, so nobody travels to it': { props: { service: serviceExamples.temporarilyClosed }, shows: ['ages 2 to 4, temporarily closed'] },
    'one age only': { props: { service: directoryService({ ageRange: { min: 16, max: 16 }, tier: 'universal' }) }, shows: ['Support anyone can use, age 16'] },
    'a very long name': { props: { service: longName }, shows: ['Occupational Therapy and Physiotherapy Service', 'Specialist support, ages 2 to 4'] },
  },
};

export const tierGroups: ComponentExamples = {
  component: TierGroups,
  examples: {
    'one group empty: says so and offers the other groups': {
      props: { services: [serviceExamples.paidSpecialist, serviceExamples.current] },
      shows: [
        'Support anyone can use (0)',
        'Extra help for identified needs (1)',
        'Specialist support (1)',
        'Support anyone can use (0)',
        'There are no services in this group for your choices. Try the other groups, or see all services.',
        'Extra help for identified needs (1)',
        'Little Voices language group',
        'Specialist support (1)',
      ],
      hides: ['Page 1 of'],
    },
    'page 1 of a long list': {
      props: { services: longListExample, pageNumber: 1, listHref: '/need/example/' },
      shows: ['Support anyone can use (32)', 'Example service 01', 'Example service 30', 'Page 1 of 2', 'Next page of this list'],
      hides: ['continued', 'Example service 31', 'Previous page'],
    },
    'page 2 of a long list: a group carries on, with jump links back to page 1': {
      props: { services: longListExample, pageNumber: 2, listHref: '/need/example/' },
      shows: [
        'Page 2 of 2 of this list.',
        'Support anyone can use, continued (32)',
        'Example service 31',
        'Specialist support (2)',
        'Previous page of this list',
        'Page 2 of 2',
      ],
      hides: ['Example service 30', 'Next page'],
      markup: ['href="/need/example/#tier-universal"', 'href="#tier-specialist"', 'href="/need/example/" rel="prev"'],
    },
  },
};

export const tierTag: ComponentExamples = {
  component: TierTag,
  examples: {
    universal: { props: { tier: 'universal' }, shows: ['Support anyone can use'], markup: ['govuk-tag--green'] },
    targeted: { props: { tier: 'targeted' }, shows: ['Extra help for identified needs'] },
    specialist: { props: { tier: 'specialist' }, shows: ['Specialist support'], markup: ['govuk-tag--purple'] },
    'hidden, for a template': {
      props: { tier: 'specialist', option: true },
      shows: [],
      hides: ['Specialist support'],
      markup: ['data-tier="specialist" hidden'],
    },
  },
};

export const listPagination: ComponentExamples = {
  component: ListPagination,
  examples: {
    'one page: nothing to show': { props: { listHref: '/need/example/', pageNumber: 1, total: 30 }, shows: [], hides: ['Page'] },
    'first of three pages': {
      props: { listHref: '/need/example/', pageNumber: 1, total: 61 },
      shows: ['Page 1 of 3', 'Next page of this list'],
      hides: ['Previous page'],
      markup: ['href="/need/example/page/2/" rel="next"'],
    },
    'a middle page': {
      props: { listHref: '/need/example/', pageNumber: 2, total: 61 },
      shows: ['Previous page of this list', 'Page 2 of 3', 'Next page of this list'],
      markup: ['href="/need/example/" rel="prev"', 'href="/need/example/page/3/" rel="next"'],
    },
    'last page of a list with more entries a page': {
      props: { listHref: '/services/letter/b/', pageNumber: 2, total: 200, perPage: 150 },
      shows: ['Previous page of this list', 'Page 2 of 2'],
      hides: ['Next page'],
    },
  },
};

export const azLetterLinks: ComponentExamples = {
  component: AzLetterLinks,
  examples: {
    'the whole A to Z: letters with services are links': {
      props: { withServices: new Set(['a', 'b', 'c', 'l', 's', '0-9']) },
      shows: ['A B C D E', 'X Y Z 0 to 9'],
      markup: ['href="/services/letter/l/"', '<span class="app-letters__none">D</span>'],
    },
    'a letter page: its letter is marked as the current page': {
      props: { withServices: new Set(['a', 'l']), current: azLetters.find((l) => l.key === 'l') },
      shows: ['L'],
      markup: [/<a href="\/services\/letter\/l\/" aria-current="page">L<\/a>/, /<a href="\/services\/letter\/a\/">A<\/a>/],
    },
    'no services yet: every letter is plain text': {
      props: { withServices: new Set() },
      shows: ['A B C'],
      markup: [/^(?![^]*<a )/],
    },
  },
};

const shared = toSavedService(
  directoryService({
    contact: { phone: '01632 960999', email: 'littlevoices@example.org', website: 'https://northbridge.example/little-voices/' },
    schedule: [{ days: ['tuesday'], opens: '09:30', closes: '11:00', termTimeOnly: true }],
  }),
);

export const savedServiceCard: ComponentExamples = {
  component: SavedServiceCard,
  wrap: (html) => `<h2>Services on this list (1)</h2><ul class="app-saved-list">${html}</ul>`,
  examples: {
    'every way to get in touch, and times': {
      props: { service: shared, removeHref: '/my-list/?services=chatterbox' },
      shows: [
        'Little Voices language group',
        'Extra help for identified needs',
        'A six-week group',
        'Phone 01632 960999',
        'Email littlevoices@example.org',
        'Website northbridge.example/little-voices',
        'Where Riverside Family Hub, 14 Mill Lane, Northbridge NB1 4AA',
        'When Tuesday, 9:30am to 11am, term time only',
        'How to get it You can contact them yourself. Phone the team to book a place.',
        'Cost Free',
        'Remove Little Voices language group from this list',
      ],
      markup: ['href="/my-list/?services=chatterbox"'],
    },
    'temporarily closed, online only, no phone or times': {
      props: {
        service: toSavedService(
          directoryService({ status: 'temporarily closed', contact: { email: 'littlevoices@example.org' }, delivery: ['online'], locations: [] }),
        ),
        removeHref: '/my-list/',
      },
      shows: ['Temporarily closed', 'Email littlevoices@example.org', 'Where Online'],
      hides: ['Phone 01632', 'Website', 'When'],
      markup: ['data-row="phone" hidden', 'data-row="when" hidden'],
    },
    paid: {
      props: { service: toSavedService(serviceExamples.paidSpecialist), removeHref: '/my-list/' },
      shows: ['Specialist support', 'Cost £4 a session'],
    },
  },
};
