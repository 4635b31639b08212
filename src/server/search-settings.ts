import { getSettingSearchEntries } from '../directory/search-settings';
import { buildSettingIndex, findSettings, type SettingIndex, type SettingResult } from '../lib/search/settings';
import type { SearchPlan } from '../lib/search/rewrite';

/** The no-JavaScript path's settings index, built once per server start like the services' one. */
let index: Promise<SettingIndex> | undefined;

/** Schools, nurseries and colleges for a search the server has already planned (the same plan the services used). */
export async function searchSettings(plan: Pick<SearchPlan, 'searches'>): Promise<SettingResult[]> {
  if (!plan.searches.length) return [];
  index ??= getSettingSearchEntries()
    .then(buildSettingIndex)
    .catch((error) => {
      index = undefined;
      throw error;
    });
  return findSettings(await index, plan);
}
