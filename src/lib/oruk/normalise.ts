import { Parser } from 'htmlparser2';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { fromLondonClock } from '../london-time.ts';
import { nameBasedId } from './uuid.ts';
import { describeProblem, recordValidator } from './validate.ts';

/**
 * Live Open Referral feeds rarely match the schema to the letter. This turns
 * what is cosmetic into what the standard means, and says what it changed,
 * so the import can read the feeds councils really publish:
 *
 * - empty strings and null where a field is optional: left out;
 * - ids that are not UUIDs (many feeds use numbers): a name-based UUID made
 *   from the feed's id, the same on every run, so relations still match;
 * - date-times without a time zone: read as UK clock time;
 * - a date-time where a date is expected: the date;
 * - numbers written as text ("5"), status in capitals or with underscores;
 * - HTML in descriptions: turned into plain text with its paragraphs;
 * - anything else the schema refuses in an optional field: left out.
 *
 * Only what makes a record unusable is refused: no id, no name, or a status
 * that is not one of the four. The caller reports each refusal by record and
 * field, and carries on with the next record.
 */

export interface Normalised {
  record?: Record<string, unknown>;
  /** What was changed or left out, one plain line each ("/email: left out, must match format "email""). */
  warnings: string[];
  /** Why the record cannot be used at all. */
  refused?: { field: string; message: string };
}

const statuses = ['active', 'inactive', 'defunct', 'temporarily closed'];
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const numericKeys = new Set(['minimum_age', 'maximum_age', 'amount', 'latitude', 'longitude', 'interval']);
const dateKeys = new Set(['assured_date', 'valid_from', 'valid_to']);
const dateTimeKeys = new Set(['last_modified', 'dtstart', 'until']);
const htmlKeys = new Set(['description', 'eligibility_description', 'application_process', 'fees_description', 'alert', 'summary']);
const localDateTime = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** What an organisation with no description is given, so it can be imported; the warning asks for a real one. */
export const organisationPlaceholder = (name: string) => `${name} runs services listed in this Local Offer.`;

/** The same feed id always gives the same UUID, so an organization_id still points at its organization. */
export const uuidForFeedId = (id: string) => nameBasedId(`open-referral-feed-id:${id}`);

/** Plain text from HTML, a paragraph per block, entities decoded; no markup survives. */
export function htmlToText(html: string): string {
  let out = '';
  const blocks = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'blockquote']);
  const skip = new Set(['script', 'style']);
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (skip.has(name)) skipping += 1;
        else if (name === 'br') out += '\n';
        else if (name === 'li') out += '\n- ';
        else if (blocks.has(name)) out += '\n\n';
      },
      onclosetag(name) {
        if (skip.has(name)) skipping -= 1;
        else if (blocks.has(name)) out += '\n\n';
      },
      ontext(text) {
        if (!skipping) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\n\n(- )/g, '\n$1')
    .trim();
}
const looksLikeHtml = (text: string) => /<\/?(p|br|div|span|strong|b|i|em|ul|ol|li|a|h\d)\b[^>]*>/i.test(text) || /&(nbsp|amp|lt|gt|quot|#\d+);/.test(text);

/** An ISO instant for a date-time with no zone, read as what a UK clock showed. */
function ukTime(value: string): string {
  const m = localDateTime.exec(value)!;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  const instant = fromLondonClock({ year: y, month: mo, day: d, hour: h, minute: mi });
  return new Date(instant.getTime() + (s || 0) * 1000).toISOString();
}

/** Tidies one value in place of the record; returns undefined to leave it out. */
function tidy(value: unknown, key: string, pointer: string, changes: string[], emptied: string[], ids: string[] = []): unknown {
  if (value === null || (typeof value === 'string' && value.trim() === '')) {
    emptied.push(pointer);
    return undefined;
  }
  if (Array.isArray(value)) return value.map((v, i) => tidy(v, key, `${pointer}/${i}`, changes, emptied, ids)).filter((v) => v !== undefined);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const tidied = tidy(v, k, `${pointer}/${k}`, changes, emptied, ids);
      if (tidied !== undefined) out[k] = tidied;
    }
    return out;
  }
  if (typeof value === 'number' && (key === 'id' || key.endsWith('_id'))) value = String(value);
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (key === 'id' || key.endsWith('_id')) {
    if (uuidPattern.test(text)) return text.toLowerCase();
    ids.push(`"${text}"`);
    return uuidForFeedId(text);
  }
  if (numericKeys.has(key) && /^-?\d+(\.\d+)?$/.test(text)) {
    changes.push(`${pointer}: read the number written as text ("${text}")`);
    return Number(text);
  }
  if (dateKeys.has(key) && /^\d{4}-\d{2}-\d{2}[T ]/.test(text)) {
    changes.push(`${pointer}: kept the date of "${text}"`);
    return text.slice(0, 10);
  }
  if (dateTimeKeys.has(key) && localDateTime.test(text)) {
    const iso = ukTime(text);
    changes.push(`${pointer}: "${text}" has no time zone, so it was read as UK time (${iso})`);
    return iso;
  }
  if (htmlKeys.has(key) && looksLikeHtml(text)) {
    changes.push(`${pointer}: HTML turned into plain text`);
    return htmlToText(text);
  }
  if ((key === 'url' || key === 'website') && /^http:\/\//i.test(text))
    changes.push(`${pointer}: the link starts http:, not https:; check the site has a secure address`);
  return text;
}

/** Removes the value at a JSON pointer; for an item in a list, the item. */
function removeAt(record: Record<string, unknown>, pointer: string): boolean {
  const parts = pointer.split('/').slice(1);
  const last = parts.pop();
  let parent: unknown = record;
  for (const part of parts) parent = (parent as Record<string, unknown>)?.[part];
  if (last === undefined || parent === undefined || parent === null) return false;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, unknown>)[last];
  return true;
}

const essential = (record: Record<string, unknown>, kind: 'service' | 'organization'): Normalised['refused'] => {
  if (typeof record.id !== 'string') return { field: '/id', message: 'is missing: without an id the record cannot be matched on the next import' };
  if (typeof record.name !== 'string') return { field: '/name', message: 'is missing: a record needs a name' };
  if (kind === 'service' && !statuses.includes(String(record.status))) {
    return {
      field: '/status',
      message:
        record.status === undefined
          ? `is missing: it must be one of ${statuses.join(', ')}`
          : `"${String(record.status)}" is not one of ${statuses.join(', ')}`,
    };
  }
  return undefined;
};

/** A record from a feed, tidied into Open Referral UK 3.0 (see above), or the reason it cannot be used. */
export function normaliseRecord(raw: Record<string, unknown>, kind: 'service' | 'organization'): Normalised {
  const changes: string[] = [];
  const emptied: string[] = [];
  const ids: string[] = [];
  const record = tidy(raw, '', '', changes, emptied, ids) as Record<string, unknown>;
  // 1.0 feeds number everything; one line says so rather than one per part.
  if (ids.length)
    changes.unshift(
      `ids that are not UUIDs (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ` and ${ids.length - 3} more` : ''}) were given UUIDs made from them, the same on every import`,
    );
  if (kind === 'service' && typeof record.status === 'string') {
    const status = record.status.toLowerCase().replace(/[_-]+/g, ' ').trim();
    if (status !== record.status && statuses.includes(status)) changes.push(`/status: "${record.status}" read as "${status}"`);
    record.status = status;
  }
  if (kind === 'organization' && record.description === undefined && typeof record.name === 'string') {
    record.description = organisationPlaceholder(record.name);
    changes.push('/description: missing, so a placeholder sentence was written; replace it in the organisation file');
  }
  const refused = essential(record, kind);
  if (refused) return { warnings: [], refused };

  // What the schema still refuses in an optional place is left out, one problem at a time (a removal can fix others).
  const validate = recordValidator(kind);
  for (let pass = 0; pass < 50 && !validate(record); pass++) {
    const error = validate.errors![0] as ErrorObject;
    const problem = describeProblem(error);
    const [field] = problem.split(': ');
    const required = error.keyword === 'required';
    // A missing required field inside a part (a phone with no number) takes the part with it.
    const target = required ? error.instancePath : field;
    if (['', '/', '/id', '/name', '/status'].includes(target)) return { warnings: changes, refused: { field, message: problem.slice(field.length + 2) } };
    if (!removeAt(record, target)) return { warnings: changes, refused: { field, message: problem.slice(field.length + 2) } };
    changes.push(`${target}: left out, ${required ? `it has no ${field.split('/').pop()}` : problem.slice(field.length + 2)}`);
  }
  if (emptied.length) changes.unshift(`empty values left out: ${emptied.slice(0, 8).join(', ')}${emptied.length > 8 ? ` and ${emptied.length - 8} more` : ''}`);
  return { record, warnings: changes };
}
