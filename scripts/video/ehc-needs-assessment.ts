/**
 * The script for the "How to ask for an EHC needs assessment" video on the
 * information page of the same name. Each slide is what is shown; each cue is
 * one caption and is spoken by espeak-ng (with `say` when the spoken words
 * must differ from the written ones, such as phone numbers read digit by
 * digit). Facts match content/pages/ehc-needs-assessment.md.
 */
import type { VideoScript } from '../make-video.ts';

export const script: VideoScript = {
  name: 'ehc-needs-assessment',
  banner: 'Northbridge Local Offer',
  slides: [
    {
      heading: 'How to ask for an EHC needs assessment',
      points: ['Northbridge Local Offer'],
      cues: [
        { text: 'This short video explains how to ask' },
        { text: 'for an Education, Health and Care needs assessment.' },
        { text: 'We call it an EHC needs assessment for short.', say: 'We call it an E H C needs assessment for short.' },
      ],
    },
    {
      heading: 'What it is',
      points: ['The council finds out what help your child needs', 'It can lead to an EHC plan', 'You do not need a diagnosis'],
      cues: [
        { text: 'Most children with special educational needs' },
        { text: 'get help from their nursery, school or college.' },
        { text: 'If your child needs more help than this,' },
        { text: 'you can ask the council for an assessment.' },
        { text: 'The council collects advice about your child,' },
        { text: 'and decides if they need an EHC plan.', say: 'and decides if they need an E H C plan.' },
        { text: 'Your child does not need a diagnosis, and the school does not need to agree.' },
      ],
    },
    {
      heading: 'Who can ask',
      points: ['You, as a parent or carer', 'A young person aged 16 to 25', "Your child's nursery, school or college"],
      cues: [
        { text: 'You can ask as a parent or carer.' },
        { text: 'Young people aged 16 to 25 can ask for themselves.' },
        { text: "Your child's nursery, school or college can ask too." },
      ],
    },
    {
      heading: 'How to ask',
      points: ['Online form: www.northbridge.example/ehc-request', 'Email: send@example.org', 'Help with writing: 01632 960110'],
      cues: [
        { text: 'Fill in the online form, or email the SEND team.', say: 'Fill in the online form, or email the send team.' },
        { text: 'Say what your child finds hard and what help they get now,' },
        { text: 'and send any reports you have.' },
        {
          text: 'If writing is hard for you, call 01632 960110 and we will help.',
          say: 'If writing is hard for you, call 0 1 6 3 2, 9 6 0 1 1 0, and we will help.',
        },
        { text: 'Keep a copy, and write down the date you sent it.' },
      ],
    },
    {
      heading: 'What happens next',
      points: ['Within 6 weeks: we tell you if we will assess', 'Within 20 weeks: the final plan, if your child needs one'],
      cues: [
        { text: 'Within 6 weeks, we tell you if we will do an assessment.' },
        { text: 'If we do, the whole process, up to a final plan,' },
        { text: 'must take no more than 20 weeks.' },
        { text: 'If we say no, we explain why, and tell you what you can do next.' },
      ],
    },
    {
      heading: 'Free advice that does not take sides',
      points: ['Northbridge SENDIASS: 01632 960130', 'More on the Northbridge Local Offer'],
      cues: [
        { text: 'For free advice that does not take sides,' },
        { text: 'call Northbridge SENDIASS on 01632 960130.', say: 'call Northbridge send eye ass on 0 1 6 3 2, 9 6 0 1 3 0.' },
        { text: 'You can read more on the Northbridge Local Offer website.' },
      ],
    },
  ],
};
