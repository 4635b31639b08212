/**
 * What the Local Offer must cover (SEND Regulations 2014, Schedule 2),
 * in plain words. Each topic has an information page with the same slug.
 */
export const topics = [
  'education',
  'health',
  'social-care',
  'training-employment',
  'transport',
  'preparing-for-adulthood',
  'information-advice',
  'childcare',
  'leisure',
  'short-breaks',
  'complaints',
  'ehc-assessment',
  'personal-budgets',
] as const;
export type Topic = (typeof topics)[number];

export const topicInfo: Record<Topic, { label: string; description: string }> = {
  education: { label: 'Education and SEN support', description: 'Help in nurseries, schools and colleges, including special schools.' },
  health: { label: 'Health and therapies', description: 'Health services such as therapies, nursing and mental health support.' },
  'social-care': { label: 'Social care', description: 'Support from social care for disabled children, young people and their families.' },
  'training-employment': { label: 'Training, apprenticeships and work', description: 'Courses, supported internships, apprenticeships and help to find work.' },
  transport: { label: 'Travel to school or college', description: 'Help getting to school or college, including travel training.' },
  'preparing-for-adulthood': { label: 'Preparing for adulthood', description: 'Getting ready for work, independent living, friendships and good health.' },
  'information-advice': { label: 'Information, advice and support', description: 'Free, impartial advice, including SENDIASS and the parent carer forum.' },
  childcare: { label: 'Childcare', description: 'Nurseries, childminders, holiday clubs and help paying for childcare.' },
  leisure: { label: 'Leisure and activities', description: 'Clubs, sport, play and things to do.' },
  'short-breaks': { label: 'Short breaks', description: 'Activities for disabled children that also give parents and carers a break.' },
  complaints: { label: 'Complaints, mediation and tribunal', description: 'What to do if you disagree with a decision or want to complain.' },
  'ehc-assessment': { label: 'EHC needs assessments and plans', description: 'How to ask for an Education, Health and Care needs assessment.' },
  'personal-budgets': { label: 'Personal budgets and money', description: 'Personal budgets, direct payments and help with money.' },
};
