/**
 * One of the worker threads that write the static Open Referral files (see
 * open-data-check.ts). Each builds the open data from the same input the
 * build saved, takes its share of the one list of files (staticFiles: every
 * n-th, or chunks from a counter the threads share), checks each against the
 * ORUK 3.0 schemas as the JSON a consumer will read, and writes it. Runs
 * under Node's own TypeScript support, outside Vite.
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { buildOpenData, type OpenDataInput } from '../lib/oruk/open-data.ts';
import { writeStaticFiles, type ClaimedShare, type WriteResult } from '../lib/oruk/static-files.ts';

export interface WorkerJob {
  /** The input's file, or its bytes (a thread started before Astro has written the file). */
  input: string | Uint8Array;
  folder: string;
  share: { worker: number; workers: number } | ClaimedShare;
}
export type { WriteResult as WorkerResult };

const { input, folder, share } = workerData as WorkerJob;
const data = buildOpenData(v8.deserialize(typeof input === 'string' ? fs.readFileSync(input) : input) as OpenDataInput);
parentPort!.postMessage(writeStaticFiles(data, folder, share) satisfies WriteResult);
