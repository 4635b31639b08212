import { serverConfig } from './config';
import { formsStore } from './forms/current';
import type { FormsStore } from './forms/store';
import { readFormBody, type BodyProblem, type FormFields } from './form-body';
import { RateLimiter } from './rate-limit';

/**
 * The one pipeline every form post goes through (the survey, "Was this page
 * useful?"): rate limit, body, honeypot, the form's own checks, save, and
 * the "unavailable" answer when the database cannot be written. A form
 * supplies only what differs (a FormPostDefinition): its body limit, how it
 * checks its fields, how it saves, where a saved post goes next; its page
 * decides the words and markup for the other outcomes (the form again with
 * an error summary, the refusal, "unavailable"). Nothing is stored unless
 * every check passes, and nothing a person typed is ever logged.
 */

/** Posts one client may send in this window, per form (LOCAL_OFFER_RATE_LIMIT counts them). */
export const rateLimitWindowMs = 10 * 60 * 1000;

/** The hidden box people leave empty and form-filling bots fill in. */
export const honeypotField = 'website';

/** Why a post is refused without being read further (FormRefused.astro has the words for each). */
export type RefusalReason = BodyProblem | 'honeypot' | 'rate-limited';

/**
 * What a form's check makes of the posted fields: something to save (and,
 * should the save fail, what to put back in the form); the form shown again
 * with errors and everything typed; or a refusal of the whole post (400).
 */
export type FormCheck<Accepted, Kept, FieldError, Reason extends string> =
  | { kind: 'accepted'; accepted: Accepted; kept: Kept }
  | { kind: 'form'; status: number; kept: Kept; errors: FieldError[] }
  | { kind: 'refused'; reason: Reason };

export interface FormPostDefinition<Accepted, Kept, FieldError, Saved, Reason extends string = never> {
  /** Names the form's own rate-limit allowance ("survey", "feedback"). */
  name: string;
  /** Biggest body read, in bytes; a longer one is cut off and refused. */
  bodyLimit: number;
  /** Posts one client may send in 10 minutes; LOCAL_OFFER_RATE_LIMIT when not given. */
  postsPerWindow?: number;
  /** Checks the posted fields (the honeypot already taken out), at `now` (after the body was read). */
  check(fields: FormFields, now: number): FormCheck<Accepted, Kept, FieldError, Reason> | Promise<FormCheck<Accepted, Kept, FieldError, Reason>>;
  /** Stores what the check accepted, durably, before the promise resolves. */
  save(accepted: Accepted, context: { store: FormsStore; clientAddress: string; now: number }): Promise<Saved>;
  /** Where the browser goes after a save (a 303, so reloading the next page sends nothing again). */
  redirectTo(saved: Saved): string;
  /** The line logged when the database cannot be written: never anything the person typed. */
  failureLog: string;
}

/** What a form's page is told after a post. */
export type FormPostOutcome<Saved, Kept, FieldError, Reason extends string = never> =
  | ({ kind: 'saved'; redirectTo: string } & Saved)
  | ({ kind: 'form'; status: number; errors: FieldError[] } & Kept)
  | { kind: 'refused'; status: number; reason: RefusalReason | Reason; retryAfterSeconds?: number }
  | ({ kind: 'unavailable'; status: 503 } & Kept);

const bodyStatus: Record<BodyProblem, number> = { 'too-large': 413, 'not-a-form': 415, malformed: 400 };

const limiters = new Map<string, RateLimiter>();
function limiterFor(name: string, posts: number): RateLimiter {
  const key = `${name}:${posts}`;
  let limiter = limiters.get(key);
  if (!limiter) limiters.set(key, (limiter = new RateLimiter(name, posts, rateLimitWindowMs)));
  return limiter;
}

/** Runs one post through the pipeline. `store` is the process's forms store unless given (tests give their own). */
export async function handleFormPost<Accepted, Kept, FieldError, Saved, Reason extends string = never>(
  form: FormPostDefinition<Accepted, Kept, FieldError, Saved, Reason>,
  request: Request,
  clientAddress: string,
  options: { store?: FormsStore } = {},
): Promise<FormPostOutcome<Saved, Kept, FieldError, Reason>> {
  const store = options.store ?? formsStore();
  const limit = limiterFor(form.name, form.postsPerWindow ?? serverConfig().postsPerTenMinutes);
  // A store that cannot count the post cannot save it either: the save below then says so and keeps what was typed.
  if (!(await limit.take(store, clientAddress).catch(() => true)))
    return { kind: 'refused', status: 429, reason: 'rate-limited', retryAfterSeconds: limit.windowSeconds };

  const body = await readFormBody(request, form.bodyLimit);
  if (!body.ok) return { kind: 'refused', status: bodyStatus[body.problem], reason: body.problem };
  const fields = body.fields;
  const honeypot = fields.get(honeypotField);
  fields.delete(honeypotField);
  if (honeypot?.some((value) => value !== '')) return { kind: 'refused', status: 400, reason: 'honeypot' };

  const now = Date.now();
  const checked = await form.check(fields, now);
  if (checked.kind === 'refused') return { kind: 'refused', status: 400, reason: checked.reason };
  if (checked.kind === 'form') return { kind: 'form', status: checked.status, errors: checked.errors, ...checked.kept };

  try {
    const saved = await form.save(checked.accepted, { store, clientAddress, now });
    return { kind: 'saved', redirectTo: form.redirectTo(saved), ...saved };
  } catch {
    // The database is full, locked or missing. Say so and keep what was typed; log nothing about it.
    console.error(form.failureLog);
    return { kind: 'unavailable', status: 503, ...checked.kept };
  }
}

/**
 * Answers a post on the form's page: the redirect after a save (return it from the page), otherwise undefined, with
 * the page's status set (and Retry-After for a rate-limited post) for the page to draw the outcome.
 */
export function answerFormPost(
  outcome: { kind: 'saved'; redirectTo: string } | { kind: 'form' | 'refused' | 'unavailable'; status: number; retryAfterSeconds?: number },
  astro: { response: { status?: number; headers: Headers }; redirect: (path: string, status: 303) => Response },
): Response | undefined {
  if (outcome.kind === 'saved') return astro.redirect(outcome.redirectTo, 303);
  astro.response.status = outcome.status;
  if (outcome.kind === 'refused' && outcome.retryAfterSeconds) astro.response.headers.set('Retry-After', String(outcome.retryAfterSeconds));
  return undefined;
}
