/**
 * The four broad areas of need (SEND Code of Practice 6.28), named the way
 * parents describe them, plus finer tags that each belong to one area.
 */
export const needAreas = ['communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical'] as const;
export type NeedArea = (typeof needAreas)[number];

export const needAreaInfo: Record<NeedArea, { label: string; plainQuestion: string; officialName: string }> = {
  'communication-interaction': {
    label: 'Talking, understanding and getting on with others',
    plainQuestion: 'Talking, understanding others, or autism',
    officialName: 'Communication and interaction',
  },
  'cognition-learning': {
    label: 'Learning, reading, writing and numbers',
    plainQuestion: 'Learning, reading, writing or numbers',
    officialName: 'Cognition and learning',
  },
  'social-emotional-mental-health': {
    label: 'Feelings, behaviour and mental health',
    plainQuestion: 'Feelings, worries, behaviour or going to school',
    officialName: 'Social, emotional and mental health',
  },
  'sensory-physical': {
    label: 'Hearing, sight, movement and physical health',
    plainQuestion: 'Hearing, sight, moving about or a physical disability',
    officialName: 'Sensory and/or physical needs',
  },
};

export const needTags = [
  'autism',
  'speech-language-communication',
  'dyslexia-spld',
  'learning-disability',
  'adhd',
  'ebsa',
  'mental-health',
  'hearing',
  'vision',
  'physical',
  'medical',
] as const;
export type NeedTag = (typeof needTags)[number];

export const needTagInfo: Record<NeedTag, { label: string; area: NeedArea }> = {
  autism: { label: 'Autism', area: 'communication-interaction' },
  'speech-language-communication': { label: 'Speech, language and communication', area: 'communication-interaction' },
  'dyslexia-spld': { label: 'Dyslexia and other specific learning difficulties', area: 'cognition-learning' },
  'learning-disability': { label: 'Learning disability', area: 'cognition-learning' },
  adhd: { label: 'ADHD', area: 'social-emotional-mental-health' },
  ebsa: { label: 'Finding it hard to go to school (EBSA)', area: 'social-emotional-mental-health' },
  'mental-health': { label: 'Mental health and wellbeing', area: 'social-emotional-mental-health' },
  hearing: { label: 'Hearing', area: 'sensory-physical' },
  vision: { label: 'Sight (vision)', area: 'sensory-physical' },
  physical: { label: 'Physical disability', area: 'sensory-physical' },
  medical: { label: 'Medical and health conditions', area: 'sensory-physical' },
};
