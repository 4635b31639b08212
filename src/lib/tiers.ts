import { tiers, type Tier } from '../data/tiers.ts';

/**
 * Groups services by tier in graduated-approach order (universal first), and
 * sorts each group by name. Empty tiers are kept so pages can say "none".
 */
export function groupByTier<T extends { tier: Tier; name: string }>(services: T[]): { tier: Tier; services: T[] }[] {
  return tiers.map((tier) => ({
    tier,
    services: services.filter((s) => s.tier === tier).sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  }));
}
