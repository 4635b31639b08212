/**
 * Stages of education, by age in whole years. `from` is inclusive and `to`
 * exclusive (early years = up to the 5th birthday), so a service for ages
 * 5 to 11 is a primary service, not an early-years one.
 */
export const ageBands = ['early-years', 'primary', 'secondary', 'post-16', 'young-adults'] as const;
export type AgeBand = (typeof ageBands)[number];

export const ageBandInfo: Record<AgeBand, { label: string; ages: string; from: number; to: number }> = {
  'early-years': { label: 'Early years', ages: '0 to 5', from: 0, to: 5 },
  primary: { label: 'Primary school', ages: '5 to 11', from: 5, to: 11 },
  secondary: { label: 'Secondary school', ages: '11 to 16', from: 11, to: 16 },
  'post-16': { label: 'Post-16', ages: '16 to 19', from: 16, to: 19 },
  'young-adults': { label: 'Young adults', ages: '19 to 25', from: 19, to: 26 },
};

/** The Local Offer covers 0 to 25 (Children and Families Act 2014, s.30). */
export const minAge = 0;
export const maxAge = 25;
