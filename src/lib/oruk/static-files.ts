import fs from 'node:fs';
import path from 'node:path';
import { checkData } from './check-files.ts';
import { collections, fullRecords, listRecords, rootMetadata, type OpenData } from './open-data.ts';
import { DEFAULT_PER_PAGE, pageCount, toPage } from './paging.ts';

/**
 * The static Open Referral files, as paths under /openreferral/ and the JSON
 * each holds: the root, the first page of each list (`services.json`, the
 * same as `services/pages/1.json`), every page of every list, and every full
 * record. One list, in one order, so the files can be written in one pass
 * (and shared out between worker threads by position) outside Astro's page loop.
 */
export interface StaticFile {
  /** Path under the open data folder, e.g. `services/pages/2.json`. */
  relative: string;
  /** The JSON the file holds. */
  body: () => unknown;
}

export function staticFiles(data: OpenData): StaticFile[] {
  const files: StaticFile[] = [{ relative: 'index.json', body: rootMetadata }];
  for (const collection of collections) {
    const records = listRecords(data, collection);
    const page = (n: number) => () => toPage(records, n, DEFAULT_PER_PAGE);
    files.push({ relative: `${collection}.json`, body: page(1) });
    for (let n = 1; n <= pageCount(records.length, DEFAULT_PER_PAGE); n++) files.push({ relative: `${collection}/pages/${n}.json`, body: page(n) });
    for (const record of fullRecords(data, collection)) files.push({ relative: `${collection}/${record.id}.json`, body: () => record });
  }
  return files;
}

/** The folders the files go in, to make before writing. */
export const staticFolders = collections.flatMap((c) => [c, `${c}/pages`]);

export interface WriteResult {
  files: number;
  bytes: number;
  /** The first file that does not match the schemas: "<file>: <JSON pointer>: <problem>"; nothing after it is written. */
  problem?: string;
}

/**
 * A share of the files that threads take as they go: each asks for the next
 * `chunk` files from one counter they all hold (a SharedArrayBuffer), so a
 * thread started early (while Astro still draws pages) does as much as it
 * can, and threads started later share what is left. A thread that finds a
 * broken file moves the counter past the end, so the others stop too.
 */
export interface ClaimedShare {
  counter: Int32Array;
  chunk: number;
}

function* shareIndexes(total: number, share: { worker: number; workers: number } | ClaimedShare): Generator<number> {
  if ('counter' in share) {
    for (let from = Atomics.add(share.counter, 0, share.chunk); from < total; from = Atomics.add(share.counter, 0, share.chunk))
      for (let i = from; i < Math.min(total, from + share.chunk); i++) yield i;
  } else for (let i = share.worker; i < total; i += share.workers) yield i;
}

/**
 * Checks and writes this share of the files (every `workers`-th, from
 * `worker`, or chunks taken from a shared counter): each is checked as the
 * JSON a consumer reads back (no undefined fields, dates as strings), against
 * the schemas for its path, before it is written.
 */
export function writeStaticFiles(
  data: OpenData,
  folder: string,
  share: { worker: number; workers: number } | ClaimedShare = { worker: 0, workers: 1 },
): WriteResult {
  const result: WriteResult = { files: 0, bytes: 0 };
  const files = staticFiles(data);
  if (!('counter' in share) && share.worker === 0) for (const sub of staticFolders) fs.mkdirSync(path.join(folder, sub), { recursive: true });
  for (const i of shareIndexes(files.length, share)) {
    const { relative, body } = files[i];
    const file = path.join(folder, relative);
    const json = JSON.stringify(body());
    const problem = checkData(file, relative, JSON.parse(json));
    if (problem) {
      if ('counter' in share) Atomics.store(share.counter, 0, files.length);
      return { ...result, problem };
    }
    fs.writeFileSync(file, json);
    result.files++;
    result.bytes += Buffer.byteLength(json);
  }
  return result;
}
