import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { firstProblem, pageValidator, recordValidator, responseValidator } from './validate.ts';

/**
 * Checks published static Open Referral files (dist/client/openreferral)
 * against the 3.0 schemas, the way the live API's responses are checked
 * against openapi.json. The build and the tests both run it.
 */

/** The checks for one file, from its path under the open data folder; undefined for a file we do not publish. */
export function checksForFile(relative: string): { what: string; validators: ValidateFunction[]; phones: boolean } | undefined {
  const parts = relative.split(/[\\/]/);
  if (relative === 'index.json') return { what: 'GET /', validators: [responseValidator('/')], phones: false };
  const list = /^(\w+)\.json$/.exec(relative)?.[1] ?? (parts.length === 3 && parts[1] === 'pages' && /^\d+\.json$/.test(parts[2]) ? parts[0] : undefined);
  // openapi.json describes every list but organizations, which the 3.0 reference leaves out; we check those against the organization list schema.
  if (list)
    return { what: `GET /${list}`, validators: [list === 'organizations' ? pageValidator('organization_list') : responseValidator(`/${list}`)], phones: false };
  if (parts.length === 2 && parts[1].endsWith('.json')) {
    const collection = parts[0];
    const validators = collection === 'organizations' ? [recordValidator('organization')] : [responseValidator(`/${collection}/{id}`)];
    return { what: `GET /${collection}/{id}`, validators, phones: collection === 'services' || collection === 'organizations' };
  }
  return undefined;
}

/** Every `phones` list in a record: HSDS 3.0 fields the UK schema does not reach, so checked against the UK profile's phone.json on their own. */
function phoneProblem(data: unknown): string | undefined {
  const found: [string, unknown][] = [];
  const walk = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${pointer}/${i}`));
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'phones' && Array.isArray(v)) v.forEach((phone, i) => found.push([`${pointer}/phones/${i}`, phone]));
        else walk(v, `${pointer}/${key}`);
      }
    }
  };
  walk(data, '');
  for (const [pointer, phone] of found) {
    const problem = firstProblem(recordValidator('phone'), phone);
    if (problem) return `${pointer}${problem === '/' ? '' : problem.replace(/^\/: /, ': ')}`;
  }
  return undefined;
}

export function listFiles(folder: string): string[] {
  return (
    fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      // The build's compressed copies (.br, .gz) are the same bytes the server sends for the .json; only the originals are records.
      .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
      .sort()
  );
}

/** Checks one file; returns "<file>: <JSON pointer>: <problem>" or undefined. */
export function checkFile(folder: string, relative: string): string | undefined {
  const file = path.join(folder, relative);
  if (!checksForFile(relative)) return `${file}: is not a file the open data should contain`;
  return checkData(file, relative, JSON.parse(fs.readFileSync(file, 'utf8')));
}

/**
 * Checks what a file holds (or is about to hold) against the schemas for its
 * path: the build checks each record before writing it, the tests read the files back.
 */
export function checkData(file: string, relative: string, data: unknown): string | undefined {
  const checks = checksForFile(relative);
  if (!checks) return `${file}: is not a file the open data should contain`;
  for (const validate of checks.validators) {
    const problem = firstProblem(validate, data);
    if (problem) return `${file}: ${problem} (checked as ${checks.what})`;
  }
  const phone = checks.phones ? phoneProblem(data) : undefined;
  return phone && `${file}: ${phone} (checked against phone.json)`;
}

/** Checks every file, stopping at the first problem. */
export function checkOpenDataFolder(folder: string): { files: number; bytes: number; problem?: string } {
  let bytes = 0;
  const files = listFiles(folder);
  for (const relative of files) {
    bytes += fs.statSync(path.join(folder, relative)).size;
    const problem = checkFile(folder, relative);
    if (problem) return { files: files.length, bytes, problem };
  }
  return { files: files.length, bytes };
}
