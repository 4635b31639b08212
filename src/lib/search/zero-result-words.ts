import { normalise } from './text';

/**
 * What may be kept of a search that found nothing: its normalised words,
 * with anything that could identify someone taken out first. Navigators
 * read these to add search words; they never need a name, an address or a number.
 *
 * Dropped before anything is counted:
 * - e-mail addresses and web addresses;
 * - phone numbers, and any number of 5 digits or more (NHS, reference or account numbers);
 * - UK postcodes, whole ("NB1 4QT") or their first half ("NB1");
 * - words that look like a name: a capitalised word search does not know,
 *   after the first word (phones capitalise the first word of everything),
 *   or a first word followed by another such word ("Jane Smith").
 */

/** Longest query kept: a navigator reads a few words, never a pasted paragraph. */
export const MAX_KEPT_WORDS = 8;

const email = /\S+@\S+/g;
const webAddress = /\b(?:https?:\/\/|www\.)\S+/gi;
// Digits with spaces, dots, dashes, brackets or a plus between them, 7 or more digits in all: a phone number.
const phone = /\+?\(?\d[\d\s().-]{5,}\d/g;
const postcode = /\b[a-z]{1,2}\d[a-z\d]?\s*\d[a-z]{2}\b/gi;
const postcodeDistrict = /^[a-z]{1,2}\d[a-z\d]?$/i;
const longNumber = /\d{5,}/;

const looksCapitalised = (w: string) => /^[A-Z][a-z'’-]+$/.test(w);

export function zeroResultWords(typed: string, isKnownWord: (word: string) => boolean): string | undefined {
  let text = typed.slice(0, 200).replace(email, ' ').replace(webAddress, ' ');
  text = text.replace(phone, (m) => (m.replace(/\D/g, '').length >= 7 ? ' ' : m)).replace(postcode, ' ');
  const raw = text.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  raw.forEach((word, i) => {
    if (longNumber.test(word) || postcodeDistrict.test(word.replace(/[^a-z\d]/gi, ''))) return;
    const unknownName = (w: string | undefined) => !!w && looksCapitalised(w) && !isKnownWord(normalise(w));
    if (unknownName(word) && (i > 0 || unknownName(raw[i + 1]))) return;
    // A word after a dropped name ("Jane Smith"): the second half of the name.
    if (i > 0 && unknownName(raw[i - 1]) && unknownName(word)) return;
    kept.push(word);
  });
  const words = normalise(kept.join(' '))
    .split(' ')
    .filter((w) => w && !longNumber.test(w));
  if (!words.length || !words.some((w) => /[a-z]/.test(w))) return undefined;
  return words.slice(0, MAX_KEPT_WORDS).join(' ');
}
