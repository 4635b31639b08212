import { useEffect, useState } from 'react';
import type { SynonymGroup } from '../../src/schemas/synonyms';
import type { SearchVocabulary } from '../../src/lib/search/vocabulary';
import { synonymPhraseGroups } from '../../src/lib/search/vocabulary';
import { planSearch, prepareVocabulary } from '../../src/lib/search/rewrite';
import { noFilters } from '../../src/lib/search/filters';
import { searchSynonymGroups } from '../../src/lib/glossary';
import { correctionHtml } from '../../src/components/search/search-markup';
import { withoutBlanks } from '../entry-checks';
import { entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';
import { PreviewLoading } from './PreviewLoading';
import { useGlossary } from './use-glossary';

// The words the built site knows (for typo correction), fetched once per visit to the editor.
let vocabulary: Promise<SearchVocabulary | null> | undefined;
function useBuiltVocabulary(): SearchVocabulary | null | undefined {
  const [loaded, setLoaded] = useState<SearchVocabulary | null>();
  useEffect(() => {
    vocabulary ??= fetch('/search-vocabulary.json')
      .then((r) => (r.ok ? (r.json() as Promise<SearchVocabulary>) : null))
      .catch(() => null);
    let current = true;
    void vocabulary.then((v) => current && setLoaded(v));
    return () => {
      current = false;
    };
  }, []);
  return loaded;
}

/**
 * The search words as families meet them: for each word, what the search
 * page says when someone types it ("Showing results for …"), worked out by
 * the site's own search code (src/lib/search/rewrite.ts) and drawn by the
 * same markup function as the search page, with the groups being edited in
 * place of the published ones. Typo correction uses the words of the last
 * build.
 */
export function SynonymsPreview(props: PreviewProps) {
  const glossary = useGlossary(props.getCollection);
  const built = useBuiltVocabulary();
  const raw = entryData(props);
  const groups = ((withoutBlanks(raw) as { groups?: Partial<SynonymGroup>[] }).groups ?? []).filter((g) => g.canonical);
  if (!glossary || built === undefined) return <PreviewLoading />;
  const edited = groups.map((g) => ({ canonical: g.canonical!, words: g.words ?? [] }));
  // The built site's words and how rare each is, with the groups being edited in place of the published ones.
  const prepared = prepareVocabulary({
    words: built?.words ?? [],
    services: built?.services ?? 0,
    frequencies: built?.frequencies ?? [],
    shortWordFrequencies: built?.shortWordFrequencies ?? [],
    groups: synonymPhraseGroups(searchSynonymGroups(edited, glossary)),
  });
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <h1>Search words</h1>
      <p className="app-lead">What the search page says when someone searches for each of these words.</p>
      {groups.map((group, g) => (
        <section key={g} aria-labelledby={`group-${g}`} data-canonical={group.canonical}>
          <h2 id={`group-${g}`}>{group.canonical}</h2>
          <table className="app-table">
            <caption className="govuk-visually-hidden">Searches that find {group.canonical}</caption>
            <thead>
              <tr>
                <th scope="col">Someone searches for</th>
                <th scope="col">The search page says</th>
              </tr>
            </thead>
            <tbody>
              {(group.words ?? []).map((word, w) => {
                const said = correctionHtml(planSearch(word, prepared), noFilters());
                return (
                  <tr key={w} data-search-word={word}>
                    <td>{word}</td>
                    {said ? (
                      <td className="app-search-correction" dangerouslySetInnerHTML={{ __html: said }} />
                    ) : (
                      <td>Nothing: it searches for the words as typed.</td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </PreviewPage>
  );
}
