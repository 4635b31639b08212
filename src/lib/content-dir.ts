import path from 'node:path';

/**
 * Where content lives. Defaults to ./content; tests and the search benchmark
 * point LOCAL_OFFER_CONTENT at fixture or synthetic areas instead.
 */
export function contentDir(folder: string): string {
  const root = process.env.LOCAL_OFFER_CONTENT ?? './content';
  return path.join(root, folder);
}
