import { ageBands, ageBandInfo, type AgeBand } from '../data/age-bands.ts';

export interface AgeRange {
  min: number;
  max: number;
}

/**
 * True when a service's inclusive age range overlaps a band. Bands end
 * before their `to` age, so "ages 5 to 11" is not an early-years service.
 */
export function servesAgeBand(range: AgeRange, band: AgeBand): boolean {
  const { from, to } = ageBandInfo[band];
  return range.min < to && range.max >= from;
}

/** Every band a service's age range touches, in age order. */
export function ageBandsFor(range: AgeRange): AgeBand[] {
  return ageBands.filter((band) => servesAgeBand(range, band));
}

/** "Ages 0 to 5", "Age 16", "Ages 19 to 25" — how a parent reads it. */
export function describeAgeRange(range: AgeRange): string {
  return range.min === range.max ? `Age ${range.min}` : `Ages ${range.min} to ${range.max}`;
}
