import { pageFeedbackMaxLength, pageFeedbackRetentionMonths } from '../data/surveys';
import type { FormsStore } from './forms/store';
import { periodHash, periodKey } from './forms/period-keys';
import { handleFormPost, rateLimitWindowMs, type FormCheck, type FormPostDefinition, type FormPostOutcome } from './form-post';
import type { FormFields } from './form-body';
import { cleanFreeText } from './free-text';
import { savePageFeedback } from './page-feedback-store';
import { isPageOnSite } from './site-pages';

/**
 * "Was this page useful?" posts. The form sits on static pages, so it cannot
 * carry a server-issued token; instead a repeat of the same answer from the
 * same client within 10 minutes is recognised by a keyed hash and counted
 * once, on whichever server it arrives. The hash is made with the window's key
 * (forms/period-keys.ts), whose salt is deleted when the window ends, so a
 * stored hash can never be turned back into an address. Rate limit, body,
 * honeypot, save and "unavailable" are the survey's (form-post.ts).
 */
export const feedbackBodyLimit = 8 * 1024;
const repeatWindowMs = rateLimitWindowMs;

export interface FeedbackValues {
  page: string;
  useful?: 'yes' | 'no';
  lookingFor: string;
}

export interface FeedbackError {
  href?: string;
  message: string;
}

/** What the feedback page shows after a post. */
export type FeedbackOutcome = FormPostOutcome<{ page: string }, { values: FeedbackValues }, FeedbackError, 'bad-page'>;

interface AcceptedFeedback {
  page: string;
  useful: boolean;
  lookingFor?: string;
}

const allowedFields = new Set(['page', 'useful', 'looking-for']);

/** A path on this site such as /services/chatterbox/ (never another site, never markup). */
export function isSitePath(value: string): boolean {
  return value.length <= 300 && /^\/(?!\/)[A-Za-z0-9\-._~/]*$/.test(value);
}

async function checkFeedback(fields: FormFields): Promise<FormCheck<AcceptedFeedback, { values: FeedbackValues }, FeedbackError, 'bad-page'>> {
  const single = (name: string) => (fields.get(name)?.length === 1 ? fields.get(name)![0] : undefined);
  const page = single('page');
  if (!page || !isSitePath(page) || [...fields.keys()].some((name) => !allowedFields.has(name)) || [...fields.values()].some((v) => v.length > 1))
    return { kind: 'refused', reason: 'bad-page' };
  // Only pages the site has: made-up addresses would fill the officer view with noise.
  if (!(await isPageOnSite(page))) return { kind: 'refused', reason: 'bad-page' };

  const useful = single('useful');
  const typed = single('looking-for') ?? '';
  const values: FeedbackValues = { page, useful: useful === 'yes' || useful === 'no' ? useful : undefined, lookingFor: typed };
  const errors: FeedbackError[] = [];
  if (useful === undefined) errors.push({ href: '#useful', message: 'Select yes if this page was useful' });
  else if (!values.useful) errors.push({ href: '#useful', message: 'Select yes or no' });
  const cleaned = cleanFreeText(typed, pageFeedbackMaxLength);
  if (!cleaned.ok)
    errors.push({
      href: '#looking-for',
      message:
        cleaned.problem === 'too-long'
          ? `What you were looking for must be ${pageFeedbackMaxLength} characters or fewer`
          : cleaned.problem === 'markup'
            ? 'What you were looking for must not include code such as HTML tags – remove the < and > signs'
            : 'What you were looking for contains hidden characters we cannot accept – type it again rather than pasting it',
    });
  if (errors.length > 0 || !cleaned.ok) return { kind: 'form', status: 422, kept: { values }, errors };
  return { kind: 'accepted', accepted: { page, useful: values.useful === 'yes', lookingFor: cleaned.text || undefined }, kept: { values } };
}

/** Page feedback as a form post: what differs from the survey (form-post.ts runs the rest). */
export const feedbackForm: FormPostDefinition<AcceptedFeedback, { values: FeedbackValues }, FeedbackError, { page: string }, 'bad-page'> = {
  name: 'feedback',
  bodyLimit: feedbackBodyLimit,
  check: checkFeedback,
  save: async (feedback, { store, clientAddress, now }) => {
    // The same answer from the same client in this 10-minute window, on any server, gives the same key.
    const { key } = await periodKey(store, 'page-feedback-repeat', repeatWindowMs, now);
    const repeatKey = periodHash(key, clientAddress, feedback.page, feedback.useful ? 'yes' : 'no', feedback.lookingFor ?? '');
    await savePageFeedback(store, { ...feedback, repeatKey, keepForMonths: pageFeedbackRetentionMonths });
    return { page: feedback.page };
  },
  redirectTo: ({ page }) => `/feedback/thanks/?page=${encodeURIComponent(page)}`,
  failureLog: 'Page feedback could not be saved (database error).',
};

export function receivePageFeedback(request: Request, clientAddress: string, options: { store?: FormsStore } = {}): Promise<FeedbackOutcome> {
  return handleFormPost(feedbackForm, request, clientAddress, options);
}
