/**
 * Headers for every form and officer page: never cached (a shared library
 * computer must not show the last person's answers from its cache), never
 * framed, and not indexed by search engines unless `indexable` (a blank
 * survey form, which families should be able to find).
 */
export function privatePageHeaders(headers: Headers, { indexable = false } = {}): void {
  headers.set('Cache-Control', 'no-store');
  headers.set('X-Frame-Options', 'DENY');
  headers.set('X-Content-Type-Options', 'nosniff');
  headers.set('Referrer-Policy', 'same-origin');
  if (!indexable) headers.set('X-Robots-Tag', 'noindex');
}

/** The client's address for rate limiting only; "unknown" when the adapter cannot tell (all such clients share one limit). */
export function clientAddressOf(astro: { clientAddress: string }): string {
  try {
    return astro.clientAddress || 'unknown';
  } catch {
    return 'unknown';
  }
}
