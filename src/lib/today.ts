/**
 * The day the site is built. Review notices and upcoming lists are worked out
 * against it; LOCAL_OFFER_TODAY (YYYY-MM-DD) pins it for tests and screenshots.
 */
export function today(): Date {
  const pinned = process.env.LOCAL_OFFER_TODAY;
  return pinned ? new Date(`${pinned}T12:00:00Z`) : new Date();
}
