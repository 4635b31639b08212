import { file, folder, type CollectionRegistration } from './define-collection';
import { tiers, tierInfo } from '../src/data/tiers';
import { serviceSchema } from '../src/schemas/service';
import { organisationSchema } from '../src/schemas/organisation';
import { informationPageSchema } from '../src/schemas/information-page';
import { siteSettingsSchema } from '../src/schemas/site-settings';

/**
 * Every content type navigators edit, one entry each. The fields come from the
 * zod schema; run `npm run cms:config` after changing this list or a schema.
 *
 * To add a content type, add one line, for example:
 *   folder({ name: 'glossary', label: 'Glossary', labelSingular: 'Term', folder: 'content/glossary', schema: glossaryTermSchema }),
 */
export const collections: CollectionRegistration[] = [
  folder({
    name: 'services',
    label: 'Services',
    labelSingular: 'Service',
    description: 'Support families can use. Every service needs a tier, the needs it helps with, ages, how to get it and how to contact it.',
    folder: 'content/services',
    schema: serviceSchema,
    body: { label: 'What it is', hint: 'A few short paragraphs in plain English: what happens, what to expect, who it suits. Use **bold** sparingly and headings only for long pages.', required: true },
    fields: {
      id: 'Open data ID',
      name: 'Service name',
      status: 'Is it running?',
      statusNote: 'Why it is closed, and when it may reopen',
      organisation: {
        label: 'Run by',
        widget: 'relation',
        collection: 'organisations',
        value_field: '{{slug}}',
        search_fields: ['name'],
        display_fields: ['name'],
        hint: 'Choose the organisation that runs it. If it is not in the list, add it under Organisations first.',
      },
      tier: 'Tier (graduated approach)',
      needs: 'Areas of need',
      needTags: 'Specific needs',
      topics: 'Local Offer topics',
      adulthoodOutcomes: 'Preparing for adulthood',
      ageRange: 'Ages',
      'ageRange.min': 'Youngest age',
      'ageRange.max': 'Oldest age',
      eligibility: 'Who can use it',
      access: 'How to get it',
      'access.route': 'Who can ask for it',
      'access.steps': { label: 'Steps', label_singular: 'Step' },
      'cost.free': 'It is free',
      'cost.details': 'What it costs',
      'cost.amount': 'Price for one session or item, in pounds',
      'contact.textPhone': 'Text phone or SMS',
      delivery: 'How it is delivered',
      locations: { label: 'Venues', label_singular: 'venue', summary: '{{fields.name}}' },
      'locations.name': 'Venue name',
      'locations.accessFeatures': 'Access at this venue',
      'locations.notes': 'Notes for visitors',
      schedule: { label: 'Opening times', label_singular: 'session', summary: '{{fields.days}}: {{fields.opens}} to {{fields.closes}}' },
      'schedule.termTimeOnly': 'Term time only',
      'schedule.location': 'Venue name (if more than one venue)',
      scheduleNote: 'Times in words',
      languages: { label: 'Languages', label_singular: 'Language' },
      accessFeatures: 'Accessibility of the service',
      lastReviewed: 'Last checked',
      reviewOwner: 'Job title of who keeps it up to date',
      nextReviewDue: 'Next check due (if sooner than 12 months)',
      keywords: { label: 'Search words', label_singular: 'Search word' },
    },
    decap: {
      summary: '{{name}}',
      sortable_fields: ['name', 'lastReviewed'],
      preview_path: 'services/{{slug}}/',
      view_filters: tiers.map((tier) => ({ label: tierInfo[tier].label, field: 'tier', pattern: tier })),
    },
  }),
  folder({
    name: 'organisations',
    label: 'Organisations',
    labelSingular: 'Organisation',
    description: 'Councils, NHS teams, schools and charities that run services.',
    folder: 'content/organisations',
    schema: organisationSchema,
    fields: { id: 'Open data ID', name: 'Organisation name', kind: 'Type of organisation' },
    decap: { preview_path: 'organisations/{{slug}}/' },
  }),
  folder({
    name: 'pages',
    label: 'Information pages',
    labelSingular: 'Information page',
    description: 'Plain-English guides to each part of the Local Offer, and site pages such as the accessibility statement.',
    folder: 'content/pages',
    schema: informationPageSchema,
    identifierField: 'title',
    body: { label: 'Page text', hint: 'Use headings (level 2 and 3), short paragraphs and bulleted lists. Explain any abbreviation the first time you use it.', required: true },
    fields: { title: 'Page title', order: 'Position in the list', lastReviewed: 'Last checked', reviewOwner: 'Job title of who keeps it up to date' },
    decap: { sortable_fields: ['title', 'order', 'lastReviewed'], preview_path: 'information/{{slug}}/' },
  }),
  file({
    name: 'settings',
    label: 'Site settings',
    description: 'The council name and the Local Offer team contact details shown on every page.',
    file: 'content/settings/site.yaml',
    schema: siteSettingsSchema,
  }),
];
