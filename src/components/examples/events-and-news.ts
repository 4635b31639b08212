import EventCard from '../EventCard.astro';
import FeedLinks from '../FeedLinks.astro';
import NewsletterEvent from '../NewsletterEvent.astro';
import NewsletterSignUp from '../NewsletterSignUp.astro';
import WordsExplained from '../WordsExplained.astro';
import type { DirectoryEvent } from '../../directory/events';
import { eventSchema } from '../../schemas/event';
import { exampleSiteSettings } from './site-settings';
import type { ComponentExamples } from './types';

// Events, news and the newsletter, and the jargon explained at the foot of a page.

/** An event through the real schema (UK clock times become instants), as getEvents() returns it. */
function event(slug: string, fields: Record<string, unknown>): DirectoryEvent {
  const data = eventSchema.parse({
    kind: 'coffee-morning',
    audience: 'Parents and carers of children with SEND aged 0 to 25',
    accessibility: 'Step-free access, a hearing loop and a quiet room. Tell us if you need anything else.',
    organiser: 'northbridge-parent-carer-forum',
    booking: { required: false },
    ...fields,
  });
  return { ...data, slug, organiserSlug: 'northbridge-parent-carer-forum', organiserName: 'Northbridge Parent Carer Forum', entry: undefined as never };
}

const riverside = { name: 'Riverside Family Hub', address: { street: '14 Mill Lane', town: 'Northbridge', county: 'Northbridge', postcode: 'NB1 4AA' } };
const coffeeMorning = event('coffee-morning-december', {
  title: 'Parent carer forum coffee morning',
  summary: 'Meet other parents and carers over a cup of tea, and ask the forum about anything to do with SEND.',
  start: '2026-12-03T10:00',
  end: '2026-12-03T12:00',
  venue: riverside,
});
const booked = event('local-offer-day-spring-2027', {
  kind: 'local-offer-day',
  title: 'Local Offer day, spring 2027',
  summary: 'Meet over 40 services, schools and support groups in one place, with talks on EHC plans and preparing for adulthood.',
  start: '2027-03-20T10:00',
  end: '2027-03-20T15:30',
  venue: riverside,
  online: 'Talks streamed on Microsoft Teams. We email you the link when you book.',
  booking: { required: true, phone: '01632 960321', email: 'localofferday@example.org', website: 'https://www.northbridge.example/local-offer-day' },
  cost: { free: false, details: '£2 for lunch, or bring your own. Entry is free.' },
});
const cancelled = event('sendiass-drop-in', {
  kind: 'information-session',
  title: 'SENDIASS drop-in: EHC needs assessments',
  summary: 'Free, impartial advice on asking for an EHC needs assessment, with time for your own questions.',
  start: '2026-12-09T13:00',
  end: '2026-12-09T15:00',
  online: 'On Microsoft Teams. The link is on this page on the day.',
  cancelled: 'The adviser is ill. The next drop-in is on 13 January; you can also call SENDIASS on 01632 960444.',
});
const twoDays = event('preparing-for-adulthood-residential', {
  kind: 'activity',
  title: 'Preparing for adulthood weekend for young people aged 16 to 25 who want to try living away from home',
  summary: 'Two days of cooking, travel training and trying out independent living, with support workers on hand all the time.',
  start: '2027-04-16T18:00',
  end: '2027-04-17T16:00',
  venue: { ...riverside, name: 'Eastgate Outdoor Centre', address: { ...riverside.address, street: '1 Lakeside Road', town: 'Eastgate', postcode: 'NB4 7EF' } },
  booking: { required: true, email: 'pfa.team@example.org' },
});

export const eventCard: ComponentExamples = {
  component: EventCard,
  wrap: (html) => `<h2>December 2026</h2><ul class="app-cards">${html}</ul>`,
  examples: {
    'just turn up, free': {
      props: { event: coffeeMorning },
      shows: [
        'Parent carer forum coffee morning',
        'Coffee morning',
        'Thursday 3 December 2026, 10am to midday',
        'Riverside Family Hub, Northbridge. Just turn up. Free.',
        'Meet other parents',
      ],
      hides: ['Cancelled', 'Booking needed'],
      markup: ['href="/events/coffee-morning-december/"', 'datetime="2026-12-03T10:00:00.000Z"'],
    },
    'book a place, in person or online, with a cost': {
      props: { event: booked },
      shows: [
        'Local Offer day, spring 2027',
        'Local Offer day',
        'Saturday 20 March 2027, 10am to 3:30pm',
        'Riverside Family Hub, Northbridge or Online. Booking needed. There is a cost.',
      ],
    },
    'cancelled, in words as well as colour': {
      props: { event: cancelled },
      shows: ['SENDIASS drop-in: EHC needs assessments', 'Information session', 'Cancelled', 'Wednesday 9 December 2026, 1pm to 3pm', 'Online.'],
    },
    'over two days, with a long name, under a level 2 heading': {
      props: { event: twoDays, headingLevel: 2 },
      shows: [
        'who want to try living away from home',
        'Friday 16 April 2027, 6pm to Saturday 17 April 2027, 4pm',
        'Eastgate Outdoor Centre, Eastgate. Booking needed. Free.',
      ],
      markup: [/<h2 class="app-card__title">/],
    },
  },
};

export const newsletterEvent: ComponentExamples = {
  component: NewsletterEvent,
  wrap: (html) => `<h2>What's on</h2>${html}`,
  examples: {
    'just turn up': {
      props: {
        event: coffeeMorning,
        summaryHtml: 'Meet other parents and carers over a cup of tea, and ask the forum about anything to do with <a href="#meaning-send">SEND</a>.',
      },
      shows: [
        'Parent carer forum coffee morning',
        'Thursday 3 December 2026, 10am to midday',
        'ask the forum about anything to do with SEND',
        'Where: Riverside Family Hub, 14 Mill Lane, Northbridge NB1 4AA',
        'No need to book. Just turn up.',
        'Free.',
      ],
      markup: ['<a href="#meaning-send">SEND</a>'],
    },
    'book by phone, email or website, with a cost: everything to go without the internet': {
      props: { event: booked, summaryHtml: 'Meet over 40 services, schools and support groups in one place.' },
      shows: [
        'Where: Riverside Family Hub, 14 Mill Lane, Northbridge NB1 4AA Or Online. Talks streamed on Microsoft Teams.',
        'Book a place: call 01632 960321, or email localofferday@example.org, or go to www.northbridge.example/local-offer-day.',
        'Cost: £2 for lunch, or bring your own. Entry is free.',
      ],
    },
    'cancelled, with what to do instead': {
      props: { event: cancelled, summaryHtml: 'Free, impartial advice.' },
      shows: [
        'Cancelled The adviser is ill. The next drop-in is on 13 January; you can also call SENDIASS on 01632 960444.',
        'Where: Online. On Microsoft Teams.',
      ],
    },
  },
};

export const newsletterSignUp: ComponentExamples = {
  component: NewsletterSignUp,
  examples: {
    "sign up on the council's mailing service": {
      props: { settings: exampleSiteSettings },
      shows: [
        'Get the Local Offer newsletter',
        'about once a month',
        'Sign up to get the newsletter by email (on the Northbridge Council website).',
        'To get a printed copy by post, call 01632 960555.',
        'read or print past issues',
      ],
      markup: ['href="https://www.northbridge.example/newsletter-sign-up"', 'href="tel:01632960555"'],
    },
    'no mailing service: ask the team by email': {
      props: { settings: { ...exampleSiteSettings, newsletterSignUpUrl: undefined } },
      shows: ['Email send.team@example.org to ask for it by email.', 'To get a printed copy by post, call 01632 960555.'],
      hides: ['Sign up'],
      markup: ['href="mailto:send.team@example.org"'],
    },
  },
};

export const feedLinks: ComponentExamples = {
  component: FeedLinks,
  place: 'head',
  examples: {
    'Atom and RSS, for browsers and feed readers': {
      shows: [],
      markup: [
        '<link rel="alternate" type="application/atom+xml" title="Local Offer news (Atom)" href="/news/atom.xml">',
        '<link rel="alternate" type="application/rss+xml" title="Local Offer news (RSS)" href="/news/rss.xml">',
      ],
    },
  },
};

const ehcp = {
  slug: 'education-health-and-care-plan',
  term: 'Education, Health and Care plan',
  alsoKnownAs: ['EHCP', 'EHC plan', 'statement'],
  meaning:
    'A legal document that describes a child or young person’s special educational needs, the support they need, and the outcomes they are working towards.',
};
const senco = {
  slug: 'senco',
  term: 'Special educational needs coordinator',
  alsoKnownAs: ['SENCo', 'SENCO'],
  meaning: 'The teacher in a school or nursery who makes sure children with SEND get the right support.',
};
const respite = {
  slug: 'short-breaks',
  term: 'Short breaks',
  alsoKnownAs: ['respite'],
  meaning: 'Time away for a disabled child, and a break for the people who care for them.',
};

export const wordsExplained: ComponentExamples = {
  component: WordsExplained,
  examples: {
    'no jargon on the page: nothing drawn': { props: { entries: [] }, shows: [], hides: ['Words used'] },
    'three words, in the order the page uses them, with their short forms': {
      props: { entries: [senco, ehcp, respite] },
      shows: [
        'Words used on this page',
        'Special educational needs coordinator (SENCo or SENCO)',
        'makes sure children with SEND get the right support.',
        'More about special educational needs coordinator in the jargon buster',
        'Education, Health and Care plan (EHCP)',
        'More about Education, Health and Care plan in the jargon buster',
        'Short breaks',
        'More about short breaks in the jargon buster',
        'Jargon buster: all the words, A to Z',
      ],
      markup: ['id="meaning-senco" tabindex="-1"', 'href="/glossary/#education-health-and-care-plan"'],
    },
    'in the newsletter': {
      props: { entries: [respite], heading: 'Words used in this newsletter' },
      shows: ['Words used in this newsletter', 'Short breaks'],
      hides: ['Words used on this page'],
    },
  },
};
