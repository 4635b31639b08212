/**
 * What a council still has to write before its Local Offer is complete: the
 * review queue (/admin/review/) lists it, so a new area (npm run new-area)
 * starts with an honest to-do list rather than a site that looks finished.
 */

/** Values `npm run new-area` writes into the settings for the council to replace. */
export const starterSettings = {
  councilName: 'Your Council',
  areaName: 'Your area',
  phone: '01632 960000',
  email: 'localoffer@example.org',
  councilWebsite: 'https://www.council.example',
} as const;

export interface ToWrite {
  /** What it is about, e.g. "Site settings" or the page's title. */
  what: string;
  /** Where it is edited. */
  editUrl: string;
  /** What is missing, in plain words. */
  missing: string[];
}

interface Settings {
  councilName: string;
  areaName: string;
  phone: string;
  email: string;
  councilWebsite: string;
  siteUrl?: string;
  parentCarerForum?: unknown;
  editor?: unknown;
  localAuthorityCode?: string;
}

/** Settings still holding a starter value, or left out although the site needs them. */
export function settingsToWrite(settings: Settings): ToWrite[] {
  const missing: string[] = [];
  const still = (key: keyof typeof starterSettings, words: string) => {
    if (settings[key] === starterSettings[key]) missing.push(words);
  };
  still('councilName', "The council's name");
  still('areaName', "The area's name");
  still('phone', "The Local Offer team's phone number");
  still('email', "The Local Offer team's email address");
  still('councilWebsite', "The council's website address");
  // Named as the editor labels them (src/schemas/site-settings.ts).
  if (!settings.siteUrl) missing.push("The Local Offer's own web address (Site address)");
  if (!settings.parentCarerForum) missing.push('The parent carer forum (Parent carer forum)');
  if (!settings.editor) missing.push("The council's GitLab for the editor (Where the editor saves)");
  if (!settings.localAuthorityCode) missing.push("The council's code on Get Information about Schools (Council code for schools)");
  return missing.length > 0 ? [{ what: 'Site settings', editUrl: '/admin/#/collections/settings/entries/settings', missing }] : [];
}

/** Content folders with nothing in them yet, each with what to add. */
export function emptyCollectionsToWrite(counts: { collection: string; label: string; count: number; missing: string }[]): ToWrite[] {
  return counts.filter((c) => c.count === 0).map((c) => ({ what: c.label, editUrl: `/admin/#/collections/${c.collection}`, missing: [c.missing] }));
}
