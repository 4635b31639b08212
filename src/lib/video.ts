/**
 * Videos on service and information pages: which hosts we can embed, and
 * the words shown beside a player. An embedded video is only ever a link on
 * the page itself: nothing loads from the host until someone chooses to watch.
 */

export interface Embed {
  /** The host's name, as families know it. */
  provider: 'YouTube' | 'Vimeo';
  /** The address of the video on the host's own site. */
  watchUrl: string;
  /** The player address in the host's privacy-enhanced (no tracking cookie) mode. */
  playerUrl: string;
}

/** Recognises a YouTube or Vimeo address; anything else is not embeddable. */
export function embedFor(address: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/^www\./, '');
  const youtubeId = host === 'youtu.be' ? url.pathname.slice(1) : host === 'youtube.com' && url.pathname === '/watch' ? url.searchParams.get('v') : undefined;
  if (youtubeId && /^[\w-]{11}$/.test(youtubeId)) {
    return { provider: 'YouTube', watchUrl: `https://www.youtube.com/watch?v=${youtubeId}`, playerUrl: `https://www.youtube-nocookie.com/embed/${youtubeId}` };
  }
  const vimeoId = host === 'vimeo.com' ? url.pathname.match(/^\/(\d+)$/)?.[1] : undefined;
  if (vimeoId) return { provider: 'Vimeo', watchUrl: `https://vimeo.com/${vimeoId}`, playerUrl: `https://player.vimeo.com/video/${vimeoId}?dnt=1` };
  return undefined;
}

/** "650 KB" or "1.4 MB", so people on a data plan know what a download costs. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** "1 minute 25 seconds", from the end of the last caption. */
export function describeLength(seconds: number): string {
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (rest > 0 || minutes === 0) parts.push(`${rest} second${rest === 1 ? '' : 's'}`);
  return parts.join(' ');
}
