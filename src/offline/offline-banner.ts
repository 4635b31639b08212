/**
 * The notice the service worker adds to a saved page it shows offline, so a
 * page is never out of date without saying so. Plain HTML (no script, no
 * inline style) so it works on the script-free pages under the site's CSP.
 */

/** "3 June 2026 at 2:05pm", in the device's time zone. */
export function describeSavedAt(savedAt: Date): string {
  const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(savedAt);
  const hours = savedAt.getHours();
  const minutes = savedAt.getMinutes();
  const time = `${hours % 12 === 0 ? 12 : hours % 12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
  return `${date} at ${time}`;
}

/** Why the saved copy is shown: no connection at all, or one too slow to wait for. */
export type SavedCopyReason = 'offline' | 'slow';

export function offlineBanner(savedAt: Date | undefined, reason: SavedCopyReason = 'offline'): string {
  const known = savedAt && !Number.isNaN(savedAt.getTime());
  const when = known ? `This page was saved on ${describeSavedAt(savedAt)}.` : 'This is a saved copy of the page.';
  const lead = reason === 'offline' ? '<strong>You are offline.</strong>' : '<strong>Your connection is very slow, so this is a saved copy.</strong>';
  return (
    '<div class="app-offline-banner" id="offline-banner"><div class="app-width-container">' +
    `<p>${lead} ${when} Details may have changed since then.</p>` +
    '</div></div>'
  );
}

/** The page with the notice as the first thing in <body> (the skip link stays the first thing to tab to). */
export function addOfflineBanner(html: string, savedAt: Date | undefined, reason: SavedCopyReason = 'offline'): string {
  if (html.includes('id="offline-banner"')) return html;
  const body = /<body\b[^>]*>/i.exec(html);
  if (!body) return html;
  const at = body.index + body[0].length;
  return html.slice(0, at) + offlineBanner(savedAt, reason) + html.slice(at);
}
