import lunr from 'lunr';
import { baseTypeInfo, designatedNeedInfo, settingFilterKindLabels, settingKindInfo } from '../../data/education-settings';
import type { EducationSetting } from '../../schemas/education-setting';
import { describeSettingAges, designatedNeedsFor, settingFilterKindsFor } from '../education-settings';
import type { SearchPlan } from './rewrite';
import type { PageResult } from './groups';
import type { VocabularyDocument } from './vocabulary';

/**
 * Schools, nurseries and colleges in search: their own result type, in their
 * own group after the services, so a parent searching "speech therapy" still
 * meets services first. Like information pages (guides.ts), both paths match
 * them with the same small lunr index: the server builds it from content,
 * the browser from /search-settings.json (about 150 bytes a setting). They
 * are not in Pagefind's index, which holds services.
 */

/** What a setting result shows, on both paths. */
export interface SettingResult {
  kind: 'setting';
  url: string;
  name: string;
  /** "Special school · Ages 4 to 19 (…) · Westford", and "outside the area: in Eastvale" when it is. */
  facts: string;
}

/** One setting as search sees it. */
export interface SettingSearchEntry {
  url: string;
  name: string;
  /** Kind, official type, base, designated needs, town, search words: what parents type ("autism base", "special school for deaf children"). */
  words: string;
  summary: string;
  result: SettingResult;
}

type SettingInput = Pick<
  EducationSetting,
  'name' | 'kind' | 'phase' | 'establishmentType' | 'summary' | 'ageRange' | 'designatedNeeds' | 'inclusionBase' | 'outsideArea' | 'address' | 'keywords'
>;

export function settingSearchEntry(setting: SettingInput, slug: string): SettingSearchEntry {
  const needs = designatedNeedsFor(setting).map((n) => designatedNeedInfo[n].label);
  const base = setting.inclusionBase;
  const words = [
    settingKindInfo[setting.kind].label,
    ...settingFilterKindsFor(setting).map((k) => settingFilterKindLabels[k]),
    setting.establishmentType,
    base && `${base.name ?? ''} ${baseTypeInfo[base.type].label} base unit`,
    ...needs,
    setting.address.town,
    setting.outsideArea,
    ...setting.keywords,
  ]
    .filter(Boolean)
    .join('. ');
  const facts = [
    settingKindInfo[setting.kind].label,
    describeSettingAges(setting),
    setting.address.town,
    setting.outsideArea && `outside the area: in ${setting.outsideArea}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    url: `/schools/${slug}/`,
    name: setting.name,
    words,
    summary: setting.summary ?? '',
    result: { kind: 'setting', url: `/schools/${slug}/`, name: setting.name, facts },
  };
}

/** What settings add to the typo-correction vocabulary, so "kingfsher" finds Kingfisher Primary School. */
export function settingVocabulary(entry: SettingSearchEntry): VocabularyDocument {
  return { text: [entry.name, entry.words, entry.summary] };
}

export interface SettingIndex {
  index: lunr.Index;
  entries: Map<string, SettingSearchEntry>;
}

export function buildSettingIndex(entries: SettingSearchEntry[]): SettingIndex {
  const index = lunr(function () {
    this.ref('url');
    this.field('name', { boost: 4 });
    this.field('words', { boost: 2 });
    this.field('summary');
    for (const e of entries) this.add(e);
  });
  return { index, entries: new Map(entries.map((e) => [e.url, e])) };
}

/**
 * Up to `limit` settings for a search, best first. A setting must match at
 * least two of the words (or the only one), so "speech therapy" does not list
 * every school that mentions speech.
 */
export function findSettings({ index, entries }: SettingIndex, plan: Pick<SearchPlan, 'searches'>, limit = 5): SettingResult[] {
  const terms = plan.searches[0] ?? [];
  if (!terms.length) return [];
  const hits = index.query((q) => {
    for (const term of terms) q.term(term, {});
  });
  const needed = Math.min(new Set(terms).size, 2);
  return hits
    .filter((h) => new Set(Object.keys(h.matchData.metadata)).size >= needed)
    .slice(0, limit)
    .map((h) => entries.get(h.ref)!.result);
}

/** A setting as a line in its search group (lib/search/groups.ts), drawn by search/InformationResult.astro. */
export function settingPage(r: SettingResult): PageResult {
  return { url: r.url, name: r.name, summary: r.facts };
}
