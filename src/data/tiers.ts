/**
 * The graduated approach: universal first, then targeted, then specialist.
 * The array order IS the order parents see groups in; everything imports it.
 */
export const tiers = ['universal', 'targeted', 'specialist'] as const;
export type Tier = (typeof tiers)[number];

export const tierInfo: Record<Tier, { label: string; explanation: string; cmsHint: string }> = {
  universal: {
    label: 'Support anyone can use',
    explanation: 'Anyone can use these. You do not need a referral or a diagnosis.',
    cmsHint: 'Universal = anyone can use it, no referral needed',
  },
  targeted: {
    label: 'Extra help for identified needs',
    explanation:
      'For children and young people who need some extra help. You can often ask yourself, or a school, nursery, GP or health visitor can refer you.',
    cmsHint: 'Targeted = extra help for identified needs, often through a setting, GP or early help',
  },
  specialist: {
    label: 'Specialist support',
    explanation: 'For complex or long-term needs. You usually need a referral from a professional, and some need an Education, Health and Care plan.',
    cmsHint: 'Specialist = complex or long-term needs, usually needs a referral or an EHCP',
  },
};
