import { getSiteSettings } from './load';
import { say, sayHtml, type MessageKey, type MessageSettings } from '../i18n/messages';
import { escapeHtml } from '../lib/escape-html';
import { telHref } from '../lib/schedule';

/**
 * What a component needs to say its words: the council's wording (or ours),
 * with the area's names filled in. The middleware gives every page one
 * (Astro.locals.wording), read from content/settings/site.yaml, so components
 * do not each read the settings; component examples give their own.
 */
export interface Wording {
  say(key: MessageKey, extra?: Record<string, string>): string;
  /**
   * For sentences with links (see sayHtml): {phone}, {hours} and {email} are always the Local
   * Offer team's, the phone number and email as links; `html` adds markup the page made.
   */
  sayHtml(key: MessageKey, html?: Record<string, string>): string;
}

/** The settings the wording needs: the names, and the team's phone, hours and email. */
export type WordingSettings = MessageSettings & { phone: string; phoneHours: string; email: string };

/** The wording for these settings. */
export function wordingFor(settings: WordingSettings): Wording {
  const team = {
    phone: `<a href="${escapeHtml(telHref(settings.phone))}">${escapeHtml(settings.phone)}</a>`,
    hours: escapeHtml(settings.phoneHours),
    email: `<a href="${escapeHtml(`mailto:${settings.email}`)}">${escapeHtml(settings.email)}</a>`,
  };
  return {
    say: (key, extra) => say(key, settings, extra),
    sayHtml: (key, html = {}) => sayHtml(key, settings, { ...team, ...html }),
  };
}

/** The wording for the site being built, from content/settings/site.yaml. */
export async function getWording(): Promise<Wording> {
  return wordingFor(await getSiteSettings());
}
