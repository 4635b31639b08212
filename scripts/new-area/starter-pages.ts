/**
 * The statutory information pages a new area starts with (the SEND
 * Regulations 2014, Schedule 2, plus the pages every public sector website
 * must have). Each is an honest draft: it says what the page is for, gives
 * only facts that are true in every council in England, and lists under
 * stillToWrite what the council must add. The site shows that list on the
 * page and in the review queue until the council removes it.
 */
export interface StarterPage {
  slug: string;
  title: string;
  summary: string;
  topic?: string;
  order: number;
  reviewOwner: string;
  body: string;
  stillToWrite: string[];
}

const contactTeam = 'If you need help now, contact the Local Offer team (the details are at the bottom of every page).';

export const starterPages: StarterPage[] = [
  {
    slug: 'sen-support-in-schools',
    title: 'SEN support in nurseries, schools and colleges',
    topic: 'education',
    order: 10,
    reviewOwner: 'SEND Inclusion Lead',
    summary: 'How nurseries, schools and colleges help children and young people with special educational needs, with or without an EHC plan.',
    body: `Every nursery, school and college must do its best to meet the needs of children and young people with special educational needs (SEN). Most are helped through SEN support, without an Education, Health and Care plan.\n\nEvery school has a special educational needs coordinator (SENCo) and publishes an SEN information report on its website.\n\n${contactTeam}`,
    stillToWrite: ['How to find the SEN information report of each school', 'Special schools, inclusion bases and alternative provision in and near the area'],
  },
  {
    // The schools pages link every mainstream setting to this page (src/pages/schools/).
    slug: 'ordinarily-available-provision',
    title: 'What every nursery, school and college should offer (ordinarily available provision)',
    topic: 'education',
    order: 11,
    reviewOwner: 'SEND Inclusion Lead',
    summary: 'The help every mainstream nursery, school and college should give any child who needs it, without an EHC plan or a diagnosis.',
    body: `Every mainstream nursery, school and college should give some help to any child who needs it, as part of everyday teaching. This is called **ordinarily available provision**. Your child does not need an Education, Health and Care plan, an assessment or a diagnosis to get it.\n\nIf it is not enough, the setting should give [SEN support](/information/sen-support-in-schools/).\n\n${contactTeam}`,
    stillToWrite: [
      'What every mainstream setting in the area is expected to provide, by area of need, written with parents and carers',
      'Who to talk to when a setting does not provide it',
    ],
  },
  {
    slug: 'information-advice-and-support',
    title: 'Information, advice and support',
    topic: 'information-advice',
    order: 15,
    reviewOwner: 'Local Offer Officer',
    summary: 'Free, impartial information and advice about SEND for children, young people and parents.',
    body: `Every council must make sure there is a free, impartial SEND Information, Advice and Support Service (SENDIASS) for children, young people and parents.\n\n${contactTeam}`,
    stillToWrite: [
      'The name, phone number, email and opening hours of the SENDIASS service',
      'The parent carer forum and how to join it',
      'Groups for young people',
    ],
  },
  {
    slug: 'ehc-needs-assessment',
    title: 'Asking for an Education, Health and Care needs assessment',
    topic: 'ehc-assessment',
    order: 20,
    reviewOwner: 'SEND Assessment Team Manager',
    summary: 'How to ask the council to assess whether a child or young person needs an Education, Health and Care plan.',
    body: `A parent, a young person aged 16 to 25, or a school or college can ask the council for an Education, Health and Care (EHC) needs assessment. The council must decide within 6 weeks whether it will assess, and the whole process up to a final plan should take no more than 20 weeks.\n\n${contactTeam}`,
    stillToWrite: [
      'How to send a request to this council (form, email or post)',
      'Who can help families write a request',
      'Who to contact about a request already made',
    ],
  },
  {
    slug: 'personal-budgets',
    title: 'Personal budgets, direct payments and help with money',
    topic: 'personal-budgets',
    order: 30,
    reviewOwner: 'SEND Assessment Team Manager',
    summary: 'Personal budgets for children and young people with an EHC plan, direct payments, and where to get help with money.',
    body: `A young person or parent can ask for a personal budget when an EHC plan is being written or reviewed. It is an amount of money identified to deliver some of the support in the plan.\n\n${contactTeam}`,
    stillToWrite: [
      "The council's policy on personal budgets and direct payments",
      'Who to ask for a personal budget',
      'Local help with benefits such as Disability Living Allowance',
    ],
  },
  {
    slug: 'health-services',
    title: 'Health services and therapies',
    topic: 'health',
    order: 40,
    reviewOwner: 'Designated Clinical Officer',
    summary: 'Health services for children and young people with SEND, including therapies, nursing and mental health support.',
    body: `Health services for children and young people with SEND include health visitors, school nurses, speech and language therapy, occupational therapy, physiotherapy and mental health services (CAMHS).\n\n${contactTeam}`,
    stillToWrite: [
      'Which NHS services cover the area and how to be referred',
      'The neurodevelopmental pathway (autism and ADHD assessments) and what help there is while waiting',
      'The Designated Clinical Officer and how to contact them',
    ],
  },
  {
    slug: 'social-care',
    title: 'Social care for disabled children and their families',
    topic: 'social-care',
    order: 50,
    reviewOwner: 'Disabled Children’s Service Manager',
    summary: 'Support from social care for disabled children, young people and their families, and how to ask for it.',
    body: `Disabled children and their families can ask the council for an assessment of their needs. Parent carers can also ask for a carer's assessment.\n\n${contactTeam}`,
    stillToWrite: [
      "How to contact the council's disabled children's service",
      'What help is available after an assessment',
      'Support for young people moving to adult social care',
    ],
  },
  {
    slug: 'short-breaks',
    title: 'Short breaks for disabled children and young people',
    topic: 'short-breaks',
    order: 60,
    reviewOwner: 'Short Breaks Coordinator',
    summary: 'Activities and care for disabled children and young people that also give parents and carers a break.',
    body: `Every council must provide short breaks for disabled children and publish a short breaks services statement saying what is available, who can use it and how to get it.\n\n${contactTeam}`,
    stillToWrite: ["The council's short breaks services statement", 'Who can use short breaks and how to ask for them'],
  },
  {
    slug: 'childcare',
    title: 'Childcare for children with SEND',
    topic: 'childcare',
    order: 70,
    reviewOwner: 'Early Years SEND Lead',
    summary: 'Nurseries, childminders and holiday clubs for children with SEND, and help paying for childcare.',
    body: `Childcare providers must make reasonable adjustments for disabled children. Some families can get funded early education and help with childcare costs.\n\n${contactTeam}`,
    stillToWrite: ['How to find childcare in the area', 'Extra funding settings can ask for to support a child with SEND'],
  },
  {
    slug: 'leisure',
    title: 'Leisure, play and activities',
    topic: 'leisure',
    order: 80,
    reviewOwner: 'Local Offer Officer',
    summary: 'Clubs, sport, play and things to do for children and young people with SEND.',
    body: `The Local Offer must say what leisure activities there are for children and young people with SEND.\n\n${contactTeam}`,
    stillToWrite: ['Inclusive clubs, sport and play in the area', 'Discount or access schemes for disabled children and their carers'],
  },
  {
    slug: 'travel-to-school-or-college',
    title: 'Travel to school or college',
    topic: 'transport',
    order: 90,
    reviewOwner: 'Travel Assistance Manager',
    summary: 'Help getting to school or college for children and young people with SEND, including travel training.',
    body: `Councils must arrange free travel to school for eligible children, including some children with SEND who cannot walk to school because of their needs. They must publish a transport policy for young people over 16.\n\n${contactTeam}`,
    stillToWrite: [
      "The council's home to school travel policy and post-16 transport policy statement",
      'How to apply and how to appeal a decision',
      'Travel training',
    ],
  },
  {
    slug: 'preparing-for-adulthood',
    title: 'Preparing for adulthood',
    topic: 'preparing-for-adulthood',
    order: 100,
    reviewOwner: 'Preparing for Adulthood Lead',
    summary: 'Getting ready for work, independent living, friendships and good health, from year 9 onwards.',
    body: `From year 9 (age 13 to 14), reviews of an EHC plan must include preparing for adulthood: paid work, independent living, friends and community, and good health.\n\n${contactTeam}`,
    stillToWrite: [
      'Support to find work, supported internships and apprenticeships in the area',
      'Housing and independent living options',
      'How young people move from children’s to adult services',
    ],
  },
  {
    slug: 'training-and-work',
    title: 'Training, apprenticeships and work',
    topic: 'training-employment',
    order: 110,
    reviewOwner: 'Preparing for Adulthood Lead',
    summary: 'Courses, supported internships, apprenticeships and help to find work for young people with SEND.',
    body: `Young people with SEND can stay in education or training until 25 with an EHC plan, and can get help to find and keep a job.\n\n${contactTeam}`,
    stillToWrite: [
      'Colleges and training providers that young people from the area use',
      'Supported internships and apprenticeships',
      'Help to find and keep work',
    ],
  },
  {
    slug: 'complaints-mediation-and-tribunal',
    title: 'Complaints, mediation and tribunal',
    topic: 'complaints',
    order: 130,
    reviewOwner: 'SEND Quality and Complaints Lead',
    summary: "What you can do if you disagree with a decision about your child's special educational needs, or want to complain.",
    body: `Most problems can be sorted out by talking to the setting or service first. Every council must offer free disagreement resolution and mediation. You can appeal some decisions about EHC needs assessments and plans to the First-tier Tribunal (SEND), and you must get mediation advice first.\n\n${contactTeam}`,
    stillToWrite: [
      "How to complain to the council and the council's complaints address",
      'The disagreement resolution and mediation services the council uses, and how to contact them',
      'The council’s complaints about NHS and social care services',
    ],
  },
  {
    slug: 'accessibility-statement',
    title: 'Accessibility statement for this website',
    order: 900,
    reviewOwner: 'Local Offer Digital Manager',
    summary: 'How accessible this Local Offer website is, and how to ask for information in a different format.',
    body: `Public sector websites must publish an accessibility statement (the Public Sector Bodies Accessibility Regulations 2018). This website is built to meet the Web Content Accessibility Guidelines version 2.2 AA standard, and every page is checked automatically.\n\n${contactTeam}`,
    stillToWrite: [
      'How to ask for information in a different format, and how long it takes',
      'How to report an accessibility problem',
      'The date the statement was prepared and when the website was last tested',
    ],
  },
  {
    slug: 'privacy-notice',
    title: 'Privacy notice for this website',
    order: 910,
    reviewOwner: 'Data Protection Officer',
    summary: 'How the council uses personal information when you use this Local Offer website, and your rights.',
    body: `This website does not ask for your name or contact details to find support. The survey and feedback forms have their own privacy notice, on the [privacy page](/privacy/).\n\n${contactTeam}`,
    stillToWrite: [
      "The council's data protection officer and how to contact them",
      "The council's registration number with the Information Commissioner's Office",
      'Your rights, and how to complain to the Information Commissioner',
    ],
  },
];
