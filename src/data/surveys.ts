/**
 * Kinds of survey question an officer can write in content/surveys/*.yaml.
 * Each maps to one GOV.UK Design System pattern: radios, checkboxes, textarea,
 * and a rating scale shown as radios.
 */
export const surveyQuestionTypes = ['single', 'multiple', 'text', 'rating'] as const;
export type SurveyQuestionType = (typeof surveyQuestionTypes)[number];

/** Longest free-text answer anyone can send, whatever a survey file says: it bounds request size and storage. */
export const maxFreeTextLength = 2000;

/**
 * Form field names the survey form uses for itself; a question id may not
 * take one of them. `website` is the honeypot (people never see it).
 */
export const reservedFieldNames = ['form-token', 'website'] as const;

/** How long page feedback is kept before it is deleted (survey files set their own period). */
export const pageFeedbackRetentionMonths = 12;

/** Longest "what were you looking for?" comment. */
export const pageFeedbackMaxLength = 500;

/** Searches that found nothing are kept this many days, then deleted (the privacy notice says so). */
export const zeroResultRetentionDays = 90;
/** A search that found nothing is shown to officers only once this many different clients made it… */
export const zeroResultMinimumClients = 3;
/** …within this many days. */
export const zeroResultWindowDays = 7;
