import { isDeepStrictEqual } from './deep-equal';
import { parseDocument, Document, isCollection, type Document as YamlDocument } from 'yaml';

/**
 * How the CMS reads and writes content files, so that a change made in the
 * editor is a small, readable Git diff. Decap's own writer re-folds long lines
 * and restyles every list and quote in the file; an officer reviewing a change
 * to one phone number would see thirty changed lines. Instead we keep the file
 * as it was read and change only the values that changed (the `yaml` library
 * keeps each untouched line exactly as it was). New files are written plainly,
 * one line per value, never folded.
 */

/** Where the file's original frontmatter travels with the entry; never saved as a field. */
export const sourceKey = '__fileSource';

type Data = Record<string, unknown>;

const writeOptions = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

/** YAML for data with no earlier file: block style, one line per value. */
function freshYaml(data: Data): string {
  return new Document(data).toString(writeOptions);
}

const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;

/** Changes `doc` in place until it holds `next`, touching only what differs from `previous`. */
function patch(doc: YamlDocument, path: (string | number)[], previous: unknown, next: unknown): void {
  if (isDeepStrictEqual(previous, next)) return;
  const bothObjects = [previous, next].every((v) => v && typeof v === 'object' && !Array.isArray(v));
  const bothLists = Array.isArray(previous) && Array.isArray(next);
  if (bothObjects) {
    const before = previous as Data;
    const after = next as Data;
    // An empty list the file already had stays: the editor leaves empty values out (cms/entry-checks.ts).
    for (const key of Object.keys(before)) if (!(key in after) && !isEmptyList(before[key])) doc.deleteIn([...path, key]);
    for (const key of Object.keys(after)) {
      if (key in before) patch(doc, [...path, key], before[key], after[key]);
      else doc.setIn([...path, key], after[key]);
    }
    return;
  }
  if (bothLists) {
    const before = previous as unknown[];
    const after = next as unknown[];
    const node = doc.getIn(path, true);
    const flow = isCollection(node) && node.flow;
    for (let i = before.length - 1; i >= after.length; i--) doc.deleteIn([...path, i]);
    for (let i = 0; i < after.length; i++) {
      if (i < before.length) patch(doc, [...path, i], before[i], after[i]);
      else doc.addIn(path, after[i]);
    }
    const updated = doc.getIn(path, true);
    if (flow && isCollection(updated)) updated.flow = true;
    return;
  }
  // A scalar (or a change of shape): yaml keeps the old node's quoting style when both are scalars.
  doc.setIn(path, next);
}

/** `data` as YAML, as close to `source` (the file's YAML before editing) as possible. */
export function yamlKeepingStyle(data: Data, source?: string): string {
  if (!source) return freshYaml(data);
  const doc = parseDocument(source);
  if (doc.errors.length > 0) return freshYaml(data);
  patch(doc, [], doc.toJS(), data);
  const text = doc.toString(writeOptions);
  // Whatever happens above, the file must say exactly what the editor holds (give or take an empty list it already had).
  const written = parseDocument(text).toJS() as Data;
  return isDeepStrictEqual(withoutNewEmptyLists(written, data), data) ? text : freshYaml(data);
}

/** `written` without the empty lists `data` leaves out (those the file kept). */
function withoutNewEmptyLists(written: unknown, data: unknown): unknown {
  if (!written || typeof written !== 'object' || Array.isArray(written) || !data || typeof data !== 'object' || Array.isArray(data)) {
    return Array.isArray(written) && Array.isArray(data) ? written.map((w, i) => withoutNewEmptyLists(w, data[i])) : written;
  }
  const after = data as Data;
  return Object.fromEntries(
    Object.entries(written as Data)
      .filter(([k, v]) => k in after || !isEmptyList(v))
      .map(([k, v]) => [k, withoutNewEmptyLists(v, after[k])]),
  );
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)([\s\S]*)$/;

/** Markdown with YAML frontmatter (services, organisations, information pages). */
export const markdownWithFrontmatter = {
  fromFile(content: string): Data {
    const match = frontmatterPattern.exec(content);
    const yaml = match ? match[1] + '\n' : '';
    const body = match ? match[2] : content;
    const data = (parseDocument(yaml).toJS() ?? {}) as Data;
    return { ...data, ...(body.trim() && { body }), [sourceKey]: yaml };
  },
  toFile(data: Data): string {
    const { body, [sourceKey]: source, ...fields } = data;
    const text = typeof body === 'string' ? body : '';
    return `---\n${yamlKeepingStyle(fields, source as string | undefined)}---\n${text}${text && !text.endsWith('\n') ? '\n' : ''}`;
  },
};

/** Plain YAML files (site settings, surveys). */
export const yamlFile = {
  fromFile(content: string): Data {
    return { ...((parseDocument(content).toJS() ?? {}) as Data), [sourceKey]: content };
  },
  toFile(data: Data): string {
    const { [sourceKey]: source, ...fields } = data;
    return yamlKeepingStyle(fields, source as string | undefined);
  },
};

/** The entry's own fields, without the file text we carry along. */
export function withoutSource<T extends Data>(data: T): T {
  const { [sourceKey]: _source, ...fields } = data;
  return fields as T;
}

/** How files of a registered content type are written: Markdown with frontmatter, or plain YAML. */
export function formatFor(registration: { kind: 'folder' | 'file'; extension?: string }): typeof markdownWithFrontmatter {
  return registration.kind === 'folder' && (registration.extension ?? 'md') === 'md' ? markdownWithFrontmatter : yamlFile;
}
