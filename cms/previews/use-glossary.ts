import { glossaryTermSchema } from '../../src/schemas/glossary-term';
import { sortGlossary, type GlossaryEntry } from '../../src/lib/glossary';
import type { PreviewProps } from './preview-props';
import { loadedData, useCollection, type LoadedEntry } from './use-collection';

/** Entries as the site's getGlossary() reads them: checked by the same schema (defaults filled in), sorted A to Z. */
export function glossaryFromEntries(entries: Iterable<LoadedEntry>): GlossaryEntry[] {
  const terms = [...entries].flatMap((entry) => {
    const { slug, data } = loadedData(entry);
    const { body: _body, ...fields } = data;
    const parsed = glossaryTermSchema.safeParse(fields);
    // An entry the site would refuse cannot be published, so the site would not explain it either.
    return parsed.success ? [{ ...parsed.data, slug }] : [];
  });
  return sortGlossary(terms);
}

/**
 * The jargon buster for previews, or undefined while it loads, so a preview
 * explains the words the site will once published (including terms added
 * since the last build).
 */
export function useGlossary(getCollection: PreviewProps['getCollection']): GlossaryEntry[] | undefined {
  return useCollection(getCollection, 'glossary', glossaryFromEntries);
}
