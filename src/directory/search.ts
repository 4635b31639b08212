import { getCollection } from 'astro:content';
import { getInformationPages, getServices } from './load';
import { informationSearchDocument, serviceSearchDocument, vocabularyDocument, type SearchDocument } from '../lib/search/documents';
import { buildSearchVocabulary, type SearchVocabulary, type SynonymGroupInput } from '../lib/search/vocabulary';
import { glossarySynonymGroups } from '../lib/glossary';

/** Every service and information page as search sees them (closed services included, marked as such). */
export async function getSearchDocuments(): Promise<SearchDocument[]> {
  const services = (await getServices()).map((s) => serviceSearchDocument(s, s.slug, s.organisationDetails.name, s.entry.body ?? ''));
  const pages = (await getInformationPages()).map((p) => informationSearchDocument(p.data, p.id, p.body ?? ''));
  return [...services, ...pages];
}

/** The lay-language map from content/search/synonyms.yaml (none if an area has not written one). */
export async function getSynonymGroups(): Promise<SynonymGroupInput[]> {
  return (await getCollection('synonyms')).flatMap((entry) => entry.data.groups);
}

/**
 * The vocabulary both search paths use. The static JSON for browsers and the
 * server's no-JavaScript search both call this, so they always agree.
 */
export async function getSearchVocabulary(documents?: SearchDocument[]): Promise<SearchVocabulary> {
  const docs = documents ?? (await getSearchDocuments());
  // One source of lay words: the navigators' synonym map plus the jargon buster's also-known-as names.
  const glossary = (await getCollection('glossary')).map((entry) => entry.data);
  const synonymGroups = [...(await getSynonymGroups()), ...glossarySynonymGroups(glossary)];
  return buildSearchVocabulary({ documents: docs.map(vocabularyDocument), synonymGroups });
}
