import ContactDetails from '../ContactDetails.astro';
import HowToGetIt from '../HowToGetIt.astro';
import ServiceNotices from '../ServiceNotices.astro';
import StatusTag from '../StatusTag.astro';
import WhereAndWhen from '../WhereAndWhen.astro';
import { directoryService, serviceExamples } from './service-data';
import type { ComponentExamples } from './types';

// The parts of a service's own page: notices, how to get it, where and when, contact.

const riverside = {
  name: 'Riverside Family Hub',
  address: { street: '14 Mill Lane', town: 'Northbridge', county: 'Northbridge', postcode: 'NB1 4AA' },
  accessFeatures: [],
};
const eastgateLibrary = {
  name: 'Eastgate Library community room',
  address: { street: '2 Station Road', town: 'Eastgate', county: 'Northbridge', postcode: 'NB4 1CD' },
  accessFeatures: ['wheelchair-access', 'hearing-loop', 'changing-places'] as const,
  notes: 'Use the side door on Station Road; the main door has steps.',
};

export const serviceNotices: ComponentExamples = {
  component: ServiceNotices,
  examples: {
    'open and checked this year': { props: { service: serviceExamples.current }, shows: [], hides: ['out of date', 'closed', 'not running'] },
    'checked over 12 months ago': {
      props: { service: serviceExamples.outOfDate },
      shows: ['This information may be out of date', 'It was last checked on 1 May 2024, over 12 months ago. Contact the service to check before you go.'],
      hides: ['closed'],
    },
    'temporarily closed, with the reason': {
      props: { service: serviceExamples.temporarilyClosed },
      shows: ['This service is temporarily closed', 'Closed until 5 January while the hall is repaired.'],
      hides: ['out of date'],
    },
    'closed for good and out of date': {
      props: { service: directoryService({ status: 'defunct', lastReviewed: new Date('2024-02-10') }) },
      shows: ['This service has closed', 'This information may be out of date', 'last checked on 10 February 2024'],
    },
    'not running, with no reason given': {
      props: { service: directoryService({ status: 'inactive' }) },
      shows: ['This service is not running at the moment'],
      hides: ['out of date'],
    },
    'past the review date a navigator set, though checked this year': {
      props: { service: directoryService({ lastReviewed: new Date('2026-06-01'), nextReviewDue: new Date('2026-09-01') }) },
      // Not "over 12 months ago", which would be untrue.
      shows: ['This information may be out of date', 'It was due to be checked again on 1 September 2026. Contact the service to check before you go.'],
      hides: ['over 12 months ago'],
    },
  },
};

export const statusTag: ComponentExamples = {
  component: StatusTag,
  examples: {
    running: { props: { status: 'active' }, shows: [], hides: ['closed', 'not running'] },
    'temporarily closed': { props: { status: 'temporarily closed' }, shows: ['Temporarily closed'] },
    'not running': { props: { status: 'inactive' }, shows: ['Not running at the moment'] },
    closed: { props: { status: 'defunct' }, shows: ['Closed'] },
  },
};

export const howToGetIt: ComponentExamples = {
  component: HowToGetIt,
  examples: {
    'contact them yourself': {
      props: { access: serviceExamples.current.access },
      shows: ['How to get it', 'You can contact them yourself.', 'You do not need anyone to refer you.', 'Phone the team to book a place.'],
    },
    'a professional refers you, in several steps': {
      props: {
        access: {
          route: 'professional-referral',
          steps: [
            'Ask your health visitor or GP to fill in the referral form.',
            'The team phones you within 2 weeks to arrange a first visit.',
            'You get a written plan after the first visit.',
          ],
        },
      },
      shows: ['A professional needs to refer you.', 'Ask your GP, health visitor', 'Ask your health visitor or GP', 'within 2 weeks', 'You get a written plan'],
      markup: [/<ol class="app-steps">(<li>[^<]+<\/li>){3}<\/ol>/],
    },
    'only with an EHC plan': {
      props: { access: serviceExamples.paidSpecialist.access },
      shows: ['You need an Education, Health and Care plan.', 'Education, Health and Care plan (EHCP)', 'Ask at your annual review.'],
    },
  },
};

export const whereAndWhen: ComponentExamples = {
  component: WhereAndWhen,
  examples: {
    'one venue, no set times': {
      props: { service: { delivery: ['in-person'], locations: [riverside], schedule: [], scheduleNote: 'Appointments on weekdays.' } },
      shows: ['Where and when', 'This service is offered in person.', 'Appointments on weekdays.', 'Riverside Family Hub', '14 Mill Lane Northbridge NB1 4AA'],
      hides: ['Times'],
    },
    'weekly sessions at two venues, with access features and notes': {
      props: {
        service: {
          delivery: ['in-person', 'online'],
          locations: [riverside, eastgateLibrary],
          schedule: [
            {
              days: ['monday', 'tuesday', 'wednesday'],
              opens: '09:30',
              closes: '11:30',
              termTimeOnly: true,
              location: 'Riverside Family Hub',
              note: 'Drop-in, no need to book.',
            },
            { days: ['saturday'], opens: '12:00', closes: '13:15', termTimeOnly: false },
          ],
        },
      },
      shows: [
        'This service is offered in person and online.',
        'Times',
        'When Time Where',
        'Monday to Wednesday term time only 9:30am to 11:30am Drop-in, no need to book. Riverside Family Hub',
        'Saturday midday to 1:15pm Any venue',
        'Eastgate Library community room',
        'Wheelchair access',
        'Hearing loop',
        'Changing Places toilet (with hoist and bench)',
        'Use the side door on Station Road',
      ],
    },
    'online and by phone only, no venue': {
      props: {
        service: {
          delivery: ['online', 'phone'],
          locations: [],
          schedule: [{ days: ['tuesday', 'thursday'], opens: '18:00', closes: '19:30', termTimeOnly: false }],
        },
      },
      shows: ['This service is offered online and by phone.', 'Tuesday and Thursday', '6pm to 7:30pm'],
      hides: ['Time Where', 'Any venue'],
    },
  },
};

export const contactDetails: ComponentExamples = {
  component: ContactDetails,
  examples: {
    'phone and email': {
      props: { contact: serviceExamples.current.contact },
      shows: ['Contact', 'Phone: 01632 960999', 'Email: littlevoices@example.org'],
      hides: ['Website', 'Text phone'],
      markup: ['href="tel:01632960999"', 'href="mailto:littlevoices@example.org"'],
    },
    'every way to get in touch, with a text phone for deaf families': {
      props: {
        contact: {
          phone: '01632 960123',
          textPhone: '01632 960124',
          email: 'sensory.team@example.org',
          website: 'https://northbridge.example/sensory-support/',
        },
      },
      shows: ['Phone: 01632 960123', 'Text phone or SMS: 01632 960124', 'Email: sensory.team@example.org', 'Website: northbridge.example/sensory-support'],
      markup: ['href="sms:01632960124"', 'href="https://northbridge.example/sensory-support/"'],
    },
    'a website only': {
      props: { contact: { website: 'https://northbridge.example/short-breaks' } },
      shows: ['Website: northbridge.example/short-breaks'],
      hides: ['Phone', 'Email'],
    },
  },
};
