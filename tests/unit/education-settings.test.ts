import { describe, expect, it } from 'vitest';
import {
  designatedNeedsFor,
  matchesSettingFilter,
  settingFilterCombinations,
  settingFilterKindsFor,
  settingFilterParam,
  settingFilterPath,
  settingStagesFor,
  withFilter,
} from '../../src/lib/education-settings';
import type { EducationSetting } from '../../src/schemas/education-setting';

type Facts = Pick<EducationSetting, 'kind' | 'phase' | 'ageRange' | 'designatedNeeds' | 'inclusionBase'>;
const school = (min: number, max: number, more: Partial<Facts> = {}): Facts => ({
  kind: 'mainstream',
  phase: 'primary',
  ageRange: { min, max },
  designatedNeeds: [],
  ...more,
});

describe('which stage a school, nursery or college serves', () => {
  it('counts a primary school for ages 4 to 11 as primary only: its oldest pupils leave at 11', () => {
    expect(settingStagesFor(school(4, 11))).toEqual(['primary']);
  });
  it('counts a school with a nursery class, and a nursery, as early years', () => {
    expect(settingStagesFor(school(3, 11))).toEqual(['early-years', 'primary']);
    expect(settingStagesFor(school(0, 4, { phase: 'early-years' }))).toEqual(['early-years']);
  });
  it('counts a secondary with a sixth form as post-16 too, and one without as secondary only', () => {
    expect(settingStagesFor(school(11, 18, { phase: 'secondary' }))).toEqual(['secondary', 'post-16']);
    expect(settingStagesFor(school(11, 16, { phase: 'secondary' }))).toEqual(['secondary']);
  });
  it('adds all-through only when the phase says so', () => {
    expect(settingStagesFor(school(4, 19, { phase: 'all-through' }))).toEqual(['primary', 'secondary', 'post-16', 'all-through']);
    expect(settingStagesFor(school(5, 16, { phase: 'not-applicable' }))).toEqual(['primary', 'secondary']);
  });
});

describe('kind and need filters', () => {
  const withBase = school(4, 11, { inclusionBase: { type: 'resourced-provision', needs: ['hearing'] } });
  it("finds a mainstream school with a base under both mainstream and inclusion bases, by the base's need", () => {
    expect(settingFilterKindsFor(withBase)).toEqual(['mainstream', 'inclusion-base']);
    expect(designatedNeedsFor(withBase)).toEqual(['hearing']);
    expect(matchesSettingFilter(withBase, { stage: 'primary', kind: 'inclusion-base', need: 'hearing' })).toBe(true);
    expect(matchesSettingFilter(withBase, { need: 'autism' })).toBe(false);
  });
  it('gives each filtered list one address, in a fixed order', () => {
    expect(settingFilterPath({ need: 'autism', stage: 'secondary' })).toBe('/schools/stage/secondary/need/autism/');
    expect(settingFilterParam({ kind: 'special-school' })).toBe('kind/special-school');
    expect(settingFilterParam({})).toBeUndefined();
  });
  it('makes a page for each stage, kind and need, and stage with kind, only where there are settings', () => {
    const paths = settingFilterCombinations([withBase]).map(settingFilterPath);
    expect(paths.sort()).toEqual([
      '/schools/',
      '/schools/kind/inclusion-base/',
      '/schools/kind/mainstream/',
      '/schools/need/hearing/',
      '/schools/stage/primary/',
      '/schools/stage/primary/kind/inclusion-base/',
      '/schools/stage/primary/kind/mainstream/',
    ]);
  });
  it('combines stage and kind, and makes a need a list of its own', () => {
    expect(withFilter({ stage: 'primary' }, { kind: 'special-school' })).toEqual({ stage: 'primary', kind: 'special-school' });
    expect(withFilter({ stage: 'primary', kind: 'mainstream' }, { need: 'autism' })).toEqual({ need: 'autism' });
    expect(withFilter({ need: 'autism' }, { stage: 'secondary' })).toEqual({ stage: 'secondary' });
  });
});
