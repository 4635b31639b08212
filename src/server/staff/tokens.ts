import crypto from 'node:crypto';

/** A new secret for a cookie or a link: 32 random bytes. */
export const newSecretToken = () => crypto.randomBytes(32).toString('base64url');

/** What the database keeps instead of a session id or link token: a copy of the database lets nobody in. */
export const hashToken = (token: string) => crypto.createHash('sha256').update(token, 'utf8').digest('base64url');

/** Tokens are 43 base64url characters; anything else is refused before it reaches the database. */
export const looksLikeToken = (value: string | undefined): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
