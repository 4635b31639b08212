/**
 * One of the worker threads that write the static Open Referral files (see
 * open-data-check.ts). Each builds the open data from the same input the
 * build saved, takes every n-th file of the one list (staticFiles), checks
 * it against the ORUK 3.0 schemas as the JSON a consumer will read, and
 * writes it. Runs under Node's own TypeScript support, outside Vite.
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { buildOpenData, type OpenDataInput } from '../lib/oruk/open-data.ts';
import { writeStaticFiles, type WriteResult } from '../lib/oruk/static-files.ts';

export interface WorkerJob {
  input: string;
  folder: string;
  worker: number;
  workers: number;
}
export type { WriteResult as WorkerResult };

const { input, folder, worker, workers } = workerData as WorkerJob;
const data = buildOpenData(v8.deserialize(fs.readFileSync(input)) as OpenDataInput);
parentPort!.postMessage(writeStaticFiles(data, folder, { worker, workers }) satisfies WriteResult);
