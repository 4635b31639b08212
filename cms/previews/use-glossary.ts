import { useEffect, useState } from 'react';
import { glossaryTermSchema } from '../../src/schemas/glossary-term';
import { sortGlossary, type GlossaryEntry } from '../../src/lib/glossary';
import { withoutSource } from '../formats';
import type { PreviewProps } from './preview-props';

/**
 * The jargon buster for previews, read through Decap from the same Git
 * content it edits (as a service's organisation reaches the preview through
 * its relation field), so a preview explains the words the site will once
 * published, including terms added since the last build.
 */

/** One entry as Decap's `getCollection` gives it: Immutable data, or plain data inside an Immutable map. */
type LoadedEntry = { get: (key: string) => unknown };
const plain = (value: unknown) => (value && typeof (value as { toJS?: unknown }).toJS === 'function' ? (value as { toJS: () => unknown }).toJS() : value);

/** Entries as the site's getGlossary() reads them: checked by the same schema (defaults filled in), sorted A to Z. */
export function glossaryFromEntries(entries: Iterable<LoadedEntry>): GlossaryEntry[] {
  const terms = [...entries].flatMap((entry) => {
    const { body: _body, ...data } = withoutSource((plain(entry.get('data')) ?? {}) as Record<string, unknown>);
    const parsed = glossaryTermSchema.safeParse(data);
    // An entry the site would refuse cannot be published, so the site would not explain it either.
    return parsed.success ? [{ ...parsed.data, slug: String(entry.get('slug')) }] : [];
  });
  return sortGlossary(terms);
}

// Loading lists every glossary file through the Git host's API, so it is done once per visit to the editor.
let loading: Promise<GlossaryEntry[]> | undefined;
let loaded: GlossaryEntry[] | undefined;

/**
 * The glossary, or undefined while it loads. Previews wait for it rather than
 * show the page first without explanations and then change under the reader.
 * If it cannot be loaded the preview goes on without explanations.
 */
export function useGlossary(getCollection: PreviewProps['getCollection']): GlossaryEntry[] | undefined {
  const [entries, setEntries] = useState(loaded);
  useEffect(() => {
    if (entries) return;
    loading ??= getCollection('glossary')
      .then(glossaryFromEntries)
      .catch((error: unknown) => {
        console.error('The preview could not load the jargon buster, so it does not explain jargon.', error);
        return [];
      })
      .then((list) => (loaded = list));
    let current = true;
    void loading.then((list) => current && setEntries(list));
    return () => {
      current = false;
    };
  }, [entries, getCollection]);
  return entries;
}
