import fs from 'node:fs';
import path from 'node:path';
import { normaliseRecord } from '../../src/lib/oruk/normalise.ts';
import type { OrukOrganization, OrukService } from '../../src/lib/oruk/types.ts';
import { formatFor, formats, type FoundRecord } from './formats.ts';

/**
 * Reads every input (files, folders, or pages already fetched from a feed),
 * finds its format (src: ./formats.ts), and tidies each record into Open
 * Referral UK 3.0. A file that cannot be read at all stops the import; a
 * record that cannot be used is refused on its own, naming the record and
 * field, and the others carry on.
 */

export interface InputRecord<K extends 'service' | 'organization' = 'service' | 'organization'> {
  file: string;
  kind: K;
  record: K extends 'service' ? OrukService : OrukOrganization;
  /** Says where a field came from, e.g. "row 4, column email" for a spreadsheet; the JSON pointer otherwise. */
  where: (field: string) => string;
  /** What was tidied or left out of this record, each "where: what". Reported only for records that are used. */
  warnings: string[];
}

/** Input that cannot be read at all (not JSON, a broken local file): the import stops and writes nothing. */
export interface Rejection {
  file: string;
  id?: string;
  field?: string;
  message: string;
}

/** A record that cannot be used: left out, the rest imported. */
export type Refusal = Rejection;

/** Good input we do not use, and why. */
export interface Skip {
  file: string;
  id?: string;
  reason: string;
}

/** Something the import changed or left out of a record it used. */
export interface Warning {
  file: string;
  id?: string;
  message: string;
}

/** A page of input: a file's text, or one page of a feed. */
export interface Source {
  /** The file, or the address of the feed page. */
  label: string;
  text: string;
}

/** The files to read, in a stable order: the file itself, or every file a format reads under a folder. */
export function listInputFiles(input: string): string[] {
  const stat = fs.statSync(input, { throwIfNoEntry: false });
  if (!stat) throw new Error(`${input}: no such file or folder`);
  if (stat.isFile()) return [input];
  const extensions = new Set(formats.flatMap((f) => f.extensions));
  return fs
    .readdirSync(input, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.has(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export interface Reading {
  records: InputRecord[];
  rejected: Rejection[];
  refused: Refusal[];
  skipped: Skip[];
  warnings: Warning[];
}

/** Reads sources already in memory (a fetched feed, or files read by readInputs). */
export function readSources(sources: Source[]): Reading {
  const reading: Reading = { records: [], rejected: [], refused: [], skipped: [], warnings: [] };
  for (const source of sources) {
    const format = formatFor(source.label, source.text);
    if (!format) {
      reading.rejected.push({ file: source.label, message: `is not a format the import reads (${formats.map((f) => f.describe).join('; ')})` });
      continue;
    }
    const found = format.read(source.label, source.text);
    reading.rejected.push(...found.rejected);
    reading.skipped.push(...found.skipped);
    for (const item of found.records) addRecord(reading, source.label, item);
  }
  return reading;
}

function addRecord(reading: Reading, file: string, item: FoundRecord): void {
  const { record, warnings, refused } = normaliseRecord(item.record, item.kind);
  const id = typeof item.record.id === 'string' || typeof item.record.id === 'number' ? String(item.record.id) : undefined;
  const where = (field: string) => item.where(`${item.pointer}${field === '/' ? '' : field}`);
  if (refused || !record) {
    reading.refused.push({ file, id, field: where(refused!.field), message: refused!.message });
    return;
  }
  const described = warnings.map((message) => {
    const [field, ...rest] = message.split(': ');
    return field.startsWith('/') ? `${where(field)}: ${rest.join(': ')}` : message;
  });
  reading.records.push({ file, kind: item.kind, record: record as never, where, warnings: described });
}

export function readInputs(inputs: string[]): Reading {
  const sources: Source[] = [];
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
    if (files.length === 0) skipped.push({ file: input, reason: 'the folder has no files the import reads (.json or .csv)' });
    for (const file of files) sources.push({ label: file, text: fs.readFileSync(file, 'utf8') });
  }
  const reading = readSources(sources);
  return { ...reading, rejected: [...rejected, ...reading.rejected], skipped: [...skipped, ...reading.skipped] };
}
