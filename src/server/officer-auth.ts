import crypto from 'node:crypto';
import { purposeKey, serverConfig } from './config';
import { RateLimiter } from './rate-limit';

/**
 * The officer view's sign-in: one password from LOCAL_OFFER_OFFICER_PASSWORD
 * (never in Git), then a signed, HttpOnly, SameSite=Strict cookie for 8 hours.
 * Changing the password signs everyone out, because the cookie's signature
 * covers a hash of it.
 */
export const officerCookieName = 'officer-session';
export const officerSessionSeconds = 8 * 60 * 60;
export const minimumPasswordLength = 12;

const digest = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest();

export type OfficerAccess = 'not-configured' | 'signed-out' | 'signed-in';

function signature(expiresAt: number, password: string): string {
  return crypto.createHmac('sha256', purposeKey('officer-session')).update(`${expiresAt}|`).update(digest(password)).digest('base64url');
}

/** Whether the officer view is switched on, and whether this cookie belongs to a signed-in officer. */
export function officerAccess(cookie: string | undefined, now = Date.now()): OfficerAccess {
  const password = serverConfig().officerPassword;
  if (!password || password.length < minimumPasswordLength) return 'not-configured';
  const match = cookie && /^(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(cookie);
  if (!match) return 'signed-out';
  const expiresAt = Number(match[1]);
  if (expiresAt < now) return 'signed-out';
  const expected = Buffer.from(signature(expiresAt, password));
  return crypto.timingSafeEqual(expected, Buffer.from(match[2])) ? 'signed-in' : 'signed-out';
}

/** Compares in constant time whatever the lengths, so the check leaks nothing about the password. */
export function passwordMatches(given: string): boolean {
  const password = serverConfig().officerPassword;
  if (!password || password.length < minimumPasswordLength) return false;
  return crypto.timingSafeEqual(digest(given), digest(password));
}

/** A new session cookie value, valid for 8 hours. */
export function newOfficerSession(now = Date.now()): string {
  const expiresAt = now + officerSessionSeconds * 1000;
  return `${expiresAt}.${signature(expiresAt, serverConfig().officerPassword!)}`;
}

let limiter: RateLimiter | undefined;
/** Sign-in attempts per client: 10 in 10 minutes, enough for typos, too few to guess a long password. */
export const signInLimiter = () => (limiter ??= new RateLimiter(10, 10 * 60 * 1000));
