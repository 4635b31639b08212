/**
 * The questions a Local Offer answers for each school, nursery and college,
 * from the SEND Regulations 2014: Schedule 2 paragraph 5 (a) to (j), with
 * identifying needs, working with other services, listening to families and
 * moving on, which Schedule 1 (the school's own SEN information report)
 * also asks. Each is put as a parent would ask it. The order here is the
 * order on the page and in the CMS.
 */
export const settingQuestions = [
  'identifyingNeeds',
  'teaching',
  'adaptingCurriculum',
  'extraSupport',
  'reviewingProgress',
  'checkingWhatWorks',
  'facilities',
  'activities',
  'staffExpertise',
  'wellbeing',
  'otherServices',
  'listeningToFamilies',
  'movingOn',
] as const;
export type SettingQuestion = (typeof settingQuestions)[number];

export const settingQuestionInfo: Record<SettingQuestion, { question: string; reference: string }> = {
  identifyingNeeds: { question: 'How do you find out if my child needs extra help?', reference: 'Schedule 1 paragraph 2' },
  teaching: { question: 'How do you teach children with SEND?', reference: 'Schedule 2 paragraph 5(a)' },
  adaptingCurriculum: { question: 'How do you change lessons and the classroom for my child?', reference: 'Schedule 2 paragraph 5(b)' },
  extraSupport: { question: 'What extra help is there?', reference: 'Schedule 2 paragraph 5(c) and (h)' },
  reviewingProgress: { question: 'How will I know how my child is doing, and can we have a say?', reference: 'Schedule 2 paragraph 5(d)' },
  checkingWhatWorks: { question: 'How do you check that the help is working?', reference: 'Schedule 2 paragraph 5(e)' },
  facilities: { question: 'Is the building accessible, and what equipment is there?', reference: 'Schedule 2 paragraph 5(f)' },
  activities: { question: 'Can my child join in clubs, trips and sport?', reference: 'Schedule 2 paragraph 5(g)' },
  staffExpertise: { question: 'What training and expertise do staff have?', reference: 'Schedule 2 paragraph 5(i)' },
  wellbeing: { question: "How do you support my child's wellbeing and friendships?", reference: 'Schedule 2 paragraph 5(j)' },
  otherServices: { question: 'Which other services do you work with?', reference: 'Schedule 1 paragraph 10' },
  listeningToFamilies: { question: 'How do you listen to parents and to children and young people?', reference: 'Schedule 1 paragraphs 7 and 8' },
  movingOn: { question: 'How do you help my child start, move on and prepare for adult life?', reference: 'Schedule 1 paragraph 12' },
};
