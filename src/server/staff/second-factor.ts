import crypto from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { purposeKey } from '../config';

/**
 * The optional second step at sign-in: a 6-digit code from an authenticator
 * app (TOTP, RFC 6238, through the otpauth library). A code is accepted for
 * the 30 seconds either side of now, and only once (the store remembers the
 * last time step used).
 */
const period = 30;

function totp(secret: string, label = 'officer', issuer = 'Local Offer') {
  return new OTPAuth.TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: OTPAuth.Secret.fromBase32(secret) });
}

/**
 * The secret offered on a set-up page. Worked out from the set-up link's
 * token rather than stored, so reloading the page shows the same one and
 * nothing is saved until the person has proved their app works.
 */
export function offeredSecret(setupTokenHash: string): string {
  const bytes = crypto.createHmac('sha256', purposeKey('totp-offer')).update(setupTokenHash).digest().subarray(0, 20);
  return new OTPAuth.Secret({ buffer: new Uint8Array(bytes).buffer }).base32;
}

/** The otpauth:// address and a QR code (SVG markup made by the qrcode library) for an authenticator app. */
export async function enrolment(secret: string, email: string, issuer: string): Promise<{ uri: string; qrSvg: string }> {
  const uri = totp(secret, email, issuer).toString();
  return { uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }) };
}

/** The time step of a valid code, or undefined. Spaces in the typed code are ignored. */
export function checkCode(secret: string, typed: string, now = Date.now()): number | undefined {
  const code = typed.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totp(secret).validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return undefined;
  return Math.floor(now / 1000 / period) + delta;
}

/** The current code, for tests and the command line. */
export function currentCode(secret: string, now = Date.now()): string {
  return totp(secret).generate({ timestamp: now });
}
