import crypto from 'node:crypto';

/**
 * Server-issued form tokens: `nonce.issuedAt.signature`. The nonce makes a
 * double submit store once (it is unique in the database); the signed issue
 * time gives the minimum fill time and an expiry without keeping any state
 * between showing the form and receiving it.
 */
export type TokenCheck = { ok: true; nonce: string; issuedAt: number } | { ok: false; reason: 'missing' | 'invalid' | 'too-fast' | 'expired' };

/** The first 24 bytes of the HMAC (written as 32 base64url characters). */
const sign = (key: crypto.KeyObject | Buffer, purpose: string, nonce: string, issuedAt: number) =>
  crypto.createHmac('sha256', key).update(`${purpose}|${nonce}|${issuedAt}`).digest().subarray(0, 24);

/** A new token for one form (`purpose` is e.g. "survey:parent-carer-survey-2026"). */
export function issueFormToken(key: crypto.KeyObject | Buffer, purpose: string, now = Date.now()): string {
  const nonce = crypto.randomBytes(16).toString('base64url');
  return `${nonce}.${now}.${sign(key, purpose, nonce, now).toString('base64url')}`;
}

export function checkFormToken(
  key: crypto.KeyObject | Buffer,
  purpose: string,
  token: string | undefined,
  now: number,
  limits: { minAgeMs: number; maxAgeMs: number },
): TokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  const match = /^([A-Za-z0-9_-]{22})\.(\d{13})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const [, nonce, issued, signature] = match;
  const issuedAt = Number(issued);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== 24 || !crypto.timingSafeEqual(sign(key, purpose, nonce, issuedAt), given)) return { ok: false, reason: 'invalid' };
  if (issuedAt > now + 60_000) return { ok: false, reason: 'invalid' };
  if (now - issuedAt < limits.minAgeMs) return { ok: false, reason: 'too-fast' };
  if (now - issuedAt > limits.maxAgeMs) return { ok: false, reason: 'expired' };
  return { ok: true, nonce, issuedAt };
}
