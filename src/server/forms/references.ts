import crypto from 'node:crypto';

// Crockford's base32 without I, L, O, U: nothing to misread when a parent reads a reference over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "NB-" and 8 characters of Crockford's base32 (40 random bits), e.g. NB-7K3D-9QXP. */
export const referencePattern = /^NB-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

export function newReference(): string {
  const bytes = crypto.randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[bytes[i] % 32];
  return `NB-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Candidates for one response: on the rare clash with a stored reference, the store tries the next. */
export const referenceCandidates = (count = 5) => Array.from({ length: count }, newReference);
