import * as coproduction from './coproduction';
import * as educationSettings from './education-settings';
import * as ehcJourney from './ehc-journey';
import * as eventsAndNews from './events-and-news';
import * as forms from './forms';
import * as navigation from './navigation';
import * as officer from './officer';
import * as planAndDashboard from './plan-and-dashboard';
import * as search from './search';
import * as serviceLists from './service-lists';
import * as servicePage from './service-page';
import * as video from './video';
import { componentFile, type ComponentExamples } from './types';

/**
 * Every component's examples, one file per family of components. A test
 * fails when a .astro file in src/components has neither examples here nor
 * a line in `notStandalone` (tests/components/component-examples.test.ts).
 */
const families = [
  servicePage,
  serviceLists,
  search,
  forms,
  eventsAndNews,
  ehcJourney,
  planAndDashboard,
  coproduction,
  educationSettings,
  officer,
  navigation,
  video,
];

export const componentExamples: ComponentExamples[] = families.flatMap((family) => Object.values(family));

/** Components that cannot render on their own, with why, and where they are checked instead. Keep this short. */
export const notStandalone: Record<string, string> = {
  'YouSaidWeDidLog.astro':
    'A whole page: it reads every entry from the content layer and draws PageLayout, which reads the site settings; neither exists in a render on its own. ' +
    'Its parts have examples (YouSaidWeDidEntry, YouSaidWeDidFilters); the page sweep (tests/e2e/accessibility.test.ts) checks /you-said-we-did/ and every theme and status page.',
};

/** The day the examples are rendered on (LOCAL_OFFER_TODAY), so "out of date" notices do not change with the calendar. */
export const examplesToday = '2026-11-23';

export { componentFile };
export type { ComponentExample, ComponentExamples } from './types';
