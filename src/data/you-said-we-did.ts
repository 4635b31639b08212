/**
 * Vocabularies for the "you said, we did" log (SEND Regulations 2014, reg 56:
 * publish comments about the Local Offer and the council's response). They
 * feed the zod schema, the CMS select options and the static filter pages.
 */
export const youSaidWeDidThemes = [
  'local-offer-website',
  'education',
  'ehc-plans',
  'health',
  'social-care',
  'short-breaks-and-leisure',
  'transport',
  'preparing-for-adulthood',
  'information-and-advice',
] as const;
export type YouSaidWeDidTheme = (typeof youSaidWeDidThemes)[number];

export const youSaidWeDidThemeInfo: Record<YouSaidWeDidTheme, { label: string }> = {
  'local-offer-website': { label: 'Local Offer website' },
  education: { label: 'Education and SEN support' },
  'ehc-plans': { label: 'EHC needs assessments and plans' },
  health: { label: 'Health and therapies' },
  'social-care': { label: 'Social care' },
  'short-breaks-and-leisure': { label: 'Short breaks and leisure' },
  transport: { label: 'Travel to school or college' },
  'preparing-for-adulthood': { label: 'Preparing for adulthood' },
  'information-and-advice': { label: 'Information, advice and support' },
};

/** Where the response has got to. Families asked us to be honest about what is not finished. */
export const youSaidWeDidStatuses = ['done', 'in-progress', 'planned'] as const;
export type YouSaidWeDidStatus = (typeof youSaidWeDidStatuses)[number];

export const youSaidWeDidStatusInfo: Record<YouSaidWeDidStatus, { label: string; tagClass: string }> = {
  done: { label: 'Done', tagClass: 'govuk-tag--green' },
  'in-progress': { label: 'In progress', tagClass: 'govuk-tag' },
  planned: { label: 'Planned', tagClass: 'govuk-tag--grey' },
};

/** How the comment reached the council: the annual report counts comments by source. */
export const youSaidWeDidSources = [
  'parent-carer-survey',
  'page-feedback',
  'parent-carer-forum',
  'young-people',
  'local-offer-day',
  'navigators',
  'complaints-and-compliments',
  'phone-and-email',
] as const;
export type YouSaidWeDidSource = (typeof youSaidWeDidSources)[number];

export const youSaidWeDidSourceInfo: Record<YouSaidWeDidSource, { label: string }> = {
  'parent-carer-survey': { label: 'Parent carer survey' },
  'page-feedback': { label: '"Was this page useful?" feedback' },
  'parent-carer-forum': { label: 'The parent carer forum' },
  'young-people': { label: "Young people's groups" },
  'local-offer-day': { label: 'Local Offer days and events' },
  navigators: { label: 'SEND navigators at family hubs and libraries' },
  'complaints-and-compliments': { label: 'Complaints and compliments' },
  'phone-and-email': { label: 'Phone calls and emails to the Local Offer team' },
};
