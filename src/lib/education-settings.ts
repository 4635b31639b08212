import {
  designatedNeeds,
  settingFilterKinds,
  settingStages,
  settingStageInfo,
  type DesignatedNeed,
  type SettingFilterKind,
  type SettingStage,
} from '../data/education-settings.ts';
import type { EducationSetting } from '../schemas/education-setting.ts';

/**
 * Which filters a school, nursery or college answers to, and the addresses of
 * the filtered lists. Pure, so the list pages, search and the tests share one
 * rule for "a primary setting" or "an autism base".
 */

type SettingFacts = Pick<EducationSetting, 'kind' | 'phase' | 'ageRange' | 'designatedNeeds' | 'inclusionBase'>;

/**
 * The stages a setting serves, from its ages, plus "all-through" when GIAS
 * calls it so. A setting's oldest age is the age pupils leave at (GIAS
 * StatutoryHighAge: 11 for a primary school, whose oldest pupils turn 11 in
 * Year 6), so it counts up to, not including, that birthday: a school for
 * ages 4 to 11 is primary, not secondary. Early years means it takes children
 * under 4 (a nursery, or a school with a nursery class), not every school with
 * a Reception class.
 */
export function settingStagesFor(setting: Pick<SettingFacts, 'phase' | 'ageRange'>): SettingStage[] {
  const { min, max } = setting.ageRange;
  const teaches = (from: number, to: number) => min < to && max > from;
  const byAge: Record<Exclude<SettingStage, 'all-through'>, boolean> = {
    'early-years': min < 4,
    primary: teaches(5, 11),
    secondary: teaches(11, 16),
    'post-16': max > 16,
  };
  return settingStages.filter((stage) => (stage === 'all-through' ? setting.phase === 'all-through' : byAge[stage]));
}

/** The kinds a setting answers to in the filter: its own, and "inclusion base" when a mainstream school has one. */
export function settingFilterKindsFor(setting: Pick<SettingFacts, 'kind' | 'inclusionBase'>): SettingFilterKind[] {
  return settingFilterKinds.filter((kind) => kind === setting.kind || (kind === 'inclusion-base' && setting.inclusionBase !== undefined));
}

/** The needs a setting's specialist places are designated for: its own (special schools) and its base's. */
export function designatedNeedsFor(setting: Pick<SettingFacts, 'designatedNeeds' | 'inclusionBase'>): DesignatedNeed[] {
  const all = new Set([...setting.designatedNeeds, ...(setting.inclusionBase?.needs ?? [])]);
  return designatedNeeds.filter((need) => all.has(need));
}

/** A filtered list: any of stage, kind and designated need. */
export interface SettingFilter {
  stage?: SettingStage;
  kind?: SettingFilterKind;
  need?: DesignatedNeed;
}

export const settingListHref = '/schools/';

/** The address of a filtered list, in a fixed order so each list has one address: /schools/stage/primary/kind/inclusion-base/. */
export function settingFilterPath(filter: SettingFilter): string {
  const parts = [filter.stage && `stage/${filter.stage}/`, filter.kind && `kind/${filter.kind}/`, filter.need && `need/${filter.need}/`];
  return settingListHref + parts.filter(Boolean).join('');
}

/** The rest parameter for settingFilterPath's address (none for the whole list). */
export function settingFilterParam(filter: SettingFilter): string | undefined {
  const path = settingFilterPath(filter).slice(settingListHref.length).replace(/\/$/, '');
  return path || undefined;
}

export function matchesSettingFilter(setting: SettingFacts, filter: SettingFilter): boolean {
  return (
    (!filter.stage || settingStagesFor(setting).includes(filter.stage)) &&
    (!filter.kind || settingFilterKindsFor(setting).includes(filter.kind)) &&
    (!filter.need || designatedNeedsFor(setting).includes(filter.need))
  );
}

/** How many filters are on. */
export function filterDepth(filter: SettingFilter): number {
  return [filter.stage, filter.kind, filter.need].filter(Boolean).length;
}

/**
 * Every list that gets a page, when it has at least one setting: the whole
 * list, each stage, kind and designated need on its own, and stage with kind
 * ("primary inclusion bases", "secondary special schools"). A need's list is
 * already short (specialist places are few), so it is not split further:
 * that keeps the number of pages (and of pages the accessibility sweep and
 * search engines visit) near 50 rather than 150. Empty lists get no page and
 * no link, so a parent never follows a filter to "no settings".
 */
export function settingFilterCombinations(settings: SettingFacts[]): SettingFilter[] {
  const seen = new Map<string, SettingFilter>([[settingListHref, {}]]);
  const add = (filter: SettingFilter) => seen.set(settingFilterPath(filter), filter);
  for (const setting of settings) {
    const kinds = settingFilterKindsFor(setting);
    for (const stage of settingStagesFor(setting)) {
      add({ stage });
      for (const kind of kinds) add({ stage, kind });
    }
    for (const kind of kinds) add({ kind });
    for (const need of designatedNeedsFor(setting)) add({ need });
  }
  return [...seen.values()];
}

/** The list a filter link goes to: stage and kind combine; a need is a list of its own (see settingFilterCombinations). */
export function withFilter(current: SettingFilter, change: SettingFilter): SettingFilter {
  if (change.need) return { need: change.need };
  const next = { stage: current.stage, kind: current.kind, ...change };
  return { ...(next.stage && { stage: next.stage }), ...(next.kind && { kind: next.kind }) };
}

/** "Ages 4 to 11 (primary)": ages first, as a parent reads them. */
export function describeSettingAges(setting: Pick<SettingFacts, 'phase' | 'ageRange'>): string {
  const stages = settingStagesFor(setting).map((s) => settingStageInfo[s].label.replace(/ \(.*\)$/, '').toLowerCase());
  return `Ages ${setting.ageRange.min} to ${setting.ageRange.max} (${stages.join(', ')})`;
}
