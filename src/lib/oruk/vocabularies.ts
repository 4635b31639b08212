import { tiers, tierInfo } from '../../data/tiers.ts';
import { needAreas, needAreaInfo, needTags, needTagInfo } from '../../data/needs.ts';
import { topics, topicInfo } from '../../data/topics.ts';
import { adulthoodOutcomes, adulthoodOutcomeInfo, type AdulthoodOutcome } from '../../data/adulthood.ts';
import { ageBands, ageBandInfo } from '../../data/age-bands.ts';
import { accessRoutes, accessRouteInfo, deliveryModes, accessFeatures, accessFeatureInfo, type DeliveryMode, type AccessFeature } from '../../data/access.ts';
import { organisationKinds } from '../../schemas/organisation.ts';
import {
  designatedNeeds,
  designatedNeedInfo,
  settingFilterKinds,
  settingFilterKindLabels,
  settingKindInfo,
  settingStages,
  settingStageInfo,
} from '../../data/education-settings.ts';
import { nameBasedId } from './uuid.ts';
import type { OrukAttribute, OrukTaxonomy, OrukTaxonomyTerm } from './types.ts';

/*
 * Terms of the setting vocabularies link to no page of their own: a filtered
 * list of schools exists only when some setting has the term, which varies by
 * area; the taxonomy links to the whole list instead.
 */

/**
 * Our SEND vocabularies published as Open Referral taxonomies, so another
 * system can filter services by tier, need, topic and the rest
 * (`taxonomy_term_id`). Terms come from `src/data/`; ids are derived from the
 * codes, so they never change while the codes stay the same.
 */

/** Whether families pay: the open data needs a term for it; the content holds `cost.free`. */
export const costTypes = ['free', 'charges'] as const;
export type CostType = (typeof costTypes)[number];

export const vocabularyKeys = [
  'tier',
  'need',
  'topic',
  'adulthood-outcome',
  'age-band',
  'access-route',
  'delivery',
  'access-feature',
  'cost',
  'organisation-kind',
  'setting-kind',
  'setting-stage',
  'designated-need',
] as const;

/** Vocabularies only schools, nurseries and colleges carry: a service with one of these terms is a setting's own record. */
export const settingVocabularyKeys: readonly VocabularyKey[] = ['setting-kind', 'setting-stage', 'designated-need'];
export type VocabularyKey = (typeof vocabularyKeys)[number];

export interface VocabularyTerm {
  code: string;
  name: string;
  description: string;
  /** Code of the broader term, for needs that sit under an area of need. */
  parent?: string;
  /** Path of the site page listing services with this term. */
  page?: string;
}

export interface Vocabulary {
  key: VocabularyKey;
  name: string;
  description: string;
  page?: string;
  terms: VocabularyTerm[];
}

const capitalise = (code: string) => code.charAt(0).toUpperCase() + code.slice(1);

const adulthoodDescriptions: Record<AdulthoodOutcome, string> = {
  employment: 'Getting ready for work: training, apprenticeships, supported internships and paid jobs.',
  'independent-living': 'Getting ready to live as independently as possible, including housing and managing money.',
  'community-inclusion': 'Having friends and relationships and taking part in the community.',
  'good-health': 'Staying as healthy as possible in adult life, including moving to adult health services.',
};

const deliveryInfo: Record<DeliveryMode, { name: string; description: string }> = {
  'in-person': { name: 'In person', description: 'At a venue: see where it runs.' },
  online: { name: 'Online', description: 'Online, for example by video call or through a website.' },
  phone: { name: 'By phone', description: 'By phone call.' },
  'home-visits': { name: 'Home visits', description: 'At home: a worker visits the family.' },
};

const accessFeatureDescriptions: Record<AccessFeature, string> = {
  'wheelchair-access': 'Step-free access for wheelchair users.',
  'accessible-toilet': 'A toilet that wheelchair users can use.',
  'changing-places': 'A Changing Places toilet, with a hoist and an adult-sized changing bench.',
  'hearing-loop': 'An induction loop for people who use hearing aids.',
  'quiet-space': 'A quiet room or area to take a break.',
  bsl: 'British Sign Language interpreters or signing staff.',
  interpreters: 'Interpreters for spoken languages other than English.',
  'easy-read': 'Information in easy read format.',
  parking: 'Parking at the venue.',
};

const costInfo: Record<CostType, { name: string; description: string }> = {
  free: { name: 'Free', description: 'Families pay nothing.' },
  charges: { name: 'Charges', description: 'Families pay something: the cost details say how much and what help there is.' },
};

const organisationKindInfo: Record<(typeof organisationKinds)[number], { name: string; description: string }> = {
  council: { name: 'Council', description: 'A service run by a local council.' },
  nhs: { name: 'NHS', description: 'An NHS trust, practice or health service.' },
  school: { name: 'School or college', description: 'A school, college or other education setting.' },
  charity: { name: 'Charity', description: 'A registered charity or voluntary organisation.' },
  community: { name: 'Community group', description: 'A local community or parent-led group.' },
  business: { name: 'Business', description: 'A private business, such as a nursery or activity provider.' },
};

/** Every vocabulary we publish, in the order consumers see them. */
export const vocabularies: readonly Vocabulary[] = [
  {
    key: 'tier',
    name: 'Graduated approach tier',
    description:
      'How specialist the support is, following the graduated approach in the SEND Code of Practice: universal (anyone can use it), targeted (extra help for identified needs) or specialist (complex or long-term needs).',
    page: '/tier/',
    terms: tiers.map((t) => ({ code: t, name: capitalise(t), description: tierInfo[t].explanation, page: `/tier/${t}/` })),
  },
  {
    key: 'need',
    name: 'Areas of special educational need',
    description: 'The four broad areas of need in the SEND Code of Practice (paragraph 6.28), with the finer needs under each.',
    page: '/need/',
    terms: [
      ...needAreas.map((n) => ({ code: n, name: needAreaInfo[n].officialName, description: `${needAreaInfo[n].label}.`, page: `/need/${n}/` })),
      ...needTags.map((t) => ({
        code: t,
        name: needTagInfo[t].label,
        description: `${needTagInfo[t].label}: part of ${needAreaInfo[needTagInfo[t].area].officialName.toLowerCase()}.`,
        parent: needTagInfo[t].area,
      })),
    ],
  },
  {
    key: 'topic',
    name: 'Local Offer topics',
    description: 'What a Local Offer must cover (SEND Regulations 2014, Schedule 2), in plain words.',
    page: '/topic/',
    terms: topics.map((t) => ({ code: t, name: topicInfo[t].label, description: topicInfo[t].description, page: `/topic/${t}/` })),
  },
  {
    key: 'adulthood-outcome',
    name: 'Preparing for Adulthood outcomes',
    description: 'The four outcomes young people work towards from age 14 (SEND Code of Practice, chapter 8).',
    terms: adulthoodOutcomes.map((o) => ({ code: o, name: adulthoodOutcomeInfo[o].label, description: adulthoodDescriptions[o] })),
  },
  {
    key: 'age-band',
    name: 'Stages of education',
    description:
      'Age bands for browsing the Local Offer. A service has every band its age range overlaps; the ages themselves are in minimum_age and maximum_age.',
    page: '/age/',
    terms: ageBands.map((b) => ({ code: b, name: ageBandInfo[b].label, description: `Ages ${ageBandInfo[b].ages}.`, page: `/age/${b}/` })),
  },
  {
    key: 'access-route',
    name: 'How to get the service',
    description: 'Whether families can ask themselves, need a referral from a professional, or need an Education, Health and Care plan.',
    terms: accessRoutes.map((r) => ({ code: r, name: accessRouteInfo[r].label, description: accessRouteInfo[r].explanation })),
  },
  {
    key: 'delivery',
    name: 'How the service is delivered',
    description: 'In person, online, by phone or by visits at home.',
    terms: deliveryModes.map((d) => ({ code: d, ...deliveryInfo[d] })),
  },
  {
    key: 'access-feature',
    name: 'Access features',
    description: 'Access features of a service or venue, so families know before they go.',
    terms: accessFeatures.map((f) => ({ code: f, name: accessFeatureInfo[f], description: accessFeatureDescriptions[f] })),
  },
  {
    key: 'cost',
    name: 'Cost to families',
    description: 'Whether families pay. The cost options give the amount and any help with costs.',
    terms: costTypes.map((c) => ({ code: c, ...costInfo[c] })),
  },
  {
    key: 'organisation-kind',
    name: 'Kind of organisation',
    description: 'Who runs the service: a council, the NHS, a school, a charity, a community group or a business.',
    terms: organisationKinds.map((k) => ({ code: k, ...organisationKindInfo[k] })),
  },
  {
    key: 'setting-kind',
    name: 'Kind of education setting',
    description:
      'What kind of school, nursery or college it is (SEND Regulations 2014, Schedule 2 paragraph 1). An inclusion base is resourced provision or an SEN unit in a mainstream school.',
    page: '/schools/',
    terms: settingFilterKinds.map((k) => ({
      code: k,
      name: settingFilterKindLabels[k],
      description:
        k === 'inclusion-base'
          ? 'A mainstream school with resourced provision or an SEN unit: places designated for a need, offered through an EHC plan.'
          : settingKindInfo[k].explanation,
    })),
  },
  {
    key: 'setting-stage',
    name: 'Phase of education',
    description:
      'The stages of education a school, nursery or college teaches. A setting has every stage its ages reach; all-through settings teach from primary (or earlier) to 16 or over.',
    page: '/schools/',
    terms: settingStages.map((st) => ({ code: st, name: settingStageInfo[st].label, description: `Ages ${settingStageInfo[st].ages}.` })),
  },
  {
    key: 'designated-need',
    name: 'Designated special educational need',
    description:
      "The needs a special school, specialist setting or inclusion base has designated places for: the Department for Education's SEN provision types, as Get Information about Schools records them.",
    terms: designatedNeeds.map((n) => ({
      code: n,
      name: designatedNeedInfo[n].label,
      description: `${designatedNeedInfo[n].label} (GIAS code ${designatedNeedInfo[n].giasCode}).`,
    })),
  },
];

const byKey = new Map(vocabularies.map((v) => [v.key, v]));

export function taxonomyId(key: VocabularyKey): string {
  return nameBasedId(`taxonomy/${key}`);
}

export function termId(key: VocabularyKey, code: string): string {
  return nameBasedId(`taxonomy/${key}/${code}`);
}

const termsById = new Map(vocabularies.flatMap((v) => v.terms.map((t) => [termId(v.key, t.code), { key: v.key, code: t.code }] as const)));

/** Which of our vocabularies and codes an Open Referral term id stands for, if it is one of ours. */
export function lookupTerm(id: string | undefined): { key: VocabularyKey; code: string } | undefined {
  return id ? termsById.get(id) : undefined;
}

const absolute = (siteUrl: string, page: string | undefined) => (page ? new URL(page, siteUrl).href : undefined);

/** A vocabulary as an Open Referral taxonomy, with its terms when asked for one taxonomy in full. */
export function toOrukTaxonomy(vocabulary: Vocabulary, siteUrl: string, withTerms: boolean): OrukTaxonomy {
  return {
    id: taxonomyId(vocabulary.key),
    name: vocabulary.name,
    description: vocabulary.description,
    ...(vocabulary.page && { uri: absolute(siteUrl, vocabulary.page) }),
    ...(withTerms && { taxonomy_terms: vocabulary.terms.map((t) => toOrukTerm(vocabulary, t, siteUrl)) }),
  };
}

export function toOrukTerm(vocabulary: Vocabulary, term: VocabularyTerm, siteUrl: string): OrukTaxonomyTerm {
  return {
    id: termId(vocabulary.key, term.code),
    name: term.name,
    description: term.description,
    ...(term.parent && { parent_id: termId(vocabulary.key, term.parent) }),
    taxonomy: vocabulary.name,
    taxonomy_id: taxonomyId(vocabulary.key),
    ...(term.page && { term_uri: absolute(siteUrl, term.page) }),
    term: term.code,
  };
}

/** Links a service, venue or organisation (`linkId`) to one of our terms. */
export function toOrukAttribute(linkId: string, linkType: string, key: VocabularyKey, code: string, siteUrl: string): OrukAttribute {
  const vocabulary = byKey.get(key)!;
  const term = vocabulary.terms.find((t) => t.code === code);
  if (!term) throw new Error(`"${code}" is not a term in the ${vocabulary.name} vocabulary`);
  const taxonomyTerm = toOrukTerm(vocabulary, term, siteUrl);
  return {
    id: nameBasedId(`${linkId}/attribute/${taxonomyTerm.id}`),
    link_id: linkId,
    link_type: linkType,
    taxonomy_term_id: taxonomyTerm.id,
    taxonomy_term: taxonomyTerm,
  };
}
