/** How a family gets a service: the first thing a tired parent needs to know. */
export const accessRoutes = ['self-referral', 'professional-referral', 'ehcp-needed'] as const;
export type AccessRoute = (typeof accessRoutes)[number];

export const accessRouteInfo: Record<AccessRoute, { label: string; explanation: string }> = {
  'self-referral': { label: 'You can contact them yourself', explanation: 'You do not need anyone to refer you.' },
  'professional-referral': {
    label: 'A professional needs to refer you',
    explanation: 'Ask your GP, health visitor, school or nursery SENCo, or social worker to refer you.',
  },
  'ehcp-needed': {
    label: 'You need an Education, Health and Care plan',
    explanation: 'This is for children and young people who have an Education, Health and Care plan (EHCP).',
  },
};

/** ORUK 3.0 service.status values, with our plain words. */
export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

/** A service people can still use or save (a temporarily closed one will reopen); stopped ones keep their page only. */
export const isOpen = (status: ServiceStatus) => status === 'active' || status === 'temporarily closed';

/** Access features a parent may need to know about before they go. */
export const accessFeatures = [
  'wheelchair-access',
  'accessible-toilet',
  'changing-places',
  'hearing-loop',
  'quiet-space',
  'bsl',
  'interpreters',
  'easy-read',
  'parking',
] as const;
export type AccessFeature = (typeof accessFeatures)[number];

export const accessFeatureInfo: Record<AccessFeature, string> = {
  'wheelchair-access': 'Wheelchair access',
  'accessible-toilet': 'Accessible toilet',
  'changing-places': 'Changing Places toilet (with hoist and bench)',
  'hearing-loop': 'Hearing loop',
  'quiet-space': 'Quiet space',
  bsl: 'British Sign Language (BSL) available',
  interpreters: 'Spoken language interpreters available',
  'easy-read': 'Easy read information',
  parking: 'Parking on site',
};

export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

/** How a service is delivered, so online and home-visit services need no venue. */
export const deliveryModes = ['in-person', 'online', 'phone', 'home-visits'] as const;
export type DeliveryMode = (typeof deliveryModes)[number];
