import Breadcrumbs from '../Breadcrumbs.astro';
import ChoiceList from '../ChoiceList.astro';
import { ageBandInfo, ageBands } from '../../data/age-bands';
import type { ComponentExamples } from './types';

// Ways through the site: breadcrumbs and the big choice links of the "find support" pages.

export const breadcrumbs: ComponentExamples = {
  component: Breadcrumbs,
  examples: {
    'one level down': {
      props: { crumbs: [{ label: 'Information and advice', href: '/information/' }] },
      shows: ['Home', 'Information and advice'],
      markup: ['aria-label="Breadcrumb"', '<li><a href="/">Home</a></li><li><a href="/information/">Information and advice</a></li>'],
    },
    'deep, with a long name': {
      props: {
        crumbs: [
          { label: 'Services A to Z', href: '/services/' },
          {
            label: 'Northbridge and Eastgate Integrated Children’s Community Occupational Therapy and Physiotherapy Service',
            href: '/services/northbridge-and-eastgate-integrated-therapy/',
          },
        ],
      },
      shows: ['Home', 'Services A to Z', 'Occupational Therapy and Physiotherapy Service'],
    },
    'on a top-level page: home only': { props: { crumbs: [] }, shows: ['Home'], markup: [/<ol><li><a href="\/">Home<\/a><\/li><\/ol>/] },
  },
};

export const choiceList: ComponentExamples = {
  component: ChoiceList,
  examples: {
    'ages, with hints': {
      props: { choices: ageBands.map((band) => ({ label: `${ageBandInfo[band].ages} years`, hint: ageBandInfo[band].label, href: `/age/${band}/` })) },
      // The hint is a block of its own (site.css), so it reads as a separate line: no space between them in the markup.
      shows: ['0 to 5 years', 'Early years', '5 to 11 years', 'Primary school', '19 to 25 years', 'Young adults'],
      markup: ['href="/age/early-years/"'],
    },
    'without hints': {
      props: {
        choices: [
          { label: 'Support anyone can use', href: '/tier/universal/' },
          { label: 'Specialist support', href: '/tier/specialist/' },
        ],
      },
      shows: ['Support anyone can use', 'Specialist support'],
      markup: [/<a class="app-choice" href="\/tier\/universal\/">\s*Support anyone can use\s*<\/a>/],
    },
  },
};
