import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Password hashing with scrypt (memory-hard, built into Node, no native
 * addon) at one of OWASP's recommended settings: N=2^15, r=8, p=3, that is
 * 32 MiB and the same work as N=2^17, p=1 (a few hundred milliseconds per
 * guess) with a quarter of the memory, so a burst of sign-ins cannot
 * exhaust the server's memory. The parameters are stored with each hash, so
 * they can be raised later without breaking old passwords.
 */
const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;
const cost = { N: 2 ** 15, r: 8, p: 3 };
const keyLength = 32;

/** NCSC and NIST both favour length over composition rules: 12 characters, any characters, a passphrase welcome. */
export const minimumPasswordLength = 12;
export const maximumPasswordLength = 200;

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, keyLength, { ...cost, maxmem: 256 * 1024 * 1024 });
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** A hash of a random password, checked against when there is no such account, so both cases take as long. */
let decoy: Promise<string> | undefined;

export async function passwordMatches(password: string, stored: string | null | undefined): Promise<boolean> {
  const target = stored ?? (await (decoy ??= hashPassword(crypto.randomBytes(24).toString('base64url'))));
  const [scheme, n, r, p, salt, hash] = target.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const given = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 256 * 1024 * 1024,
  });
  return crypto.timingSafeEqual(given, expected) && stored !== undefined && stored !== null;
}

/** zxcvbn-ts's list of about 49,000 passwords most often seen in breaches. */
const common = new Set(dictionary['passwords-common']);

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-email' | 'different';

/**
 * Why a new password will not do, or undefined when it is fine. Refuses the
 * breached list, a listed password with digits or signs added at the end
 * ("password1234!"), one character repeated, and the person's own address.
 */
export function passwordProblem(password: string, confirmation: string, email: string): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < minimumPasswordLength) return 'too-short';
  if (length > maximumPasswordLength) return 'too-long';
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^a-z]+$/, '');
  if (common.has(lower) || (stem.length >= 4 && common.has(stem)) || /^(.)\1*$/.test(password)) return 'common';
  const localPart = email.toLowerCase().split('@')[0];
  if (localPart.length >= 4 && lower.includes(localPart)) return 'contains-email';
  if (password !== confirmation) return 'different';
  return undefined;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  'too-short': `Your password must be ${minimumPasswordLength} characters or more – three or four random words work well`,
  'too-long': `Your password must be ${maximumPasswordLength} characters or fewer`,
  common: 'Your password is one that many people use, so it is easy to guess – choose another, such as three or four random words',
  'contains-email': 'Your password must not contain your e-mail address',
  different: 'The two passwords are not the same – type them again',
};
