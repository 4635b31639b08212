import type { Tier } from '../data/tiers';

/**
 * GOV.UK tag colour for each tier (TierTag and the CMS preview). Colour is
 * never the only signal: the tag always carries the tier's words. Kept with
 * the components, not in src/lib: lib holds domain logic, never CSS.
 */
export const tierTagClass: Record<Tier, string> = { universal: 'govuk-tag--green', targeted: '', specialist: 'govuk-tag--purple' };
