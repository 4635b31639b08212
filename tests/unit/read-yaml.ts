import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';

/** Reads every YAML file in a content folder, as Astro's glob loader would (file name without extension is the id). */
export function readYamlFolder(folder: string): { file: string; slug: string; data: Record<string, unknown> }[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({
      file: path.join(folder, f),
      slug: f.replace(/\.yaml$/, ''),
      data: load(fs.readFileSync(path.join(folder, f), 'utf8')) as Record<string, unknown>,
    }));
}
