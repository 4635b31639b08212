import { getCollection } from 'astro:content';
import { getInformationPages, getServices } from './load';
import { serviceSearchDocument, vocabularyDocument, type SearchDocument } from '../lib/search/documents';
import { guideFromPage, guideVocabulary, type Guide } from '../lib/search/guides';
import { buildSearchVocabulary, type SearchVocabulary, type SynonymGroupInput } from '../lib/search/vocabulary';
import { searchSynonymGroups } from '../lib/glossary';
import { getSettingSearchEntries } from './search-settings';
import { settingVocabulary } from '../lib/search/settings';

/** Every service as search sees it (closed ones included, marked as such, so they are never listed). */
export async function getSearchDocuments(): Promise<SearchDocument[]> {
  return (await getServices()).map((s) => serviceSearchDocument(s, s.slug, s.organisationDetails.name, s.entry.body ?? ''));
}

/** Information pages, as search lists them under "Information and advice". */
export async function getGuides(): Promise<Guide[]> {
  return (await getInformationPages()).filter((p) => p.data.topic).map((p) => guideFromPage(p.data, p.id, p.body ?? ''));
}

/** The lay-language map from content/search/synonyms.yaml (none if an area has not written one). */
export async function getSynonymGroups(): Promise<SynonymGroupInput[]> {
  return (await getCollection('synonyms')).flatMap((entry) => entry.data.groups);
}

/**
 * The vocabulary both search paths use. The static JSON for browsers and the
 * server's no-JavaScript search both call this, so they always agree.
 */
export async function getSearchVocabulary(documents?: SearchDocument[], guides?: Guide[]): Promise<SearchVocabulary> {
  const services = documents ?? (await getSearchDocuments());
  const pages = guides ?? (await getGuides());
  // One source of lay words: the navigators' synonym map plus the jargon buster's also-known-as names.
  const glossary = (await getCollection('glossary')).map((entry) => entry.data);
  const synonymGroups = searchSynonymGroups(await getSynonymGroups(), glossary);
  // Schools, nurseries and colleges too, so a misspelt school name is corrected on both paths.
  const settings = (await getSettingSearchEntries()).map(settingVocabulary);
  return buildSearchVocabulary({
    documents: [...services.map((d) => ({ ...vocabularyDocument(d), openService: d.type === 'service' })), ...pages.map(guideVocabulary), ...settings],
    synonymGroups,
    services: services.filter((s) => s.type === 'service').length,
  });
}
