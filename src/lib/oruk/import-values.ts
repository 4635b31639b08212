import { z } from 'astro/zod';

/**
 * Small readers for values in other directories' Open Referral records:
 * UK phone numbers and postcodes, web addresses, dates and times, summaries.
 * Each returns undefined rather than guess when a value does not fit.
 */

const urlSchema = z.url();
export const emailSchema = z.email();
const postcodePattern = /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/;

/** A value in quotes for a review note, cut short if long. */
export const quote = (text: string, max = 200) => `"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text.trim()}"`;

/** Trimmed text, or undefined for anything that is not a non-empty string. */
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** "https://a.example" from a web address a feed might give without its scheme or with spaces; undefined when it is not one. */
export function webAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const candidate = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  return urlSchema.safeParse(candidate).success && /^https?:\/\/[^/\s]+\.[^/\s]+/i.test(candidate) ? candidate : undefined;
}

/** A UK phone number in the form the content schema accepts, from "+44 (0)1632 960000" and the like. */
export function ukPhoneNumber(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^0[0-9 ]{9,13}$/.test(trimmed)) return trimmed;
  let digits = trimmed.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('44') && digits.length === 12) digits = `0${digits.slice(2)}`;
  if (!/^0\d{9,10}$/.test(digits)) return undefined;
  // Grouped the way UK numbers are usually written: 020 7946 0000, 0800 123 4567, 01632 960000.
  if (digits.length === 11 && digits.startsWith('02')) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (digits.length === 11 && /^0[389]/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}

/** "NB1 4AA" from "nb14aa" or "NB1  4AA"; undefined when it is not a UK postcode. */
export function ukPostcode(value: string | undefined): string | undefined {
  const compact = (value ?? '').toUpperCase().replace(/\s+/g, '');
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return postcodePattern.test(spaced) ? spaced : undefined;
}

/** Up to `count` sentences from the start of the first paragraph, within `max` characters: a summary is one or two sentences. */
export function firstSentences(description: string, max = 300, count = 2): string {
  const firstParagraph = description
    .trim()
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ');
  const sentences = firstParagraph.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [firstParagraph];
  let summary = '';
  for (const sentence of sentences.slice(0, count)) {
    if ((summary + sentence).trim().length > max) break;
    summary += sentence;
  }
  summary = summary.trim();
  return summary.length >= 20 ? summary : firstParagraph.slice(0, max).trim();
}

/** What follows `prefix` in `text`, where the prefix may have had its line breaks and double spaces flattened; all of `text` when it does not start with it. */
export function textAfter(text: string, prefix: string): string {
  let i = 0;
  for (let j = 0; j < prefix.length; j++) {
    if (prefix[j] === ' ') {
      if (!/\s/.test(text[i] ?? '')) return text;
      while (/\s/.test(text[i] ?? '')) i++;
    } else if (text[i] === prefix[j]) {
      i++;
    } else {
      return text;
    }
  }
  return text.slice(i).trim();
}

/** A date from "YYYY-MM-DD" or a date and time. */
export function isoDay(value: string | undefined): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  if (!match) return undefined;
  const date = new Date(`${match[1]}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "HH:MM" from "HH:MM" or "HH:MM:SS". */
export function clockTime(value: string | undefined): string | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d)?/.exec(value ?? '');
  return match ? `${match[1]}:${match[2]}` : undefined;
}
