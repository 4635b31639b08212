import fs from 'node:fs';
import path from 'node:path';
import { firstProblem, recordValidator } from '../../src/lib/oruk/validate.ts';
import type { OrukOrganization, OrukService } from '../../src/lib/oruk/types.ts';

/**
 * Reads Open Referral UK JSON files: a record, a list page, or an array of
 * records, from files or folders. Every service and organization is checked
 * against the 3.0 schema before anything is mapped.
 */

export interface InputRecord<K extends 'service' | 'organization' = 'service' | 'organization'> {
  file: string;
  kind: K;
  record: K extends 'service' ? OrukService : OrukOrganization;
}

/** Bad input: the import stops and writes nothing. */
export interface Rejection {
  file: string;
  id?: string;
  field?: string;
  message: string;
}

/** Good input we do not use, and why. */
export interface Skip {
  file: string;
  id?: string;
  reason: string;
}

type Kind = 'service' | 'organization' | 'service_at_location' | 'taxonomy' | 'taxonomy_term';

const skipReasons: Partial<Record<Kind, string>> = {
  service_at_location: 'service_at_location records are not imported on their own: import the full service record, which holds its venues',
  taxonomy: 'taxonomies are not imported: the Local Offer uses its own SEND vocabulary, and a navigator chooses tier, needs and topics',
  taxonomy_term: 'taxonomy terms are not imported: the Local Offer uses its own SEND vocabulary, and a navigator chooses tier, needs and topics',
};

/** The JSON files to read, in a stable order: the file itself, or every .json file under a folder. */
export function listInputFiles(input: string): string[] {
  const stat = fs.statSync(input, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${input}: no such file or folder`);
  if (stat.isFile()) return [input];
  return fs
    .readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const idOf = (value: unknown) => (isObject(value) && typeof value.id === 'string' ? value.id : undefined);

/**
 * What kind of record an object is, from the fields only one kind has, then
 * from the file name (service_full.json, organization_list.json). A service
 * that has lost its status is still known by its other fields, so it is
 * reported as a bad service rather than taken for an organization.
 */
function kindOf(value: Record<string, unknown>, file: string): Kind | undefined {
  const has = (...keys: string[]) => keys.some((k) => k in value);
  if (has('status', 'url', 'minimum_age', 'maximum_age', 'assured_date', 'alert', 'schedules', 'service_at_locations', 'cost_options', 'organization_id', 'organization')) return 'service';
  if (has('location', 'location_id') || (isObject(value.service) && !has('name'))) return 'service_at_location';
  if (has('taxonomy_terms', 'version')) return 'taxonomy';
  if (has('term', 'parent_id', 'taxonomy_id', 'term_uri', 'taxonomy')) return 'taxonomy_term';
  if (has('website', 'logo', 'services', 'organization_identifiers', 'parent_organization_id')) return 'organization';
  const name = path.basename(file).toLowerCase();
  if (name.includes('service_at_location')) return 'service_at_location';
  if (name.includes('taxonomy_term')) return 'taxonomy_term';
  if (name.includes('taxonom')) return 'taxonomy';
  if (/organi[sz]ation/.test(name)) return 'organization';
  if (name.includes('service')) return 'service';
  return undefined;
}

/** JSON.parse's message with the line and column worked out, so an officer can find the mistake. */
function jsonProblem(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `${error.message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
}

export function readInputs(inputs: string[]): { records: InputRecord[]; rejected: Rejection[]; skipped: Skip[] } {
  const records: InputRecord[] = [];
  const rejected: Rejection[] = [];
  const skipped: Skip[] = [];
  for (const input of inputs) {
    let files: string[];
    try {
      files = listInputFiles(input);
    } catch (error) {
      rejected.push({ file: input, message: (error as Error).message.replace(`${input}: `, '') });
      continue;
    }
    if (files.length === 0) skipped.push({ file: input, reason: 'the folder has no .json files' });
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch (error) {
        rejected.push({ file, message: `not valid JSON: ${jsonProblem(text, error as Error)}` });
        continue;
      }
      const page = isObject(document) && 'contents' in document ? document : undefined;
      if (page && !Array.isArray(page.contents)) {
        rejected.push({ file, field: '/contents', message: 'a list page must have a contents array' });
        continue;
      }
      const items: unknown[] = page ? (page.contents as unknown[]) : Array.isArray(document) ? document : [document];
      items.forEach((item, index) => {
        const pointer = page ? `/contents/${index}` : Array.isArray(document) ? `/${index}` : '';
        if (!isObject(item)) {
          rejected.push({ file, field: pointer || '/', message: 'must be an Open Referral record (a JSON object)' });
          return;
        }
        const kind = kindOf(item, file);
        const id = idOf(item);
        if (!kind) {
          rejected.push({ file, id, field: pointer || '/', message: 'is not a record we recognise: a service needs a status, an organization a name and description' });
        } else if (kind === 'service' || kind === 'organization') {
          const problem = firstProblem(recordValidator(kind), item);
          if (problem) {
            const [field, ...message] = problem.split(': ');
            rejected.push({ file, id, field: `${pointer}${field === '/' ? '' : field}` || '/', message: message.join(': ') });
          } else {
            records.push({ file, kind, record: item as never });
          }
        } else {
          skipped.push({ file, id, reason: skipReasons[kind]! });
        }
      });
    }
  }
  return { records, rejected, skipped };
}
