import type { NeedArea } from './needs.ts';

/**
 * Vocabularies for schools, nurseries and colleges ("education settings"):
 * what kind of setting it is, which stage of education it serves and the
 * needs a special school or inclusion base is designated for. They feed the
 * setting schema's z.enum(), the CMS select options, the list filters and the
 * Open Referral taxonomies, so all four always agree.
 */

/** What kind of setting it is, in the words the SEND Code of Practice and families use. */
export const settingKinds = [
  'mainstream',
  'special-school',
  'alternative-provision',
  'independent-specialist',
  'further-education',
  'specialist-post-16',
] as const;
export type SettingKind = (typeof settingKinds)[number];

export const settingKindInfo: Record<SettingKind, { label: string; plural: string; explanation: string }> = {
  mainstream: {
    label: 'Mainstream',
    plural: 'Mainstream nurseries and schools',
    explanation: 'A nursery or school open to every child in its area. It must make reasonable adjustments and give SEN support to children who need it.',
  },
  'special-school': {
    label: 'Special school',
    plural: 'Special schools',
    explanation:
      'A school only for children and young people with special educational needs. Places are offered through an Education, Health and Care (EHC) plan.',
  },
  'alternative-provision': {
    label: 'Alternative provision',
    plural: 'Alternative provision and pupil referral units',
    explanation:
      'Teaching for children who cannot go to their usual school for a time, for example after an exclusion or because of illness. The council or the school arranges a place.',
  },
  'independent-specialist': {
    label: 'Independent or non-maintained specialist',
    plural: 'Independent and non-maintained specialist schools and colleges',
    explanation:
      "A specialist school or college not run by the council. Families are usually placed there through an EHC plan when no local school can meet a child's needs.",
  },
  'further-education': {
    label: 'Further education college',
    plural: 'Further education colleges',
    explanation: 'A college for young people aged 16 and over, with courses, apprenticeships and learning support. Young people apply to the college.',
  },
  'specialist-post-16': {
    label: 'Specialist post-16 institution',
    plural: 'Specialist post-16 colleges',
    explanation: 'A college only for young people aged 16 to 25 with SEND, usually with an EHC plan.',
  },
};

/**
 * Kinds a parent can filter by. "Inclusion base" is not a kind of setting of
 * its own: a base (resourced provision or SEN unit) is part of a mainstream
 * school, so one school (one URN in GIAS) stays one setting, and the filter
 * finds mainstream settings that have a base.
 */
export const settingFilterKinds = [
  'mainstream',
  'inclusion-base',
  'special-school',
  'alternative-provision',
  'independent-specialist',
  'further-education',
  'specialist-post-16',
] as const;
export type SettingFilterKind = (typeof settingFilterKinds)[number];

export const settingFilterKindLabels: Record<SettingFilterKind, string> = {
  mainstream: 'Mainstream nurseries, schools and sixth forms',
  'inclusion-base': 'Inclusion bases (resourced provision and SEN units in mainstream schools)',
  'special-school': 'Special schools',
  'alternative-provision': 'Alternative provision and pupil referral units',
  'independent-specialist': 'Independent and non-maintained specialist schools',
  'further-education': 'Further education colleges',
  'specialist-post-16': 'Specialist post-16 colleges',
};

/** The two kinds of base GIAS records in TypeOfResourcedProvision (name). */
export const baseTypes = ['resourced-provision', 'sen-unit'] as const;
export type BaseType = (typeof baseTypes)[number];
export const baseTypeInfo: Record<BaseType, { label: string; explanation: string }> = {
  'resourced-provision': {
    label: 'Resourced provision',
    explanation:
      'Pupils are on the roll of the mainstream school and spend most of their time in its classes, with extra specialist teaching and a base to go to.',
  },
  'sen-unit': {
    label: 'SEN unit',
    explanation: 'Pupils are taught mostly in a smaller specialist class within the mainstream school, joining other classes when it suits them.',
  },
};

/**
 * Stages of education. A setting's stages come from its ages (a primary school
 * for ages 3 to 11 with a nursery class also serves early years; see
 * settingStagesFor), plus "all-through" for settings that teach from primary
 * (or earlier) to 16 or over.
 */
export const settingStages = ['early-years', 'primary', 'secondary', 'post-16', 'all-through'] as const;
export type SettingStage = (typeof settingStages)[number];

export const settingStageInfo: Record<SettingStage, { label: string; ages: string }> = {
  'early-years': { label: 'Early years (nurseries, pre-schools and nursery classes)', ages: '0 to 4' },
  primary: { label: 'Primary (including infant and junior)', ages: '4 to 11' },
  secondary: { label: 'Secondary', ages: '11 to 16' },
  'post-16': { label: 'Post-16 (sixth forms and colleges)', ages: '16 to 25' },
  'all-through': { label: 'All-through (primary to secondary in one setting)', ages: '4 to 16 or 19' },
};

/** The phase GIAS gives (PhaseOfEducation), in our words; "all-through" also counts as a stage of its own. */
export const settingPhases = ['early-years', 'primary', 'middle', 'secondary', 'post-16', 'all-through', 'not-applicable'] as const;
export type SettingPhase = (typeof settingPhases)[number];

/**
 * The needs a special school or base can be designated for: the Department
 * for Education's SEN provision types (GIAS `SEN1 (name)` to `SEN13 (name)`),
 * in plain words, each with the broad area of need it belongs to.
 */
export const designatedNeeds = [
  'autism',
  'speech-language-communication',
  'specific-learning-difficulty',
  'moderate-learning-difficulty',
  'severe-learning-difficulty',
  'profound-multiple-learning-difficulty',
  'social-emotional-mental-health',
  'hearing',
  'vision',
  'multi-sensory',
  'physical',
  'other',
] as const;
export type DesignatedNeed = (typeof designatedNeeds)[number];

export const designatedNeedInfo: Record<DesignatedNeed, { label: string; giasCode: string; area: NeedArea | undefined }> = {
  autism: { label: 'Autism', giasCode: 'ASD', area: 'communication-interaction' },
  'speech-language-communication': { label: 'Speech, language and communication needs', giasCode: 'SLCN', area: 'communication-interaction' },
  'specific-learning-difficulty': { label: 'Specific learning difficulties such as dyslexia', giasCode: 'SpLD', area: 'cognition-learning' },
  'moderate-learning-difficulty': { label: 'Moderate learning difficulties', giasCode: 'MLD', area: 'cognition-learning' },
  'severe-learning-difficulty': { label: 'Severe learning difficulties', giasCode: 'SLD', area: 'cognition-learning' },
  'profound-multiple-learning-difficulty': { label: 'Profound and multiple learning difficulties', giasCode: 'PMLD', area: 'cognition-learning' },
  'social-emotional-mental-health': { label: 'Social, emotional and mental health needs', giasCode: 'SEMH', area: 'social-emotional-mental-health' },
  hearing: { label: 'Deaf or hearing impairment', giasCode: 'HI', area: 'sensory-physical' },
  vision: { label: 'Blind or vision impairment', giasCode: 'VI', area: 'sensory-physical' },
  'multi-sensory': { label: 'Multi-sensory impairment (deafblind)', giasCode: 'MSI', area: 'sensory-physical' },
  physical: { label: 'Physical disability', giasCode: 'PD', area: 'sensory-physical' },
  other: { label: 'Other needs', giasCode: 'OTH', area: undefined },
};

/** How a family gets a place. */
export const placeRoutes = ['school-admissions', 'direct-application', 'ehc-plan', 'council-placement'] as const;
export type PlaceRoute = (typeof placeRoutes)[number];

export const placeRouteInfo: Record<PlaceRoute, { label: string; explanation: string }> = {
  'school-admissions': {
    label: 'Through school admissions',
    explanation:
      "Apply for a place through the council's school admissions, as for any child. A child with an EHC plan gets a place at the school named in the plan instead.",
  },
  'direct-application': {
    label: 'Apply to the setting',
    explanation: "Apply to the nursery or college yourself. Ask for a visit and tell them about your child's needs so they can plan support.",
  },
  'ehc-plan': {
    label: 'Through an EHC plan',
    explanation:
      'Places are offered through an Education, Health and Care (EHC) plan. Ask for the setting to be named in the plan; the council decides after consulting the setting.',
  },
  'council-placement': {
    label: 'Arranged by the council or school',
    explanation:
      "A place is arranged by the council or your child's school, for example through the fair access panel or after an exclusion. Parents cannot apply directly.",
  },
};
