import { getSiteSettings } from './load';
import { say, sayHtml, type MessageKey, type MessageSettings } from '../i18n/messages';

/**
 * What a component needs to say its words: the council's wording (or ours),
 * with the area's names filled in. The middleware gives every page one
 * (Astro.locals.wording), read from content/settings/site.yaml, so components
 * do not each read the settings; component examples give their own.
 */
export interface Wording {
  say(key: MessageKey, extra?: Record<string, string>): string;
  /** For sentences with links: see sayHtml. */
  sayHtml(key: MessageKey, html: Record<string, string>): string;
}

/** The wording for these settings. */
export function wordingFor(settings: MessageSettings): Wording {
  return {
    say: (key, extra) => say(key, settings, extra),
    sayHtml: (key, html) => sayHtml(key, settings, html),
  };
}

/** The wording for the site being built, from content/settings/site.yaml. */
export async function getWording(): Promise<Wording> {
  return wordingFor(await getSiteSettings());
}
