/** The four Preparing for Adulthood outcomes (SEND Code of Practice, chapter 8). */
export const adulthoodOutcomes = ['employment', 'independent-living', 'community-inclusion', 'good-health'] as const;
export type AdulthoodOutcome = (typeof adulthoodOutcomes)[number];

export const adulthoodOutcomeInfo: Record<AdulthoodOutcome, { label: string }> = {
  employment: { label: 'Work and paid employment' },
  'independent-living': { label: 'Living independently' },
  'community-inclusion': { label: 'Friends, relationships and community' },
  'good-health': { label: 'Good health' },
};
