import SettingCard from '../SettingCard.astro';
import SettingFilters from '../SettingFilters.astro';
import SettingQuestions from '../SettingQuestions.astro';
import type { DirectorySetting } from '../../directory/education-settings';
import { matchesSettingFilter, settingFilterCombinations, settingFilterPath, type SettingFilter } from '../../lib/education-settings';
import { settingSchema } from '../../schemas/education-setting';
import { settingQuestionInfo, settingQuestions as questions } from '../../data/setting-questions';
import type { ComponentExamples } from './types';

// Schools, nurseries and colleges: the list's cards and filters, and a setting's answers to families' questions.

/** A setting through the real schema, as getEducationSettings() gives it to pages. */
function setting(slug: string, fields: Record<string, unknown>): DirectorySetting {
  const data = settingSchema.parse({
    placeRoute: 'school-admissions',
    address: { street: '1 School Lane', town: 'Northbridge', county: 'Northbridge', postcode: 'NB2 3EF' },
    contact: { phone: '01632 960870', email: 'office@example.org' },
    senco: { role: 'SENCo', email: 'senco@example.org' },
    senInformationReport: 'https://school.example/sen-information-report',
    answers: { teaching: 'Every class teacher plans lessons so that every child can take part, with help from the SENCo.' },
    lastReviewed: '2026-06-01',
    reviewOwner: 'SEND Information Officer',
    ...fields,
  });
  return { ...data, slug, workingHere: [], entry: undefined as never };
}

const riverside = setting('riverside-primary-school', {
  id: '1b2c3d4e-5f60-4718-8293-a4b5c6d7e8f9',
  name: 'Riverside Primary School',
  kind: 'mainstream',
  phase: 'primary',
  ageRange: { min: 3, max: 11 },
  summary: 'A community primary school with a nursery class and an autism base for 12 pupils.',
  inclusionBase: { type: 'resourced-provision', name: 'The Harbour', needs: ['autism'], places: 12 },
});
const oakfield = setting('oakfield-school', {
  id: '2c3d4e5f-6071-4829-93a4-b5c6d7e8f901',
  name: 'Oakfield School',
  kind: 'special-school',
  phase: 'all-through',
  ageRange: { min: 4, max: 19 },
  placeRoute: 'ehc-plan',
  designatedNeeds: ['severe-learning-difficulty', 'profound-multiple-learning-difficulty'],
  summary: 'A special school for children and young people with severe or profound and multiple learning difficulties.',
});
const eastvale = setting('eastvale-school-for-deaf-children', {
  id: '3d4e5f60-7182-493a-a4b5-c6d7e8f90123',
  name: 'Eastvale School for Deaf Children',
  kind: 'independent-specialist',
  phase: 'all-through',
  ageRange: { min: 3, max: 19 },
  placeRoute: 'ehc-plan',
  designatedNeeds: ['hearing', 'multi-sensory'],
  outsideArea: 'Eastvale',
  address: { street: '8 Signpost Road', town: 'Eastvale', county: 'Eastvaleshire', postcode: 'EV2 4SD' },
  reviewNotes: [{ field: 'summary', note: 'Imported from Get Information about Schools: write a summary with the school.' }],
});
const nursery = setting('brightsteps-day-nursery', {
  id: '4e5f6071-8293-4a4b-b5c6-d7e8f9012345',
  name: 'Brightsteps Day Nursery',
  kind: 'mainstream',
  phase: 'early-years',
  ageRange: { min: 0, max: 4 },
  placeRoute: 'direct-application',
  summary: 'A private day nursery for babies and children up to 4, open all year.',
});
const all = [riverside, oakfield, eastvale, nursery];
/** How many settings each filter link shows, worked out as the list pages do. */
const countAt = new Map(settingFilterCombinations(all).map((f) => [settingFilterPath(f), all.filter((s) => matchesSettingFilter(s, f)).length]));

export const settingCard: ComponentExamples = {
  component: SettingCard,
  wrap: (html) => `<ul class="app-cards">${html}</ul>`,
  examples: {
    'a primary school with an inclusion base': {
      props: { setting: riverside, areaName: 'Northbridge' },
      shows: [
        'Riverside Primary School',
        'Mainstream',
        'Inclusion base',
        'Ages 3 to 11 (early years, primary)',
        'Northbridge',
        'A community primary school',
        'Specialist places for: autism.',
      ],
      hides: ['Outside Northbridge'],
      markup: ['href="/schools/riverside-primary-school/"'],
    },
    'a special school outside the area, with no summary yet': {
      props: { setting: eastvale, areaName: 'Northbridge' },
      shows: [
        'Eastvale School for Deaf Children',
        'Independent or non-maintained specialist',
        'Outside Northbridge: in Eastvale',
        'Eastvale',
        'Specialist places for: deaf or hearing impairment, multi-sensory impairment (deafblind).',
      ],
      hides: ['Inclusion base'],
    },
    'a nursery: no specialist places': {
      props: { setting: nursery, areaName: 'Northbridge' },
      shows: ['Brightsteps Day Nursery', 'Ages 0 to 4 (early years)'],
      hides: ['Specialist places for'],
    },
  },
};

export const settingFilters: ComponentExamples = {
  component: SettingFilters,
  examples: {
    'the whole list: choices open, only those that lead somewhere': {
      props: { filter: {} satisfies SettingFilter, countAt },
      shows: [
        'Filter by stage, kind of setting or need',
        'Stage',
        'All stages',
        'Early years (nurseries, pre-schools and nursery classes) (3)',
        'Kind of setting',
        'All kinds',
        'Special schools (1)',
        'Specialist places for',
        'Any need',
        'Autism (1)',
      ],
      hides: ['Selected filters', 'Further education colleges', 'Vision'],
      markup: [/<details class="app-filter__options" open>/, /<a href="\/schools\/" aria-current="page">All stages<\/a>/],
    },
    'stage and kind chosen: each can be removed': {
      props: { filter: { stage: 'primary', kind: 'inclusion-base' } satisfies SettingFilter, countAt },
      shows: [
        'Selected filters',
        'Remove this filter: stage Primary (including infant and junior)',
        'Remove this filter: kind Inclusion bases',
        'Clear filters',
      ],
      markup: ['href="/schools/kind/inclusion-base/"', 'href="/schools/stage/primary/"', /<details class="app-filter__options">/],
    },
    'a need chosen': {
      props: { filter: { need: 'hearing' } satisfies SettingFilter, countAt },
      shows: ['Remove this filter: specialist places for Deaf or hearing impairment', 'Any need'],
      markup: [/<a href="\/schools\/need\/hearing\/" aria-current="page">Deaf or hearing impairment<\/a>/],
    },
  },
};

export const settingQuestions: ComponentExamples = {
  component: SettingQuestions,
  examples: {
    'some answered: the rest listed so a parent knows to ask': {
      props: {
        name: 'Riverside Primary School',
        answers: {
          identifyingNeeds: 'Teachers check every child’s progress each half term and talk to you first if they are worried.',
          teaching: riverside.answers?.teaching,
        },
      },
      shows: [
        'Questions families ask',
        'Riverside Primary School answered these in its own words.',
        'How do you find out if my child needs extra help?',
        'Teachers check every child’s progress',
        'How do you teach children with SEND?',
        'Not answered yet',
        'Ask the setting about these:',
        'How do you change lessons and the classroom for my child?',
      ],
    },
    'every question answered: nothing left to ask': {
      props: {
        name: 'Oakfield School',
        answers: Object.fromEntries(questions.map((q) => [q, `Oakfield School's answer to "${settingQuestionInfo[q].question}", in its own words.`])),
      },
      shows: [
        'Oakfield School answered these in its own words.',
        'How do you find out if my child needs extra help?',
        'Oakfield School\'s answer to "How do you find out if my child needs extra help?"',
      ],
      hides: ['Not answered yet', 'Ask the setting about these'],
    },
    'nothing answered yet': {
      props: { name: 'Brightsteps Day Nursery', answers: undefined },
      shows: [
        'Brightsteps Day Nursery has not answered these questions yet.',
        'How do you find out if my child needs extra help?',
        'What extra help is there?',
      ],
      hides: ['Not answered yet', 'answered these in its own words'],
    },
  },
};
