import { file, folder, type CollectionRegistration } from './define-collection';
import { tiers, tierInfo } from '../src/data/tiers';
import { serviceSchema } from '../src/schemas/service';
import { organisationSchema } from '../src/schemas/organisation';
import { informationPageSchema } from '../src/schemas/information-page';
import { siteSettingsSchema } from '../src/schemas/site-settings';
import { glossaryTermSchema } from '../src/schemas/glossary-term';
import { eventSchema } from '../src/schemas/event';
import { newsPostSchema } from '../src/schemas/news-post';
import { newsletterIssueSchema } from '../src/schemas/newsletter-issue';
import { planPrioritySchema } from '../src/schemas/plan-priority';
import { synonymListSchema } from '../src/schemas/synonyms';
import { youSaidWeDidSchema } from '../src/schemas/you-said-we-did';
import { surveySchema } from '../src/schemas/survey';
import { settingSchema } from '../src/schemas/education-setting';
import { settingQuestions, settingQuestionInfo } from '../src/data/setting-questions';
import { settingKinds, settingKindInfo } from '../src/data/education-settings';
import { ehcJourneySchema } from '../src/schemas/ehc-journey';

/** Fields services and schools share: when they were last checked, by whom, and extra search words. */
const checkedFields = {
  lastReviewed: 'Last checked',
  reviewOwner: 'Job title of who keeps it up to date',
  keywords: { label: 'Search words', label_singular: 'Search word' },
} as const;

/**
 * The list settings of a directory navigators check every year (services,
 * schools): entries shown and sorted by name, sortable by when they were last
 * checked, and filtered by one field (`[value, label]` for each choice).
 */
function checkedDirectory(previewPath: string, filterField: string, choices: [string, string][]): Record<string, unknown> {
  return {
    summary: '{{name}}',
    sortable_fields: ['name', 'lastReviewed'],
    preview_path: previewPath,
    view_filters: choices.map(([pattern, label]) => ({ label, field: filterField, pattern })),
  };
}

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
    body: {
      label: 'What it is',
      hint: 'A few short paragraphs in plain English: what happens, what to expect, who it suits. Use **bold** sparingly and headings only for long pages.',
      required: true,
    },
    fields: {
      id: 'Open data ID',
      name: 'Service name',
      status: 'Is it running?',
      statusNote: 'Why it is closed, and when it may reopen',
      organisation: { label: 'Run by', hint: 'Choose the organisation that runs it. If it is not in the list, add it under Organisations first.' },
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
      ...checkedFields,
      nextReviewDue: 'Next check due (if sooner than 12 months)',
    },
    decap: checkedDirectory(
      'services/{{slug}}/',
      'tier',
      tiers.map((tier) => [tier, tierInfo[tier].label]),
    ),
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
    name: 'schools',
    label: 'Schools, nurseries and colleges',
    labelSingular: 'School, nursery or college',
    description:
      "Education settings families can choose or be placed in, in the area and outside it. GIAS imports fill in the basics; add the SENCo, the SEN information report and the answers to families' questions.",
    folder: 'content/schools',
    schema: settingSchema,
    body: { label: 'More about the setting', hint: 'Anything families should know that the questions do not cover.', required: false },
    fields: {
      id: 'Open data ID',
      urn: 'URN (from Get Information about Schools)',
      name: 'Name',
      kind: 'Kind of setting',
      phase: 'Phase of education',
      establishmentType: 'Official type (e.g. Academy converter)',
      ageRange: 'Ages',
      'ageRange.min': 'Youngest age',
      'ageRange.max': 'Oldest age',
      designatedNeeds: 'Needs its places are designated for (special and specialist settings)',
      places: 'Number of places',
      inclusionBase: 'Inclusion base (resourced provision or SEN unit)',
      'inclusionBase.type': 'Type of base',
      'inclusionBase.name': 'Name of the base',
      'inclusionBase.needs': 'Needs its places are designated for',
      'inclusionBase.places': 'Number of places',
      'inclusionBase.description': 'What the base offers',
      placeRoute: 'How a place is offered',
      outsideArea: 'Council area it is in (only if outside ours)',
      section41: 'On the section 41 approved list',
      senco: 'SENCo (job title, never a name)',
      'senco.role': 'Job title',
      senInformationReport: 'SEN information report (web address)',
      accessibilityPlan: 'Accessibility plan (web address)',
      answers: "Answers to families' questions",
      ...Object.fromEntries(
        settingQuestions.map((q) => [
          `answers.${q}`,
          { label: settingQuestionInfo[q].question, hint: "In the setting's own plain words. Leave it empty if it has not answered yet." },
        ]),
      ),
      ...checkedFields,
    },
    decap: checkedDirectory(
      'schools/{{slug}}/',
      'kind',
      settingKinds.map((kind) => [kind, settingKindInfo[kind].label]),
    ),
  }),
  folder({
    name: 'pages',
    label: 'Information pages',
    labelSingular: 'Information page',
    description: 'Plain-English guides to each part of the Local Offer, and site pages such as the accessibility statement.',
    folder: 'content/pages',
    schema: informationPageSchema,
    identifierField: 'title',
    body: {
      label: 'Page text',
      hint: 'Use headings (level 2 and 3), short paragraphs and bulleted lists. Explain any abbreviation the first time you use it.',
      required: true,
    },
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
  folder({
    name: 'glossary',
    label: 'Jargon buster',
    labelSingular: 'Term',
    identifierField: 'term',
    description: 'Words and abbreviations explained in plain English. Their "also known as" words also help search.',
    folder: 'content/glossary',
    schema: glossaryTermSchema,
    body: { label: 'More explanation', hint: 'Only if the short meaning is not enough.', required: false },
    decap: { preview_path: 'glossary/' },
  }),
  folder({
    name: 'events',
    label: 'Events',
    labelSingular: 'Event',
    identifierField: 'title',
    description: 'Local Offer days, workshops, coffee mornings and training. Past events move to the past events page by themselves.',
    folder: 'content/events',
    schema: eventSchema,
    // Stored as the UK clock time the navigator typed ("2026-12-05T10:00"), never shifted by the browser's time zone.
    fields: {
      start: { label: 'Starts', widget: 'uk-date', time: true },
      end: { label: 'Ends', widget: 'uk-date', time: true },
    },
    body: { label: 'About the event', hint: 'What happens, who it suits, what to bring.', required: true },
    decap: { sortable_fields: ['title', 'start'], preview_path: 'events/{{slug}}/' },
  }),
  folder({
    name: 'news',
    label: 'News',
    labelSingular: 'News post',
    identifierField: 'title',
    description: 'News for families. Posts also go into the next newsletter.',
    folder: 'content/news',
    schema: newsPostSchema,
    body: { label: 'Post', hint: 'Short paragraphs in plain English.', required: true },
    // New files are named like the others: the day it was published, then the headline.
    decap: { slug: '{{year}}-{{month}}-{{day}}-{{slug}}', sortable_fields: ['title', 'date'], preview_path: 'news/{{slug}}/' },
  }),
  folder({
    name: 'newsletters',
    label: 'Newsletter issues',
    labelSingular: 'Newsletter issue',
    identifierField: 'title',
    description: 'Each issue gathers the news, events and "you said, we did" entries since the last one.',
    folder: 'content/newsletters',
    schema: newsletterIssueSchema,
    body: { label: 'Introduction', hint: 'A short welcome at the top of the issue.', required: true },
    decap: { slug: '{{year}}-{{month}}', preview_path: 'newsletter/{{slug}}/' },
  }),
  folder({
    name: 'plan',
    label: 'Improvement plan',
    labelSingular: 'Priority',
    identifierField: 'title',
    extension: 'yaml',
    description: "The SEND improvement plan. Each month, add one update to each action: never change last month's.",
    folder: 'content/plan',
    schema: planPrioritySchema,
    fields: {
      actions: { label: 'Actions', label_singular: 'action', summary: '{{fields.ref}}: {{fields.action}}' },
      'actions.updates': { label: 'Monthly updates', label_singular: 'update', summary: '{{fields.month}}: {{fields.status}}' },
    },
    decap: { slug: '{{fields.number}}-{{slug}}', preview_path: 'improvement-plan/' },
  }),
  folder({
    name: 'youSaidWeDid',
    label: 'You said, we did',
    labelSingular: 'You said, we did entry',
    identifierField: 'title',
    extension: 'yaml',
    description: 'What families told us and what changed. Never include names, emails, phone numbers or anything that could identify a family.',
    folder: 'content/you-said-we-did',
    schema: youSaidWeDidSchema,
    // Named by the month it was published, like the others (2026-11-short-breaks-waiting-list.yaml).
    decap: { slug: '{{year}}-{{month}}-{{slug}}', sortable_fields: ['title', 'date'], preview_path: 'you-said-we-did/' },
  }),
  folder({
    name: 'surveys',
    label: 'Surveys',
    labelSingular: 'Survey',
    identifierField: 'title',
    extension: 'yaml',
    description: "Surveys families answer on the site. Once a survey has opened, do not change its questions: add next year's as a new survey.",
    folder: 'content/surveys',
    schema: surveySchema,
    fields: {
      questions: { label: 'Questions', label_singular: 'question' },
      'questions.single': 'Choose one answer',
      'questions.multiple': 'Choose any answers',
      'questions.text': 'Write an answer',
      'questions.rating': 'Rating on a scale',
    },
  }),
  file({
    name: 'synonyms',
    label: 'Search words',
    description: 'Words parents use, mapped to the words services use, so search understands them.',
    file: 'content/search/synonyms.yaml',
    schema: synonymListSchema,
  }),
  file({
    name: 'ehcJourney',
    label: 'EHC journey guide',
    description:
      'The words of the "EHC needs assessments and plans: what happens and by when" page and its timeline. The time limits come from the law and are set by the site: write around them.',
    file: 'content/ehc-journey/guide.yaml',
    schema: ehcJourneySchema,
    fields: {
      introduction: { label: 'Introduction', widget: 'markdown' },
      steps: { label: 'Steps', label_singular: 'Step', summary: '{{fields.title}}' },
      'steps.id': 'Which step',
      'steps.whatHappens': { label: 'What happens', widget: 'markdown' },
      'steps.whatYouGet': { label: 'What you should receive', widget: 'markdown' },
      'steps.ifLate': { label: 'If it is late', widget: 'markdown' },
      'steps.help': { label: 'Services and pages that help', label_singular: 'Link' },
      'steps.help.text': 'Link text',
      'steps.help.href': 'Page address on this site',
      exceptions: { label: 'When the council can take longer', widget: 'markdown' },
      chasing: { label: 'How to chase a late step', widget: 'markdown' },
    },
  }),
];
