import { getEducationSettings } from './education-settings';
import { settingSearchEntry, type SettingSearchEntry } from '../lib/search/settings';

/** Every school, nursery and college as search sees it (both paths: the server, and /search-settings.json for browsers). */
export async function getSettingSearchEntries(): Promise<SettingSearchEntry[]> {
  return (await getEducationSettings()).map((s) => settingSearchEntry(s, s.slug));
}
