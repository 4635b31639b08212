import { pageFeedbackMaxLength, pageFeedbackRetentionMonths } from '../data/surveys';
import { serverConfig } from './config';
import { formsStore } from './forms/current';
import { periodHash, periodKey } from './forms/period-keys';
import { readFormBody, type BodyProblem } from './form-body';
import { cleanFreeText } from './free-text';
import { savePageFeedback } from './page-feedback-store';
import { RateLimiter } from './rate-limit';
import { isPageOnSite } from './site-pages';

/**
 * "Was this page useful?" posts. The form sits on static pages, so it cannot
 * carry a server-issued token; instead a repeat of the same answer from the
 * same client within 10 minutes is recognised by a keyed hash and counted
 * once, on whichever server it arrives. The hash is made with the window's key
 * (forms/period-keys.ts), whose salt is deleted when the window ends, so a
 * stored hash can never be turned back into an address. Honeypot, rate limit, body
 * limit and strict validation are the same as the survey's.
 */
export const feedbackBodyLimit = 8 * 1024;
const repeatWindowMs = 10 * 60 * 1000;

export interface FeedbackValues {
  page: string;
  useful?: 'yes' | 'no';
  lookingFor: string;
}

export interface FeedbackError {
  href?: string;
  message: string;
}

export type FeedbackOutcome =
  | { kind: 'saved'; page: string }
  | { kind: 'form'; status: number; values: FeedbackValues; errors: FeedbackError[] }
  | { kind: 'refused'; status: number; reason: BodyProblem | 'honeypot' | 'rate-limited' | 'bad-page'; retryAfterSeconds?: number }
  | { kind: 'unavailable'; values: FeedbackValues };

const allowedFields = new Set(['page', 'useful', 'looking-for', 'website']);

/** A path on this site such as /services/chatterbox/ (never another site, never markup). */
export function isSitePath(value: string): boolean {
  return value.length <= 300 && /^\/(?!\/)[A-Za-z0-9\-._~/]*$/.test(value);
}

let limiter: RateLimiter | undefined;
const feedbackLimiter = () => (limiter ??= new RateLimiter('feedback', serverConfig().postsPerTenMinutes, repeatWindowMs));

export async function receivePageFeedback(request: Request, clientAddress: string): Promise<FeedbackOutcome> {
  const limit = feedbackLimiter();
  // A store that cannot count the post cannot save it either: the save below then says so.
  if (!(await limit.take(formsStore(), clientAddress).catch(() => true)))
    return { kind: 'refused', status: 429, reason: 'rate-limited', retryAfterSeconds: limit.windowSeconds };
  const body = await readFormBody(request, feedbackBodyLimit);
  if (!body.ok) return { kind: 'refused', status: body.problem === 'too-large' ? 413 : body.problem === 'not-a-form' ? 415 : 400, reason: body.problem };
  const fields = body.fields;
  const single = (name: string) => (fields.get(name)?.length === 1 ? fields.get(name)![0] : undefined);

  const page = single('page');
  if (!page || !isSitePath(page) || [...fields.keys()].some((name) => !allowedFields.has(name)) || [...fields.values()].some((v) => v.length > 1))
    return { kind: 'refused', status: 400, reason: 'bad-page' };
  if ((single('website') ?? '') !== '') return { kind: 'refused', status: 400, reason: 'honeypot' };
  // Only pages the site has: made-up addresses would fill the officer view with noise.
  if (!(await isPageOnSite(page))) return { kind: 'refused', status: 400, reason: 'bad-page' };

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
  if (errors.length > 0) return { kind: 'form', status: 422, values, errors };

  const lookingFor = cleaned.ok && cleaned.text !== '' ? cleaned.text : undefined;
  const now = Date.now();
  try {
    const store = formsStore();
    // The same answer from the same client in this 10-minute window, on any server, gives the same key.
    const { key } = await periodKey(store, 'page-feedback-repeat', repeatWindowMs, now);
    const repeatKey = periodHash(key, clientAddress, page, values.useful ?? '', lookingFor ?? '');
    await savePageFeedback(store, { page, useful: values.useful === 'yes', lookingFor, repeatKey, keepForMonths: pageFeedbackRetentionMonths });
    return { kind: 'saved', page };
  } catch {
    console.error('Page feedback could not be saved (database error).');
    return { kind: 'unavailable', values };
  }
}
