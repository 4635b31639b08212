import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { load } from 'js-yaml';

/** Reads every Markdown file's frontmatter in a content folder, as Astro's glob loader would. */
export function readMarkdownFolder(folder: string): { file: string; slug: string; data: Record<string, unknown>; body: string }[] {
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const file = path.join(folder, f);
      const parsed = matter(fs.readFileSync(file, 'utf8'), {
        engines: { yaml: (s: string) => load(s) as object },
      });
      return { file, slug: f.replace(/\.md$/, ''), data: parsed.data, body: parsed.content };
    });
}
