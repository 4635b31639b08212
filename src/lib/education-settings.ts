import { ageBandInfo } from '../data/age-bands.ts';
import {
  designatedNeeds, settingFilterKinds, settingStages, settingStageInfo,
  type DesignatedNeed, type SettingFilterKind, type SettingStage,
} from '../data/education-settings.ts';
import type { EducationSetting } from '../schemas/education-setting.ts';

/**
 * Which filters a school, nursery or college answers to, and the addresses of
 * the filtered lists. Pure, so the list pages, search and the tests share one
 * rule for "a primary setting" or "an autism base".
 */

type SettingFacts = Pick<EducationSetting, 'kind' | 'phase' | 'ageRange' | 'designatedNeeds' | 'inclusionBase'>;

/**
 * The stages a setting serves: every stage its ages reach (a primary school
 * for ages 3 to 11 also serves early years), and "all-through" when GIAS
 * calls it so. Post-16 runs to 25 here (colleges and specialist post-16
 * institutions), so it takes in the young-adults band.
 */
export function settingStagesFor(setting: Pick<SettingFacts, 'phase' | 'ageRange'>): SettingStage[] {
  const { min, max } = setting.ageRange;
  const overlaps = (from: number, to: number) => min < to && max >= from;
  const byAge: Record<Exclude<SettingStage, 'all-through'>, boolean> = {
    'early-years': overlaps(ageBandInfo['early-years'].from, ageBandInfo['early-years'].to),
    primary: overlaps(ageBandInfo.primary.from, ageBandInfo.primary.to),
    secondary: overlaps(ageBandInfo.secondary.from, ageBandInfo.secondary.to),
    'post-16': overlaps(ageBandInfo['post-16'].from, ageBandInfo['young-adults'].to),
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

/** How many filters are on. Lists with two or more are reached from a list with one, and left out of the sitemap. */
export function filterDepth(filter: SettingFilter): number {
  return [filter.stage, filter.kind, filter.need].filter(Boolean).length;
}

/**
 * Every filter combination that has at least one setting, the whole list
 * first. Empty combinations get no page (and no link), so a parent never
 * follows a filter to "no settings".
 */
export function settingFilterCombinations(settings: SettingFacts[]): SettingFilter[] {
  const seen = new Map<string, SettingFilter>([[settingListHref, {}]]);
  for (const setting of settings) {
    const stages = [undefined, ...settingStagesFor(setting)];
    const kinds = [undefined, ...settingFilterKindsFor(setting)];
    const needs = [undefined, ...designatedNeedsFor(setting)];
    for (const stage of stages)
      for (const kind of kinds)
        for (const need of needs) {
          const filter: SettingFilter = { ...(stage && { stage }), ...(kind && { kind }), ...(need && { need }) };
          seen.set(settingFilterPath(filter), filter);
        }
  }
  return [...seen.values()];
}

/** "Ages 4 to 11 (primary)": ages first, as a parent reads them. */
export function describeSettingAges(setting: Pick<SettingFacts, 'phase' | 'ageRange'>): string {
  const stages = settingStagesFor(setting).map((s) => settingStageInfo[s].label.replace(/ \(.*\)$/, '').toLowerCase());
  return `Ages ${setting.ageRange.min} to ${setting.ageRange.max} (${stages.join(', ')})`;
}
