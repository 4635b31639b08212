import { useEffect, useState } from 'react';
import { withoutSource } from '../formats';
import type { PreviewProps } from './preview-props';

/**
 * Other entries a preview needs (the jargon buster, this month's news for a
 * newsletter, the other priorities of the plan), read through Decap from the
 * same Git content it edits, so a preview shows what the site will once
 * published, including entries added since the last build.
 */

/** One entry as Decap's `getCollection` gives it: Immutable data, or plain data inside an Immutable map. */
export type LoadedEntry = { get: (key: string) => unknown };
const plain = (value: unknown) => (value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value);

/** An entry's fields as plain data (the Markdown body under `body`), and its file name. */
export function loadedData(entry: LoadedEntry): { slug: string; data: Record<string, unknown> } {
  return { slug: String(entry.get('slug')), data: withoutSource((plain(entry.get('data')) ?? {}) as Record<string, unknown>) };
}

// Loading lists every file of a collection through the Git host's API, so each is read once per visit to the editor.
const loading = new Map<string, Promise<unknown>>();
const loaded = new Map<string, unknown>();

/**
 * A collection's entries as `read` makes them, or undefined while they load.
 * Previews wait rather than show the page first without them and then change
 * under the reader. If they cannot be loaded the preview goes on without them.
 */
export function useCollection<T>(getCollection: PreviewProps['getCollection'], name: string, read: (entries: Iterable<LoadedEntry>) => T[]): T[] | undefined {
  const [entries, setEntries] = useState(loaded.get(name) as T[] | undefined);
  useEffect(() => {
    if (entries) return;
    if (!loading.has(name)) {
      loading.set(
        name,
        getCollection(name)
          .then(read)
          .catch((error: unknown) => {
            console.error(`The preview could not load ${name}, so it goes on without it.`, error);
            return [];
          })
          .then((list) => {
            loaded.set(name, list);
            return list;
          }),
      );
    }
    let current = true;
    void (loading.get(name) as Promise<T[]>).then((list) => current && setEntries(list));
    return () => {
      current = false;
    };
  }, [entries, getCollection, name, read]);
  return entries;
}
