/**
 * A made-up Local Offer area of any size, for the search benchmark. Services
 * are built from about thirty kinds of real SEND provision, placed in eighty
 * fictional towns and run by fictional organisations, so names, words and
 * filters vary as they would in a large county. Deterministic: the same
 * count gives the same area. Written outside content/ and built with
 * LOCAL_OFFER_CONTENT pointing at it.
 */
import fs from 'node:fs';
import path from 'node:path';

interface Kind {
  name: string;
  tier: 'universal' | 'targeted' | 'specialist';
  needs: string[];
  needTags: string[];
  topics: string[];
  ages: [number, number];
  route: 'self-referral' | 'professional-referral' | 'ehcp-needed';
  free: boolean;
  keywords: string[];
  summary: string;
  about: string[];
}

const kinds: Kind[] = [
  {
    name: 'speech and language drop-in',
    tier: 'universal',
    needs: ['communication-interaction'],
    needTags: ['speech-language-communication'],
    topics: ['health'],
    ages: [0, 5],
    route: 'self-referral',
    free: true,
    keywords: ['late talker', 'not talking', 'speech delay'],
    summary: 'A drop-in where a speech and language therapist gives advice to parents of young children who are late to talk.',
    about: ['A speech and language therapist listens to your worries and watches your child play.', 'You get simple ideas to help your child talk at home.'],
  },
  {
    name: 'speech and language therapy',
    tier: 'targeted',
    needs: ['communication-interaction'],
    needTags: ['speech-language-communication'],
    topics: ['health'],
    ages: [0, 18],
    route: 'self-referral',
    free: true,
    keywords: ['speech therapy', 'SALT', 'stammer'],
    summary: 'Speech and language therapy for children who find it hard to talk, understand or be understood.',
    about: ['Therapists see children at clinics, nurseries and schools.', 'They set targets with you and show you how to help at home.'],
  },
  {
    name: 'autism parent support group',
    tier: 'universal',
    needs: ['communication-interaction'],
    needTags: ['autism'],
    topics: ['information-advice'],
    ages: [0, 25],
    route: 'self-referral',
    free: true,
    keywords: ['autism', 'ASD', 'support group', 'waiting for diagnosis'],
    summary: 'A friendly group for parents and carers of autistic children, with or without a diagnosis.',
    about: [
      'Meet other parents who understand, and share tips about sleep, eating and school.',
      'Speakers come once a term to talk about sensory needs and meltdowns.',
    ],
  },
  {
    name: 'autism outreach',
    tier: 'targeted',
    needs: ['communication-interaction'],
    needTags: ['autism'],
    topics: ['education'],
    ages: [4, 16],
    route: 'professional-referral',
    free: true,
    keywords: ['autism', 'ASD', 'school support'],
    summary: 'Specialist teachers who help schools support autistic pupils in mainstream classes.',
    about: ['The school SENCo asks for a visit.', 'Teachers get training and a plan with small steps.'],
  },
  {
    name: 'school avoidance support',
    tier: 'targeted',
    needs: ['social-emotional-mental-health'],
    needTags: ['ebsa', 'mental-health'],
    topics: ['education'],
    ages: [5, 16],
    route: 'self-referral',
    free: true,
    keywords: ['school refusal', 'anxious about school', 'EBSA'],
    summary: 'Help for children who find it hard to go to school because of anxiety, and for their parents.',
    about: ['Emotionally based school avoidance is when worry makes school very hard.', 'Advisers make a return-to-school plan with you and the school.'],
  },
  {
    name: 'young people’s wellbeing service',
    tier: 'targeted',
    needs: ['social-emotional-mental-health'],
    needTags: ['mental-health'],
    topics: ['health'],
    ages: [11, 25],
    route: 'self-referral',
    free: true,
    keywords: ['mental health', 'anxiety', 'low mood', 'counselling'],
    summary: 'Counselling and online support for young people who feel anxious, low or stressed.',
    about: ['Talk to a counsellor online, by phone or face to face.', 'You can refer yourself from age 11.'],
  },
  {
    name: 'child and adolescent mental health team',
    tier: 'specialist',
    needs: ['social-emotional-mental-health'],
    needTags: ['mental-health'],
    topics: ['health'],
    ages: [5, 17],
    route: 'professional-referral',
    free: true,
    keywords: ['CAMHS', 'mental health', 'eating disorder', 'self harm'],
    summary: 'Specialist NHS mental health care for children with serious or long-lasting difficulties.',
    about: ['A GP or school can refer.', 'Assessment, therapy and medication reviews.'],
  },
  {
    name: 'ADHD parenting course',
    tier: 'targeted',
    needs: ['social-emotional-mental-health'],
    needTags: ['adhd'],
    topics: ['information-advice'],
    ages: [4, 16],
    route: 'self-referral',
    free: true,
    keywords: ['ADHD', 'attention deficit', 'behaviour'],
    summary: 'A six-week course for parents of children with ADHD or who are waiting for an assessment.',
    about: ['Learn what helps with routines, sleep and behaviour.', 'No diagnosis needed.'],
  },
  {
    name: 'neurodevelopmental assessment clinic',
    tier: 'specialist',
    needs: ['communication-interaction', 'social-emotional-mental-health'],
    needTags: ['autism', 'adhd'],
    topics: ['health'],
    ages: [2, 17],
    route: 'professional-referral',
    free: true,
    keywords: ['autism assessment', 'ADHD assessment', 'diagnosis'],
    summary: 'Assessment for autism and ADHD, with support while you wait.',
    about: ['A paediatrician, psychologist and therapist see your child.', 'Support does not depend on a diagnosis.'],
  },
  {
    name: 'dyslexia and literacy support',
    tier: 'targeted',
    needs: ['cognition-learning'],
    needTags: ['dyslexia-spld'],
    topics: ['education'],
    ages: [5, 16],
    route: 'professional-referral',
    free: true,
    keywords: ['dyslexia', 'reading', 'spelling', 'SpLD'],
    summary: 'Specialist teachers who help schools support pupils with dyslexia and reading difficulties.',
    about: ['Assessments of reading and spelling.', 'Plans and training for school staff.'],
  },
  {
    name: 'learning disability day service',
    tier: 'specialist',
    needs: ['cognition-learning'],
    needTags: ['learning-disability'],
    topics: ['preparing-for-adulthood', 'social-care'],
    ages: [18, 25],
    route: 'professional-referral',
    free: false,
    keywords: ['learning disability', 'day centre', 'life skills'],
    summary: 'Day opportunities for young adults with a learning disability to learn skills and make friends.',
    about: ['Activities include cooking, travel and work tasters.', 'Paid for with a personal budget.'],
  },
  {
    name: 'short breaks club',
    tier: 'specialist',
    needs: ['communication-interaction', 'sensory-physical'],
    needTags: ['learning-disability', 'physical'],
    topics: ['short-breaks', 'leisure'],
    ages: [5, 17],
    route: 'self-referral',
    free: false,
    keywords: ['respite', 'break', 'holiday club'],
    summary: 'After-school and holiday clubs for disabled children, giving families a short break.',
    about: ['Trained staff, one-to-one help where needed.', 'Families pay a small charge; help with costs is available.'],
  },
  {
    name: 'overnight short breaks',
    tier: 'specialist',
    needs: ['sensory-physical', 'cognition-learning'],
    needTags: ['learning-disability', 'medical'],
    topics: ['short-breaks', 'social-care'],
    ages: [5, 17],
    route: 'professional-referral',
    free: true,
    keywords: ['respite', 'overnight', 'sleepover'],
    summary: 'Overnight stays for disabled children with complex needs, so families get a rest.',
    about: ['Stays are planned with a social worker.', 'Nurses are on site day and night.'],
  },
  {
    name: 'inclusive youth club',
    tier: 'universal',
    needs: ['communication-interaction', 'social-emotional-mental-health'],
    needTags: ['autism'],
    topics: ['leisure'],
    ages: [11, 25],
    route: 'self-referral',
    free: true,
    keywords: ['youth club', 'make friends', 'things to do'],
    summary: 'A youth club where disabled young people and their friends are welcome.',
    about: ['Games, music, cooking and trips.', 'Quiet room and trained youth workers.'],
  },
  {
    name: 'inclusive swimming',
    tier: 'universal',
    needs: ['sensory-physical'],
    needTags: ['physical'],
    topics: ['leisure'],
    ages: [0, 25],
    route: 'self-referral',
    free: false,
    keywords: ['swimming', 'pool', 'hoist'],
    summary: 'Quiet swimming sessions with a pool hoist and changing places toilet.',
    about: ['Lights and music are turned down.', 'Carers swim free.'],
  },
  {
    name: 'wheelchair service',
    tier: 'specialist',
    needs: ['sensory-physical'],
    needTags: ['physical'],
    topics: ['health'],
    ages: [0, 18],
    route: 'professional-referral',
    free: true,
    keywords: ['wheelchair', 'buggy', 'seating'],
    summary: 'Assessment for wheelchairs, special buggies and seating for children who cannot walk far.',
    about: ['A therapist measures your child.', 'Repairs are free.'],
  },
  {
    name: 'occupational therapy',
    tier: 'specialist',
    needs: ['sensory-physical'],
    needTags: ['physical'],
    topics: ['health'],
    ages: [0, 18],
    route: 'professional-referral',
    free: true,
    keywords: ['OT', 'handwriting', 'sensory processing', 'equipment'],
    summary: 'Occupational therapy for children who find everyday tasks hard, such as dressing or writing.',
    about: ['Therapists visit at home or school.', 'They advise on equipment and adaptations.'],
  },
  {
    name: 'hearing support team',
    tier: 'targeted',
    needs: ['sensory-physical'],
    needTags: ['hearing'],
    topics: ['education'],
    ages: [0, 25],
    route: 'professional-referral',
    free: true,
    keywords: ['deaf', 'hearing loss', 'hearing aids'],
    summary: 'Teachers of the deaf who support deaf children and young people at home, nursery and school.',
    about: ['Help with hearing aids and radio aids.', 'Sign language lessons for families.'],
  },
  {
    name: 'vision support team',
    tier: 'targeted',
    needs: ['sensory-physical'],
    needTags: ['vision'],
    topics: ['education'],
    ages: [0, 25],
    route: 'professional-referral',
    free: true,
    keywords: ['blind', 'visual impairment', 'braille'],
    summary: 'Support for children and young people who are blind or partially sighted.',
    about: ['Mobility training and braille.', 'Advice to schools on large print.'],
  },
  {
    name: 'children’s community nursing',
    tier: 'specialist',
    needs: ['sensory-physical'],
    needTags: ['medical'],
    topics: ['health'],
    ages: [0, 18],
    route: 'professional-referral',
    free: true,
    keywords: ['nurse', 'epilepsy', 'tube feeding'],
    summary: 'Nurses who care for children with long-term health conditions at home and school.',
    about: ['Training for school staff on medicines.', 'Care plans for epilepsy and diabetes.'],
  },
  {
    name: 'continence advice',
    tier: 'targeted',
    needs: ['sensory-physical'],
    needTags: ['medical'],
    topics: ['health'],
    ages: [4, 19],
    route: 'professional-referral',
    free: true,
    keywords: ['bedwetting', 'toilet training', 'continence'],
    summary: 'Advice and products for children with bladder and bowel problems.',
    about: ['Clinics for bedwetting and toilet training.', 'Pads for children who need them.'],
  },
  {
    name: 'sleep clinic',
    tier: 'targeted',
    needs: ['social-emotional-mental-health'],
    needTags: ['autism', 'adhd'],
    topics: ['health'],
    ages: [2, 18],
    route: 'self-referral',
    free: true,
    keywords: ['sleep', 'bedtime', 'night waking'],
    summary: 'Help for families whose disabled child does not sleep well.',
    about: ['A sleep practitioner makes a plan with you.', 'Phone support for six weeks.'],
  },
  {
    name: 'family hub',
    tier: 'universal',
    needs: ['communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical'],
    needTags: [],
    topics: ['information-advice', 'childcare'],
    ages: [0, 25],
    route: 'self-referral',
    free: true,
    keywords: ['children’s centre', 'family support', 'stay and play'],
    summary: 'A place for families to get help, play sessions and advice under one roof.',
    about: ['Health visitors, play sessions and parenting courses.', 'A SEND navigator can help you find support.'],
  },
  {
    name: 'day nursery',
    tier: 'universal',
    needs: ['communication-interaction', 'cognition-learning'],
    needTags: [],
    topics: ['childcare'],
    ages: [0, 5],
    route: 'self-referral',
    free: false,
    keywords: ['nursery', 'childcare', 'funded hours'],
    summary: 'A day nursery that welcomes children with SEND, with funded places.',
    about: ['A SENCo plans support with you.', '15 and 30 funded hours accepted.'],
  },
  {
    name: 'SEND information and advice service',
    tier: 'universal',
    needs: ['communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical'],
    needTags: [],
    topics: ['information-advice', 'complaints', 'ehc-assessment'],
    ages: [0, 25],
    route: 'self-referral',
    free: true,
    keywords: ['SENDIASS', 'EHCP', 'tribunal', 'advice'],
    summary: 'Free, impartial advice about SEND, EHC plans, exclusions and appeals.',
    about: ['Advisers help with forms and meetings.', 'Confidential and independent of the council.'],
  },
  {
    name: 'EHC assessment team',
    tier: 'specialist',
    needs: ['communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical'],
    needTags: [],
    topics: ['ehc-assessment'],
    ages: [0, 25],
    route: 'self-referral',
    free: true,
    keywords: ['EHCP', 'statement', 'needs assessment', 'annual review'],
    summary: 'The team that carries out EHC needs assessments and writes Education, Health and Care plans.',
    about: ['Parents can ask for an assessment.', 'Caseworkers keep you updated every step.'],
  },
  {
    name: 'supported internship',
    tier: 'targeted',
    needs: ['cognition-learning'],
    needTags: ['learning-disability'],
    topics: ['training-employment', 'preparing-for-adulthood'],
    ages: [16, 24],
    route: 'self-referral',
    free: true,
    keywords: ['job', 'work experience', 'job coach'],
    summary: 'A year of work placements with a job coach for young people with an EHC plan.',
    about: ['Placements with local employers.', 'Most interns go on to paid work.'],
  },
  {
    name: 'travel training',
    tier: 'targeted',
    needs: ['cognition-learning'],
    needTags: ['learning-disability'],
    topics: ['transport', 'preparing-for-adulthood'],
    ages: [11, 25],
    route: 'self-referral',
    free: true,
    keywords: ['bus', 'travel on my own', 'bus pass'],
    summary: 'One-to-one training for young people to travel on their own safely.',
    about: ['A trainer travels with you until you are confident.', 'Routes to school, college or work.'],
  },
  {
    name: 'benefits advice',
    tier: 'universal',
    needs: ['communication-interaction', 'cognition-learning', 'social-emotional-mental-health', 'sensory-physical'],
    needTags: [],
    topics: ['personal-budgets'],
    ages: [0, 25],
    route: 'self-referral',
    free: true,
    keywords: ['DLA', 'benefits', 'money', 'grants'],
    summary: 'Free advice on benefits and grants for families of disabled children.',
    about: ['Help to claim Disability Living Allowance.', 'Help with appeals.'],
  },
  {
    name: 'young carers project',
    tier: 'targeted',
    needs: ['social-emotional-mental-health'],
    needTags: ['mental-health'],
    topics: ['social-care'],
    ages: [8, 18],
    route: 'self-referral',
    free: true,
    keywords: ['young carer', 'sibling', 'caring for mum'],
    summary: 'Support and breaks for children who help look after someone at home.',
    about: ['One-to-one support and group trips.', 'Help to talk to school.'],
  },
];

const towns =
  'Ashby Barford Bramley Brookfield Calder Carrow Castleton Chapelford Claybrook Coldwell Cranmere Dalton Denholm Eastgate Elmswood Fairhaven Fenwick Foxley Garside Glenmoor Greenway Hadley Halewood Harbury Hartfield Highcliffe Hollins Holmside Kelby Kingsmead Langley Larkhill Linwood Lowther Maplestead Marston Meadowbank Millbrook Moorside Netherby Newbold Northfield Oakfield Oldbridge Orchard Parkside Pennington Pinewood Quarry Redbrook Ridgeway Riverside Rosedale Rushton Saltmarsh Sandford Selby Southgate Stanton Stonebridge Summerfield Sutton Thornbury Tilford Upperton Vale Wakefield Waterside Wellbrook Westfield Whitby Willowbank Windmill Woodhouse Wrenfield Yarrow Yewdale Alder Beacon Cherry'.split(
    ' ',
  );
const venueTypes = ['Family Hub', 'Library', 'Community Centre', 'Leisure Centre', 'Primary School', 'Health Centre', 'Youth Centre', 'Church Hall'];
const streets = ['Mill Lane', 'High Street', 'Station Road', 'Church Street', 'Park Avenue', 'Victoria Road', 'Market Place', 'School Lane'];
const variants = ['', '', '', 'Saturday ', 'evening ', 'family ', 'online ', 'holiday '];
const orgKinds = ['council', 'nhs', 'school', 'charity', 'community', 'business'] as const;
const languages = ['Polish', 'Urdu', 'Romanian', 'Punjabi', 'Arabic', 'British Sign Language'];
const generic = [
  'You do not need a diagnosis to get help.',
  'Brothers and sisters are welcome.',
  'Tell us if your child needs anything to make it easier to take part.',
  'Sessions are small, so staff have time for every family.',
  'We can arrange an interpreter if you need one.',
  'Parents say the team listens and explains things clearly.',
  'If we cannot help, we will tell you who can.',
];

/** A small fast random number generator, seeded so areas are the same every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (n: number, salt: number) => {
  const hex = (n * 2654435761 + salt * 40503).toString(16).padStart(12, '0').slice(-12);
  return `5e0a${salt.toString(16).padStart(4, '0')}-0000-4000-8000-${hex}`;
};
const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const quote = (s: string) => JSON.stringify(s);

/** Writes an area with `count` services to `dir` (which is emptied first), copying pages, settings and synonyms from the demo. */
export function writeSyntheticArea(dir: string, count: number, demoContent = 'content'): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of ['services', 'organisations', 'pages', 'settings', 'search']) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  for (const folder of ['pages', 'settings', 'search'])
    for (const file of fs.readdirSync(path.join(demoContent, folder))) fs.copyFileSync(path.join(demoContent, folder, file), path.join(dir, folder, file));
  // The demo pages' video files live with the content, and so do the EHC journey page's words (the build fails without them).
  for (const folder of ['videos', 'ehc-journey']) fs.cpSync(path.join(demoContent, folder), path.join(dir, folder), { recursive: true });

  const rand = random(count);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const organisations = Array.from({ length: Math.max(12, Math.round(count / 25)) }, (_, i) => {
    const kind = orgKinds[i % orgKinds.length];
    const name = `${towns[i % towns.length]} ${['Council Services', 'Community Health', 'Academy Trust', 'Families Charity', 'Community Group', 'Care Ltd'][i % 6]}${i >= towns.length ? ` ${Math.floor(i / towns.length) + 1}` : ''}`;
    const slug = slugify(name);
    fs.writeFileSync(
      path.join(dir, 'organisations', `${slug}.md`),
      `---\nid: ${uuid(i, 1)}\nname: ${quote(name)}\nkind: ${kind}\ndescription: ${quote(`${name} runs services for children, young people and families in the ${towns[i % towns.length]} area.`)}\nwebsite: https://www.${slug}.example\nemail: hello@example.org\nphone: 01632 960${String(100 + (i % 900)).padStart(3, '0')}\n---\n`,
    );
    return slug;
  });

  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length];
    const town = pick(towns);
    let name = `${town} ${pick(variants)}${kind.name}`;
    name = name.charAt(0).toUpperCase() + name.slice(1);
    let slug = slugify(name);
    for (let n = 2; used.has(slug); n++) slug = `${slugify(name)}-${n}`;
    used.add(slug);
    const venue = `${town} ${pick(venueTypes)}`;
    const [min, max] = kind.ages;
    const reviewed = new Date(Date.UTC(2026, Math.floor(rand() * 10), 1 + Math.floor(rand() * 27))).toISOString().slice(0, 10);
    const body = [
      `${name} is run in ${town} and nearby. ${kind.about.join(' ')}`,
      [pick(generic), pick(generic), `Sessions take place at ${venue}.`].join(' '),
    ].join('\n\n');
    const yaml = [
      '---',
      `id: ${uuid(i, 2)}`,
      `name: ${quote(name)}`,
      `status: ${rand() < 0.03 ? 'temporarily closed' : 'active'}`,
      `organisation: ${pick(organisations)}`,
      `summary: ${quote(kind.summary)}`,
      `tier: ${kind.tier}`,
      `needs: [${kind.needs.join(', ')}]`,
      `needTags: [${kind.needTags.join(', ')}]`,
      `topics: [${kind.topics.join(', ')}]`,
      `ageRange: { min: ${min}, max: ${max} }`,
      `eligibility: ${quote(`Children and young people aged ${min} to ${max} who live in or near ${town}.`)}`,
      'access:',
      `  route: ${kind.route}`,
      '  steps:',
      `    - ${quote(kind.route === 'self-referral' ? 'Phone or email the team to book.' : 'Ask your GP, school or health visitor to refer you.')}`,
      `    - ${quote('Someone from the team will contact you within two weeks.')}`,
      `cost: { free: ${kind.free}${kind.free ? '' : `, details: ${quote('£3 a session. Ask about help with costs.')}`} }`,
      `contact: { phone: "01632 960${String(i % 1000).padStart(3, '0')}", email: ${quote(`${slug.slice(0, 40)}@example.org`)} }`,
      'delivery: [in-person]',
      'locations:',
      `  - name: ${quote(venue)}`,
      `    address: { street: ${quote(`${1 + (i % 90)} ${pick(streets)}`)}, town: ${quote(town)}, postcode: "NB${1 + (i % 9)} ${i % 10}AA", county: "Synthshire" }`,
      '    accessFeatures: [wheelchair-access, accessible-toilet]',
      'schedule:',
      `  - { days: [${pick(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'])}], opens: "10:00", closes: "12:00", termTimeOnly: ${rand() < 0.5} }`,
      `languages: [English, ${quote(pick(languages))}]`,
      `lastReviewed: ${reviewed}`,
      `reviewOwner: ${quote(`${kind.name} team leader`)}`,
      `keywords: [${kind.keywords.map(quote).join(', ')}]`,
      '---',
      body,
      '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'services', `${slug}.md`), yaml);
  }
}
