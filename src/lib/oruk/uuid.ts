import { createHash } from 'node:crypto';

/**
 * Our namespace for name-based identifiers. Open Referral needs a UUID on every
 * venue, address, schedule and taxonomy term; we hold none of those in content,
 * so each is derived from something that does not change (the service's id and
 * the venue's name, a vocabulary code). Never change this value: every id
 * published in the open data would change with it.
 */
export const LOCAL_OFFER_NAMESPACE = 'd5974069-0f8a-42c0-9012-5e9c23fdaa45';

/** A version 5 (SHA-1, name-based) UUID as RFC 9562 defines it: the same name always gives the same id. */
export function nameBasedId(name: string, namespace: string = LOCAL_OFFER_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
