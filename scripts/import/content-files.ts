import fs from 'node:fs';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { serviceFields, serviceSchema, type ServiceRecord } from '../../src/schemas/service.ts';
import { organisationFields, organisationSchema, type Organisation } from '../../src/schemas/organisation.ts';
import { settingFields, settingSchema, type EducationSetting } from '../../src/schemas/education-setting.ts';
import { isoDate } from '../../src/lib/oruk/export.ts';

/**
 * Reads and writes content files the way navigators and the CMS keep them:
 * YAML frontmatter between --- lines, then Markdown. Written files leave out
 * empty lists and defaults so they stay short enough to read.
 */

export interface LocalFile<T> {
  file: string;
  slug: string;
  data: T;
  body: string;
}

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readFolder<T>(
  folder: string,
  parse: (raw: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
) {
  const files: LocalFile<T>[] = [];
  const problems: { file: string; field?: string; message: string }[] = [];
  if (!fs.existsSync(folder)) return { files, problems };
  for (const name of fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const file = path.join(folder, name);
    const match = frontmatterPattern.exec(fs.readFileSync(file, 'utf8'));
    if (!match) {
      problems.push({ file, message: 'has no frontmatter between --- lines' });
      continue;
    }
    const parsed = parse(load(match[1]));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({ file, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    files.push({ file, slug: name.replace(/\.md$/, ''), data: parsed.data, body: match[2] });
  }
  return { files, problems };
}

export function readServices(folder: string) {
  return readFolder<ServiceRecord>(folder, (raw) => serviceSchema.safeParse(raw));
}

export function readOrganisations(folder: string) {
  return readFolder<Organisation>(folder, (raw) => organisationSchema.safeParse(raw));
}

export function readSettings(folder: string) {
  return readFolder<EducationSetting>(folder, (raw) => settingSchema.safeParse(raw));
}

/** Drops what the schema would fill in anyway (empty lists, "not term time only"), and writes dates as YYYY-MM-DD. */
function tidy(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(tidy);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && !(key === 'termTimeOnly' && v === false))
      .map(([key, v]) => [key, tidy(v)]);
    return Object.fromEntries(entries);
  }
  return value;
}

function inOrder(data: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const known = order.filter((key) => key in data).map((key) => [key, data[key]]);
  const rest = Object.keys(data)
    .filter((key) => !order.includes(key))
    .map((key) => [key, data[key]]);
  return Object.fromEntries([...known, ...rest]);
}

function markdownFile(frontmatter: Record<string, unknown>, body: string): string {
  const yaml = dump(frontmatter, { lineWidth: -1, noRefs: true });
  const text = body.trim();
  return `---\n${yaml}---\n${text ? `${text}\n` : ''}`;
}

export function serviceFile(data: ServiceRecord, body: string): string {
  return markdownFile(inOrder(tidy(data) as Record<string, unknown>, serviceFields), body);
}

export function organisationFile(data: Organisation): string {
  return markdownFile(inOrder(tidy(data) as Record<string, unknown>, organisationFields), '');
}

export function settingFile(data: EducationSetting, body: string): string {
  // section41 false is the default: leave it out, as an empty list is.
  const { section41, ...rest } = data;
  return markdownFile(inOrder(tidy(section41 ? data : rest) as Record<string, unknown>, settingFields), body);
}

/** A file name from a name: "Community Counselling & Advice" → "community-counselling-and-advice". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return slug || 'record';
}

/** Writes through a temporary file and a rename, so a crash never leaves half a file for the build to trip on. */
export function writeFileAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}
