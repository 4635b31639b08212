import { isReadyToPublish, serviceSchema, type Service } from '../../schemas/service';
import type { DirectoryService } from '../../directory/load';

/**
 * A fictional Northbridge service in the states families meet, for the
 * examples of every component that shows a service (services.ts,
 * service-lists.ts) and the service component tests. Built through the real
 * schema, so an example cannot drift from what content may hold.
 */
const record = serviceSchema.parse({
  id: '0f0e0d0c-0b0a-4909-8807-060504030201',
  name: 'Little Voices language group',
  organisation: 'northbridge-council',
  summary: 'A six-week group for children aged 2 to 4 who are slow to start talking, with ideas for parents to use at home.',
  tier: 'targeted',
  needs: ['communication-interaction'],
  topics: ['health'],
  ageRange: { min: 2, max: 4 },
  eligibility: 'Children aged 2 to 4 who live in Northbridge. No diagnosis needed.',
  access: { route: 'self-referral', steps: ['Phone the team to book a place.'] },
  cost: { free: true },
  contact: { phone: '01632 960999', email: 'littlevoices@example.org' },
  delivery: ['in-person'],
  locations: [{ name: 'Riverside Family Hub', address: { street: '14 Mill Lane', town: 'Northbridge', county: 'Northbridge', postcode: 'NB1 4AA' } }],
  lastReviewed: '2026-10-01',
  reviewOwner: 'Early Years Speech and Language Lead',
});
if (!isReadyToPublish(record)) throw new Error('The example service must have every field families see.');
const base: Service = record;

export function directoryService(overrides: Partial<Service>): DirectoryService {
  return {
    ...base,
    ...overrides,
    slug: 'little-voices-language-group',
    organisationDetails: {
      id: '0a0b0c0d-0e0f-4a1b-8c2d-3e4f5a6b7c8d',
      slug: 'northbridge-council',
      name: 'Northbridge Council',
      kind: 'council',
      description: 'The local council for the Northbridge area.',
      reviewNotes: [],
    },
    entry: undefined as never,
  };
}

export const serviceExamples = {
  current: directoryService({}),
  outOfDate: directoryService({ lastReviewed: new Date('2024-05-01') }),
  temporarilyClosed: directoryService({ status: 'temporarily closed', statusNote: 'Closed until 5 January while the hall is repaired.' }),
  paidSpecialist: directoryService({
    tier: 'specialist',
    cost: { free: false, details: '£4 a session' },
    access: { route: 'ehcp-needed', steps: ['Ask at your annual review.'] },
  }),
};

/** A list long enough for two pages: support anyone can use runs on to page 2, then specialist support. */
export const longListExample: DirectoryService[] = Array.from({ length: 34 }, (_, i) => ({
  ...directoryService({ tier: i < 32 ? 'universal' : 'specialist', name: `Example service ${String(i + 1).padStart(2, '0')}` }),
  slug: `example-service-${i + 1}`,
}));
