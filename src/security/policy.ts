import { adminContentSecurityPolicy } from '../../cms/security.ts';

/**
 * The site's security headers, in one place so they can be adjusted.
 *
 * Public pages get a Content Security Policy with no 'unsafe-inline': Astro
 * (security.csp in astro.config.mjs) adds the hashes of its own inline scripts
 * and styles to each page, and the build collects every page's hashes into one
 * policy for the HTTP header (src/security/site-policy.ts). /admin/ (the Decap
 * CMS editor, which evaluates code and injects styles) gets its own looser
 * policy, and nothing else does.
 *
 * Used by astro.config.mjs, the Node server (src/server/secure-server.ts) and
 * the `_headers` file written for static hosts (scripts/postbuild.ts).
 */

/** Directives every public page's policy carries, besides script-src and style-src. */
export const publicDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  // The offline service worker (/sw.js) must come from this site.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Where scripts may come from, before Astro adds its hashes. Pagefind's search
 * runs as WebAssembly, which Chromium only compiles with 'wasm-unsafe-eval'
 * (it allows WebAssembly, not JavaScript eval).
 */
export const publicScriptSources = ["'self'", "'wasm-unsafe-eval'"];

/** Where stylesheets may come from, before Astro adds its hashes. */
export const publicStyleSources = ["'self'"];

/**
 * Directives that only work in an HTTP header: browsers ignore them in a
 * <meta> element and log an error, so Astro's per-page meta tag leaves them out.
 */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/**
 * The editor at /admin/ needs eval and inline styles; it is for signed-in staff only.
 * One policy, written by the CMS (cms/security.ts, which knows its Git host),
 * sent as the header too, plus what only a header can say: nobody may frame
 * the editor (clickjacking). The production policy never allows localhost
 * (that is only for `npm run cms`, on the development server).
 */
export const adminPolicy = `${adminContentSecurityPolicy()}; frame-ancestors 'none'`;

/** HTTPS only, for a year, on this host and below it (sent only over HTTPS, where browsers heed it). */
export const strictTransportSecurity = 'max-age=31536000; includeSubDomains';

/** Headers every response gets, public or admin. */
export const commonHeaders: Record<string, string> = {
  // Links to services' own websites say only that the visit came from this
  // site, never which page: a page name can reveal a child's needs.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  // Nothing on the site needs these; a page that did (a "services near me"
  // map, say) would switch geolocation to (self) here.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** True for the CMS editor and its files. */
export function isAdminPath(pathname: string): boolean {
  return pathname === '/admin' || pathname.startsWith('/admin/');
}

/** A public page policy plus the header-only directives, for sending as an HTTP header. */
export function withHeaderOnlyDirectives(policy: string): string {
  const present = new Set(policy.split(';').map((d) => d.trim().split(/\s+/)[0]));
  const extra = headerOnlyDirectives.filter((d) => !present.has(d.split(/\s+/)[0]));
  return [policy.trim().replace(/;\s*$/, ''), ...extra].join('; ');
}

/**
 * Every security header for a path. `publicPolicy` is the site-wide policy
 * the build worked out from every page's hashes.
 */
export function securityHeadersFor(pathname: string, publicPolicy: string, builtAdminPolicy: string = adminPolicy): Record<string, string> {
  const admin = isAdminPath(pathname);
  return {
    ...commonHeaders,
    'Content-Security-Policy': admin ? builtAdminPolicy : withHeaderOnlyDirectives(publicPolicy),
    // For browsers too old for frame-ancestors.
    'X-Frame-Options': 'DENY',
  };
}
