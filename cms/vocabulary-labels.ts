import { tiers, tierInfo } from '../src/data/tiers';
import { needAreas, needAreaInfo, needTags, needTagInfo } from '../src/data/needs';
import { topics, topicInfo } from '../src/data/topics';
import { adulthoodOutcomes, adulthoodOutcomeInfo } from '../src/data/adulthood';
import { accessFeatures, accessFeatureInfo, accessRoutes, accessRouteInfo, deliveryModes, serviceStatuses, weekdays } from '../src/data/access';
import { organisationKinds } from '../src/schemas/organisation';
import { eventKinds, eventKindInfo } from '../src/data/events';
import {
  youSaidWeDidSources,
  youSaidWeDidSourceInfo,
  youSaidWeDidStatuses,
  youSaidWeDidStatusInfo,
  youSaidWeDidThemes,
  youSaidWeDidThemeInfo,
} from '../src/data/you-said-we-did';
import { planStatuses, planStatusInfo } from '../src/data/plan-statuses';
import { surveyQuestionTypes } from '../src/data/surveys';
import {
  baseTypes,
  baseTypeInfo,
  designatedNeeds,
  designatedNeedInfo,
  placeRoutes,
  placeRouteInfo,
  settingKinds,
  settingKindInfo,
} from '../src/data/education-settings';
import { stepIds, stepLabels } from '../src/lib/ehc-timeline/steps';

/**
 * The words a navigator sees in a CMS drop-down, taken from the same *Info
 * records the site uses. A zod enum is matched to its vocabulary by its
 * values, so every field built from `tiers` gets these labels wherever it is.
 * A vocabulary not listed here still works: its values are shown as words
 * ("temporarily closed", "in-person" -> "In person"). Add a line to give it
 * better labels or a hint.
 */
export interface VocabularyWords {
  values: readonly string[];
  /** Label shown for each value in the drop-down. */
  label: (value: string) => string;
  /** One sentence per value, added to the field's hint (used for tiers). */
  hint?: (value: string) => string;
}

const sentence = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/-/g, ' ');

function words<T extends string>(values: readonly T[], label: (value: T) => string, hint?: (value: T) => string): VocabularyWords {
  return { values, label: label as (v: string) => string, hint: hint as ((v: string) => string) | undefined };
}

export const vocabularies: VocabularyWords[] = [
  words(
    tiers,
    (t) => `${sentence(t)}: ${tierInfo[t].label.toLowerCase()}`,
    (t) => tierInfo[t].cmsHint,
  ),
  words(needAreas, (n) => `${needAreaInfo[n].label} (${needAreaInfo[n].officialName.toLowerCase()})`),
  words(needTags, (t) => needTagInfo[t].label),
  words(topics, (t) => topicInfo[t].label),
  words(adulthoodOutcomes, (o) => adulthoodOutcomeInfo[o].label),
  words(accessRoutes, (r) => accessRouteInfo[r].label),
  words(accessFeatures, (f) => accessFeatureInfo[f]),
  words(
    serviceStatuses,
    (s) => ({ active: 'Running', 'temporarily closed': 'Temporarily closed', inactive: 'Not running at the moment', defunct: 'Closed for good' })[s],
  ),
  words(weekdays, sentence),
  words(deliveryModes, (d) => ({ 'in-person': 'In person at a venue', online: 'Online', phone: 'By phone', 'home-visits': 'Home visits' })[d]),
  words(
    eventKinds,
    (k) => eventKindInfo[k].label,
    (k) => `${eventKindInfo[k].label}: ${eventKindInfo[k].explanation.replace(/\.$/, '')}`,
  ),
  words(youSaidWeDidThemes, (t) => youSaidWeDidThemeInfo[t].label),
  words(youSaidWeDidStatuses, (s) => youSaidWeDidStatusInfo[s].label),
  words(youSaidWeDidSources, (s) => youSaidWeDidSourceInfo[s].label),
  words(planStatuses, (s) => planStatusInfo[s].label),
  words(surveyQuestionTypes, (t) => ({ single: 'Choose one answer', multiple: 'Choose any answers', text: 'Write an answer', rating: 'Rating on a scale' })[t]),
  words(settingKinds, (k) => settingKindInfo[k].label),
  words(designatedNeeds, (n) => `${designatedNeedInfo[n].label} (${designatedNeedInfo[n].giasCode})`),
  words(placeRoutes, (r) => placeRouteInfo[r].label),
  words(baseTypes, (t) => baseTypeInfo[t].label),
  words(stepIds, (s) => stepLabels[s]),
  words(
    organisationKinds,
    (k) => ({ council: 'Council', nhs: 'NHS', school: 'School or college', charity: 'Charity', community: 'Community group', business: 'Business' })[k],
  ),
];

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

/** The words for an enum with these values; plain words made from the values when none are registered. */
export function vocabularyFor(values: readonly string[]): VocabularyWords {
  return vocabularies.find((v) => sameValues(v.values, values)) ?? { values, label: sentence };
}
