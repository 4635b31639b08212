import { backendOrigins } from './backend.ts';

/**
 * The Content Security Policy for /admin/. The page carries it in a meta tag;
 * servers should also send it as a header, with `frame-ancestors 'none'`
 * added (meta tags cannot set that), see README. `localBackend` (decap-server
 * on localhost) is for `npm run cms` on the development server only.
 *
 * Why each exception:
 * - 'unsafe-eval': Decap validates its config with ajv, which compiles
 *   schemas to functions at run time.
 * - style 'unsafe-inline': Decap styles its interface with emotion, which
 *   writes <style> tags; the preview injects the site's CSS the same way.
 * - blob: and data: images: media not yet published is shown from memory.
 * No inline scripts are allowed, so script typed into content cannot run
 * even if it got past the sanitiser.
 */
export function adminContentSecurityPolicy(gitlabUrl?: string, { localBackend = false } = {}): string {
  // blob: because Decap reads a file being uploaded back from memory with fetch().
  const connect = ["'self'", 'blob:', ...backendOrigins(gitlabUrl, localBackend)];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
