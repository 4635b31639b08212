/**
 * Rules the production server (secure-server.ts) applies to every request
 * before anything else sees it, static files included.
 */

/** Methods the site answers. Everything else (TRACE, PUT, DELETE, CONNECT...) gets 405, never a 500. */
export const allowedMethods = ['GET', 'HEAD', 'POST', 'OPTIONS'] as const;

export function isAllowedMethod(method: string | undefined): boolean {
  return (allowedMethods as readonly string[]).includes(method ?? '');
}

/**
 * The address with runs of slashes in its path made single, so "//_headers"
 * is the same request as "/_headers" (and a static host's rules keyed on the
 * single-slash form cannot be stepped round). The query string is kept as it is.
 */
export function withSingleSlashes(url: string): string {
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  const rest = query === -1 ? '' : url.slice(query);
  return path.replace(/\/{2,}/g, '/') + rest;
}

/** Whether the browser reached us over HTTPS: directly, or through a proxy we were told to trust (LOCAL_OFFER_BEHIND_PROXY). */
export function reachedOverHttps(encrypted: boolean, forwardedProto: string | string[] | undefined, behindProxy: boolean): boolean {
  if (encrypted) return true;
  if (!behindProxy) return false;
  const proto = (Array.isArray(forwardedProto) ? forwardedProto[0] : (forwardedProto ?? '')).split(',')[0].trim().toLowerCase();
  return proto === 'https';
}
