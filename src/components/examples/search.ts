import HeaderSearch from '../search/HeaderSearch.astro';
import InformationResult from '../search/InformationResult.astro';
import NoResults from '../search/NoResults.astro';
import SearchData from '../search/SearchData.astro';
import SearchFilters from '../search/SearchFilters.astro';
import { noFilters } from '../../lib/search/filters';
import { directoryService, serviceExamples } from './service-data';
import { exampleSiteSettings } from './site-settings';
import type { ComponentExamples } from './types';

// Search: the box in every header, the filter panel, results and "nothing found".

export const headerSearch: ComponentExamples = {
  component: HeaderSearch,
  place: 'header',
  examples: {
    'in the header, a plain GET form with no script': {
      shows: ['Search for support or information', 'Search'],
      markup: ['action="/search" method="get" role="search"', 'name="q" type="search"', /^(?![^]*<script)/],
    },
  },
};

export const searchFilters: ComponentExamples = {
  component: SearchFilters,
  wrap: (html) => `<form action="/search" method="get" role="search" aria-label="Search the Local Offer">${html}</form>`,
  examples: {
    'nothing chosen': {
      props: { filters: noFilters() },
      shows: [
        'Filter results',
        'What you are worried about',
        'Age',
        '0 to 5 (early years)',
        'Type of support',
        'Start with support anyone can use.',
        'Cost',
        'Free',
        'How to get it',
        'Topic',
        'Apply filters',
      ],
      hides: ['selected'],
      markup: [/^(?![^]*checked)/],
    },
    'three chosen, in two groups': {
      props: { filters: { ...noFilters(), tier: ['universal', 'targeted'], cost: ['free'] } },
      shows: ['Filter results (3 selected)'],
      markup: [/id="filter-tier-universal" name="tier" type="checkbox" value="universal" checked/, /value="free" checked/, /value="specialist"(?! checked)/],
    },
  },
};

export const informationResult: ComponentExamples = {
  component: InformationResult,
  wrap: (html) => `<h2>Information and advice</h2><ul class="app-search-information__list">${html}</ul>`,
  examples: {
    'a page with a summary': {
      props: {
        page: {
          kind: 'information',
          url: '/information/short-breaks/',
          name: 'Short breaks',
          summary: 'Time away for disabled children and a break for the people who care for them.',
        },
      },
      shows: ['Short breaks', 'Time away for disabled children'],
      markup: ['href="/information/short-breaks/"'],
    },
    'a long title, escaped': {
      props: {
        page: {
          kind: 'information',
          url: '/information/ehc-needs-assessment/',
          name: 'Asking for an Education, Health and Care (EHC) needs assessment <when school support is not enough>',
          summary: 'Who can ask, how to ask, and what happens next.',
        },
      },
      shows: ['Asking for an Education, Health and Care (EHC) needs assessment <when school support is not enough>'],
      markup: ['&lt;when school support is not enough&gt;'],
    },
  },
};

export const noResults: ComponentExamples = {
  component: NoResults,
  examples: {
    'nothing found, no filters on': {
      props: { hidden: false, filtered: false, settings: exampleSiteSettings },
      shows: [
        'Try: checking the spelling',
        'using other words',
        'Find support by your child’s age',
        '0 to 5 years',
        'Early years',
        '19 to 25 years',
        'Young adults',
        'Or by what you are worried about',
        'Talking, understanding and getting on with others',
        'look through all services A to Z',
        'call the Local Offer team on 01632 960555 and they will search for you. Lines are open Monday to Thursday, 9am to 5pm, and Friday, 9am to 4:30pm.',
      ],
      hides: ['removing some filters'],
      markup: ['href="tel:01632960555"'],
    },
    'nothing found with filters on: suggests removing some': {
      props: { hidden: false, filtered: true, settings: exampleSiteSettings },
      shows: ['checking the spelling', 'removing some filters'],
    },
    'drawn hidden, for the search page script to show': {
      props: { hidden: true, filtered: false, settings: exampleSiteSettings },
      shows: [],
      hides: ['Try'],
      markup: ['id="search-no-results" hidden'],
    },
  },
};

export const searchData: ComponentExamples = {
  component: SearchData,
  examples: {
    'a service: filters and result fields for Pagefind, shown to nobody': {
      props: { service: serviceExamples.current },
      shows: [],
      hides: ['Little Voices', 'A six-week group'],
      markup: [
        'data-pagefind-filter="need:communication-interaction"',
        'data-pagefind-filter="cost:free"',
        'data-pagefind-meta="tier:targeted"',
        'data-pagefind-meta="ages:Ages 2 to 4"',
        'data-pagefind-meta="route:self-referral"',
        /data-pagefind-meta="labels:[^"]*Northbridge Council"/,
      ],
    },
    'a paid service with keywords parents use': {
      props: { service: directoryService({ tier: 'specialist', cost: { free: false, details: '£4 a session' }, keywords: ['late talker', 'speech delay'] }) },
      shows: [],
      hides: ['late talker'],
      markup: [
        'data-pagefind-meta="cost:paid"',
        'data-pagefind-meta="keywords:late talker. speech delay"',
        '<p data-pagefind-weight="6">late talker, speech delay</p>',
      ],
    },
  },
};
