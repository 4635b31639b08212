import type { Rejection, Skip } from './read-input.ts';
import { openReferralJson } from './formats/open-referral-json.ts';
import { serviceSpreadsheet } from './formats/service-csv.ts';

/**
 * The formats `npm run import` reads. To add one (a GIAS extract, another
 * directory's spreadsheet), write a module that says which files it reads
 * (`matches`) and turns them into Open Referral records (`read`), and list
 * it here: the first format that matches a file reads it, so put a format
 * that recognises its own header before a general one.
 */

/** A record found in an input, before it is tidied and checked. */
export interface FoundRecord {
  kind: 'service' | 'organization';
  record: Record<string, unknown>;
  /** Where in the input the record is, as a JSON pointer ("/contents/3"), or "" for the whole document. */
  pointer: string;
  /** Says where a field (a JSON pointer from the record's root, prefixed by `pointer`) is, in the input's own words. */
  where: (pointer: string) => string;
}

export interface FormatReading {
  records: FoundRecord[];
  /** The whole input cannot be read: nothing is written. */
  rejected: Rejection[];
  skipped: Skip[];
}

export interface ImportFormat {
  /** e.g. "Open Referral UK JSON (3.0 or 1.0)". */
  describe: string;
  /** File name endings this format reads, for folders: ".json". */
  extensions: string[];
  matches: (label: string, text: string) => boolean;
  read: (label: string, text: string) => FormatReading;
}

export const formats: ImportFormat[] = [serviceSpreadsheet, openReferralJson];

export const formatFor = (label: string, text: string): ImportFormat | undefined => formats.find((f) => f.matches(label, text));
