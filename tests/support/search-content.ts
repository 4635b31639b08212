import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { isReadyToPublish, serviceSchema } from '../../src/schemas/service';
import { organisationSchema } from '../../src/schemas/organisation';
import { informationPageSchema } from '../../src/schemas/information-page';
import { synonymListSchema } from '../../src/schemas/synonyms';
import { serviceSearchDocument, type SearchDocument } from '../../src/lib/search/documents';
import { guideFromPage, guideVocabulary, type Guide } from '../../src/lib/search/guides';
import { buildSearchVocabulary, type SearchVocabulary } from '../../src/lib/search/vocabulary';
import { vocabularyDocument } from '../../src/lib/search/documents';
import { readMarkdownFolder } from '../unit/read-content';
import { settingSchema } from '../../src/schemas/education-setting';
import { settingSearchEntry, settingVocabulary, type SettingSearchEntry } from '../../src/lib/search/settings';

/** Reads a content folder the way the site does and turns it into search documents, guides and a vocabulary. */
export function loadSearchContent(root = 'content'): {
  documents: SearchDocument[];
  guides: Guide[];
  vocabulary: SearchVocabulary;
  settings: SettingSearchEntry[];
} {
  const organisations = new Map(readMarkdownFolder(path.join(root, 'organisations')).map((f) => [f.slug, organisationSchema.parse(f.data)]));
  // As on the site (getServices), an imported service waiting for a navigator is not searchable.
  const services = readMarkdownFolder(path.join(root, 'services')).flatMap((f) => {
    const s = serviceSchema.parse(f.data);
    return isReadyToPublish(s) ? [serviceSearchDocument(s, f.slug, organisations.get(s.organisation)?.name ?? '', f.body)] : [];
  });
  const guides = readMarkdownFolder(path.join(root, 'pages'))
    .map((f) => ({ ...f, data: informationPageSchema.parse(f.data) }))
    .filter((f) => f.data.topic)
    .map((f) => guideFromPage(f.data, f.slug, f.body));
  const synonymsFile = path.join(root, 'search', 'synonyms.yaml');
  const groups = fs.existsSync(synonymsFile) ? synonymListSchema.parse(load(fs.readFileSync(synonymsFile, 'utf8'))).groups : [];
  const schoolsFolder = path.join(root, 'schools');
  const settings = fs.existsSync(schoolsFolder) ? readMarkdownFolder(schoolsFolder).map((f) => settingSearchEntry(settingSchema.parse(f.data), f.slug)) : [];
  const vocabulary = buildSearchVocabulary({
    documents: [
      ...services.map((d) => ({ ...vocabularyDocument(d), openService: d.type === 'service' })),
      ...guides.map(guideVocabulary),
      ...settings.map(settingVocabulary),
    ],
    synonymGroups: groups,
    services: services.filter((s) => s.type === 'service').length,
  });
  return { documents: services, guides, vocabulary, settings };
}
