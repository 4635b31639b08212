import DateInput from '../DateInput.astro';
import ErrorSummary from '../ErrorSummary.astro';
import FormRefused from '../FormRefused.astro';
import PageFeedback from '../PageFeedback.astro';
import SurveyQuestion from '../SurveyQuestion.astro';
import { surveyQuestionSchema } from '../../schemas/survey';
import { exampleSiteSettings } from './site-settings';
import type { ComponentExamples } from './types';

// Forms: GOV.UK error summary, date input, survey questions, page feedback, and the page for a post we refuse.

export const errorSummary: ComponentExamples = {
  component: ErrorSummary,
  examples: {
    'no errors: nothing drawn': { props: { errors: [] }, shows: [], hides: ['There is a problem'] },
    'one error, linked to its field': {
      props: { errors: [{ href: '#useful', message: 'Select yes if this page was useful' }] },
      shows: ['There is a problem', 'Select yes if this page was useful'],
      markup: ['<a href="#useful">Select yes if this page was useful</a>', 'tabindex="-1" autofocus', 'role="alert"'],
    },
    'several errors, one not about a field': {
      props: {
        errors: [
          { href: '#how-easy', message: 'Select how easy it is to find information' },
          { href: '#what-would-help', message: 'What would help must be 1,000 characters or fewer' },
          { message: 'Sorry, there is a problem with the service. Your answers have not been sent. Try again in a few minutes, or call 01632 960555' },
        ],
      },
      shows: [
        'There is a problem',
        'Select how easy it is to find information',
        'What would help must be 1,000 characters or fewer',
        'Sorry, there is a problem with the service.',
      ],
      markup: [/<li>Sorry, there is a problem/],
    },
  },
};

export const dateInput: ComponentExamples = {
  component: DateInput,
  examples: {
    'the main question, with the usual hint': {
      props: { id: 'start', legend: 'When did the council receive your request?' },
      shows: ['When did the council receive your request?', 'For example, 27 3 2026', 'Day', 'Month', 'Year'],
      markup: ['id="start-day" name="start-day" type="text" inputmode="numeric"', 'id="start-year"', 'aria-describedby="start-hint"', /^(?![^]*autocomplete)/],
    },
    'a smaller question with its own hint': {
      props: { id: 'letter', legend: 'When did it arrive?', hint: 'Use the date on the letter if you are not sure.', legendSize: 's' },
      shows: ['When did it arrive?', 'Use the date on the letter if you are not sure.'],
      hides: ['For example, 27 3 2026'],
      markup: ['app-legend--s', 'id="letter-error" data-date-error hidden'],
    },
  },
};

const question = (fields: Record<string, unknown>) => surveyQuestionSchema.parse(fields);
const howEasy = question({
  id: 'how-easy',
  type: 'rating',
  question: 'How easy is it to find information about SEND support?',
  shortName: 'how easy it is to find information',
  lowLabel: 'Very difficult',
  highLabel: 'Very easy',
  required: true,
  errorMessage: 'Select how easy it is to find information',
});

export const surveyQuestion: ComponentExamples = {
  component: SurveyQuestion,
  wrap: (html) => `<form method="post" action="/surveys/example/" novalidate>${html}<button class="govuk-button" type="submit">Send answers</button></form>`,
  examples: {
    'choose one, optional, nothing chosen': {
      props: {
        question: question({
          id: 'heard-from',
          type: 'single',
          question: 'Where did you hear about this survey?',
          shortName: 'where you heard',
          options: ['School or college', 'Parent carer forum', 'Social media', 'Somewhere else'],
        }),
        values: [],
      },
      shows: ['Where did you hear about this survey? (optional)', 'School or college', 'Somewhere else'],
      markup: ['id="heard-from" name="heard-from" type="radio" value="School or college"', 'id="heard-from-4"', /^(?![^]*checked)/],
    },
    'a required rating scale, sent without an answer': {
      props: { question: howEasy, values: [], error: 'Select how easy it is to find information' },
      shows: [
        'How easy is it to find information about SEND support?',
        'Error: Select how easy it is to find information',
        '1 – Very difficult',
        '2',
        '5 – Very easy',
      ],
      hides: ['(optional)'],
      markup: ['govuk-form-group--error', 'aria-describedby="how-easy-error"'],
    },
    'a rating kept when the form comes back': {
      props: { question: howEasy, values: ['4'] },
      shows: ['1 – Very difficult'],
      markup: [/value="4" checked/, /value="3"(?! checked)/],
    },
    'choose any, with a hint and two ticked': {
      props: {
        question: question({
          id: 'support-used',
          type: 'multiple',
          question: 'Which kinds of support has your family used?',
          shortName: 'support used',
          hint: 'Select all that apply.',
          options: ['Speech and language therapy', 'Short breaks', 'Portage', 'SENDIASS advice'],
        }),
        values: ['Short breaks', 'SENDIASS advice'],
      },
      shows: ['Which kinds of support has your family used? (optional)', 'Select all that apply.', 'Speech and language therapy'],
      markup: ['type="checkbox" value="Short breaks" checked', 'type="checkbox" value="SENDIASS advice" checked', 'aria-describedby="support-used-hint"'],
    },
    'a written answer that is too long, kept as typed': {
      props: {
        question: question({
          id: 'what-would-help',
          type: 'text',
          question: 'What would make the Local Offer more useful to you?',
          shortName: 'what would help',
          hint: 'Do not include names or details that could identify your child.',
        }),
        values: ['More about short breaks in the school holidays, and which ones have places. '.repeat(16)],
        error: 'What would help must be 1,000 characters or fewer',
      },
      shows: [
        'What would make the Local Offer more useful to you? (optional)',
        'Do not include names or details that could identify your child. You can enter up to 1,000 characters.',
        'Error: What would help must be 1,000 characters or fewer',
        'More about short breaks',
      ],
      markup: ['aria-describedby="what-would-help-hint what-would-help-error"', 'govuk-textarea--error'],
    },
  },
};

export const pageFeedback: ComponentExamples = {
  component: PageFeedback,
  place: 'after-main',
  examples: {
    'at the foot of a page': {
      props: { page: '/services/little-voices-language-group/' },
      shows: ['Was this page useful?', 'Yes', 'No', 'What were you looking for? (optional)', 'Please do not include names', 'Send feedback'],
      hides: ['Error'],
      markup: ['name="page" value="/services/little-voices-language-group/"', 'id="feedback-useful"', 'id="feedback-looking-for"', /^(?![^]*checked)/],
    },
    'on the feedback page, sent without an answer, with what was typed kept': {
      props: {
        page: '/events/',
        idPrefix: '',
        values: { lookingFor: 'Holiday clubs for autistic children' },
        errors: [{ href: '#useful', message: 'Select yes if this page was useful, or no if it was not' }],
      },
      shows: ['Was this page useful?', 'Error: Select yes if this page was useful, or no if it was not', 'Holiday clubs for autistic children'],
      markup: ['id="useful"', 'aria-describedby="useful-error"', 'id="looking-for"'],
    },
    'an answer that was too long, with "no" kept': {
      props: {
        page: '/',
        idPrefix: '',
        values: { useful: 'no', lookingFor: 'x'.repeat(600) },
        errors: [{ href: '#looking-for', message: 'What you were looking for must be 500 characters or fewer' }],
      },
      shows: ['Error: What you were looking for must be 500 characters or fewer'],
      markup: [/value="no" checked/, 'aria-describedby="looking-for-hint looking-for-error"', 'govuk-textarea--error'],
    },
  },
};

const back = { backHref: '/surveys/parent-carer-survey-2026/', backLabel: 'Go back to the parent carer survey 2026', settings: exampleSiteSettings };
const stillStuck = 'If this keeps happening, call the Local Offer team on 01632 960555 (Monday to Thursday, 9am to 5pm, and Friday, 9am to 4:30pm).';

export const formRefused: ComponentExamples = {
  component: FormRefused,
  headingOne: true,
  examples: {
    'too long': {
      props: { ...back, reason: 'too-large' },
      shows: [
        'Sorry, we could not accept what you sent',
        'What was sent is too long for us to accept.',
        'Nothing you sent has been saved.',
        'Go back to the parent carer survey 2026',
        stillStuck,
      ],
    },
    'not a form': { props: { ...back, reason: 'not-a-form' }, shows: ['What was sent was not a form from our website.'] },
    'could not be read': { props: { ...back, reason: 'malformed' }, shows: ['Some of what was sent could not be read.'] },
    'the hidden box was filled in': {
      props: { ...back, reason: 'honeypot' },
      shows: ['A box that should be left empty was filled in.', 'Try again and check the form before you send it.'],
    },
    'too many posts: wait the minutes the server says': {
      props: { ...back, reason: 'rate-limited', retryAfterSeconds: 1200 },
      shows: ['Wait 20 minutes and try again.'],
    },
    'too many posts, no time given': { props: { ...back, reason: 'rate-limited' }, shows: ['Wait 10 minutes and try again.'] },
    'the survey has closed': { props: { ...back, reason: 'closed' }, shows: ['This survey is not taking answers.', 'Nothing you sent has been saved.'] },
    'feedback about a page that is not ours': {
      props: { backHref: '/', backLabel: 'Go to the home page', settings: exampleSiteSettings, reason: 'bad-page' },
      shows: ['What was sent was not feedback from a page on our website.', 'Go to the home page'],
      markup: ['href="tel:01632960555"'],
    },
  },
};
