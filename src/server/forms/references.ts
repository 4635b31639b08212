import crypto from 'node:crypto';

// Crockford's base32 without I, L, O, U: nothing to misread when a parent reads a reference over the phone.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The council's referencePrefix (site settings), a hyphen and 8 characters of Crockford's base32
 * (40 random bits), e.g. RF-7K3D-9QXP. Any 2 to 4 letter prefix is accepted, so references given
 * out before a council changed its prefix still work.
 */
export const referencePattern = /^[A-Z]{2,4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Used when the settings give no usable prefix ("Local Offer"). */
const fallbackPrefix = 'LO';

export function newReference(prefix: string = fallbackPrefix): string {
  const usable = /^[A-Z]{2,4}$/.test(prefix) ? prefix : fallbackPrefix;
  const bytes = crypto.randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += alphabet[bytes[i] % 32];
  return `${usable}-${code.slice(0, 4)}-${code.slice(4)}`;
}

/** Candidates for one response: on the rare clash with a stored reference, the store tries the next. */
export const referenceCandidates = (prefix?: string, count = 5) => Array.from({ length: count }, () => newReference(prefix));
