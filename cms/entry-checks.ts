import type { CollectionRegistration } from './define-collection';
import { editorWords, labelFromName, unwrap } from './zod-fields';
import { withoutSource } from './formats';

/**
 * Checks an entry the way the site build will, before it is saved. The CMS
 * runs these on every save (a failed check stops the save with the reasons)
 * and the preview shows them, so nothing the CMS writes can break the build.
 */

export interface EntryProblem {
  /** Where, in the words the form uses: "Contact", "Venues 1, Postcode". */
  where: string;
  message: string;
}

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;

/**
 * Decap writes an emptied optional field as "" (or null), and an untouched
 * list as []. The schema reads a missing field as "not given" but "" as a
 * wrong value, so blanks are dropped, and so are empty lists and groups: new
 * files carry no empty values (every list in the schemas has a default, is
 * optional, or needs at least one item, so leaving one out means the same).
 * cms/formats.ts keeps an empty list a file already had, so edits stay small.
 */
export function withoutBlanks<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => !isBlank(v)).map(withoutBlanks) as T;
  if (isRecord(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => !isBlank(v))
        .map(([k, v]) => [k, withoutBlanks(v)] as const)
        // An optional group left empty (an event's venue: no name, a blank address, no access
        // features ticked) is not given at all, rather than given with its required parts missing.
        .filter(([, v]) => !isHollow(v)),
    ) as T;
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** True for {} and for groups holding only empty lists and empty groups. */
function isHollow(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.values(value).every(isHollow);
}

/** The schema of the field at `name` inside `schema` (through optional wrappers and lists), if there is one. */
function childSchema(schema: unknown, name: string): unknown {
  let inner = unwrap(schema).inner as unknown as { _zod: { def: Record<string, any> } };
  while (inner._zod.def.type === 'array') inner = unwrap(inner._zod.def.element).inner as never;
  // .refine() and .superRefine() keep the object's shape on the same definition.
  return inner._zod.def.shape?.[name];
}

/** "Venues 1, Address, Postcode" from ["locations", 0, "address", "postcode"]: the labels the form shows. */
export function describePath(path: readonly PropertyKey[], registration: CollectionRegistration): string {
  const words: string[] = [];
  const named: string[] = [];
  let schema: unknown = registration.schema;
  for (const part of path) {
    if (typeof part === 'number') {
      words[words.length - 1] = `${words[words.length - 1]} ${part + 1}`;
      continue;
    }
    named.push(String(part));
    schema = schema ? childSchema(schema, String(part)) : undefined;
    const override = registration.fields?.[named.join('.')];
    const label = typeof override === 'string' ? override : (override?.label as string | undefined);
    words.push(label ?? (schema ? editorWords(schema).label : undefined) ?? labelFromName(String(part)));
  }
  return words.join(', ') || 'This entry';
}

/** The value at a zod issue's path, or undefined when nothing is there yet. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

/**
 * zod's own messages for a missing value are for developers (and for people
 * editing files: "must be one of: local-offer-day, co-production, …",
 * "written as YYYY-MM-DDTHH:MM"); in the editor a missing choice or date
 * says what to do in the form's terms instead.
 */
function plainMessage(issue: { code: string; message: string; keys?: string[]; path: readonly PropertyKey[] }, data: unknown, schema: unknown): string {
  if (valueAt(data, issue.path) === undefined) {
    const field = issue.path.reduce<unknown>((s, part) => (s && typeof part === 'string' ? childSchema(s, part) : s), schema);
    const isChoice = field ? (unwrap(field).inner as unknown as { _zod: { def: { type: string } } })._zod.def.type === 'enum' : false;
    // Written for file editors ("must be one of: …", "must be a date written as …"), or zod's own.
    const forFiles = ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code) || /^must be /.test(issue.message);
    if (forFiles) return isChoice ? 'choose one from the list' : 'fill this in';
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'fill this in';
  if (issue.code === 'unrecognized_keys') return `the site does not know ${issue.keys?.join(', ')}: ask a developer to add it to the schema`;
  return issue.message;
}

/**
 * `data` with its keys in the order the schema lists the fields (nested groups and list items
 * too), so a new file reads like the others whatever order the navigator filled the form in.
 */
export function inSchemaOrder<T>(schema: unknown, data: T): T {
  const inner = unwrap(schema).inner as unknown as { _zod: { def: Record<string, any> } };
  const d = inner._zod.def;
  if (d.type === 'array' && Array.isArray(data)) return data.map((item) => inSchemaOrder(d.element, item)) as T;
  if (!isRecord(data) || !d.shape) return data;
  const keys = [...Object.keys(d.shape).filter((k) => k in data), ...Object.keys(data).filter((k) => !(k in d.shape))];
  return Object.fromEntries(keys.map((k) => [k, k in d.shape ? inSchemaOrder(d.shape[k], data[k]) : data[k]])) as T;
}

/** Markdown images with no description: `![](...)`. */
export function imagesWithoutAltText(markdown: string): string[] {
  return [...markdown.matchAll(/!\[\s*\]\(([^)\s]*)/g)].map((m) => m[1]);
}

/** Everything that would stop this entry being published, in plain words. Empty when it is fine. */
export function checkEntry(registration: CollectionRegistration, data: Record<string, unknown>): EntryProblem[] {
  const { body, ...fields } = withoutSource(withoutBlanks(data));
  const problems: EntryProblem[] = [];
  const result = registration.schema.safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ where: describePath(issue.path, registration), message: plainMessage(issue, fields, registration.schema) });
    }
  }
  if (registration.kind === 'folder' && registration.body) {
    const text = typeof body === 'string' ? body : '';
    if (registration.body.required && !text.trim()) problems.push({ where: registration.body.label, message: 'write a few sentences here' });
    for (const src of imagesWithoutAltText(text)) {
      problems.push({
        where: registration.body.label,
        message: `the image${src ? ` ${src}` : ''} needs a description (alt text) for people who cannot see it`,
      });
    }
  }
  return problems;
}

/** One message for the "Not saved." notice. */
export function problemsAsSentence(problems: EntryProblem[]): string {
  return problems.map((p) => `${p.where}: ${p.message}.`).join(' ');
}
