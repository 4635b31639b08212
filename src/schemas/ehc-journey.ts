import { z } from 'astro/zod';
import { stepIds } from '../lib/ehc-timeline/steps.ts';
import { plainText } from './shared.ts';

const markdown = (what: string, max = 2000) => plainText(what, 10, max);

/** A link to a page on this site (a service, an information page), never a typed-in outside address. */
const helpLinkSchema = z.strictObject({
  /** The link's words, saying where it goes: "SENDIASS advice line". */
  text: plainText('Link text', 3, 80).meta({ label: 'Link text', hint: 'The words of the link, saying where it goes, e.g. "SENDIASS advice line".' }),
  /** The page's address on this site, starting with a slash: /services/sendiass-advice-line/. */
  href: z
    .string()
    .regex(/^\/[a-z0-9\-/]*$/, { error: 'must be an address on this site, starting with / (for example /services/sendiass-advice-line/)' })
    .meta({ label: 'Page address on this site', hint: 'The address of a page on this site, starting with a slash, e.g. /services/sendiass-advice-line/.' }),
});

/** One step of the EHC journey: the words around a time limit that is set in code (src/lib/ehc-timeline/rules.ts). */
export const ehcStepSchema = z.strictObject({
  /** Which step this is. The time limit and its law come with it and cannot be changed here. */
  id: z.enum(stepIds).meta({ label: 'Which step', hint: 'Which step this is. Its time limit and the law behind it come with it and cannot be changed here.' }),
  /** The step's heading, in a parent's words: "The council decides whether to assess". */
  title: plainText('Title', 5, 90).meta({ hint: 'The heading for this step, in words a parent uses, e.g. "The council decides whether to assess".' }),
  /** What happens at this step, in plain English (Markdown). */
  whatHappens: markdown('What happens').meta({
    label: 'What happens',
    hint: 'What happens at this step, in plain English. Do not write the time limit: the page adds it.',
  }),
  /** The letter or document the family should get, and what it must include (Markdown). */
  whatYouGet: markdown('What you should receive').meta({
    label: 'What you should receive',
    hint: 'The letter or document the family should get, and what it must include.',
  }),
  /** What to do if it has not come by the date, or how to act in time for the family's own steps (Markdown). */
  ifLate: markdown('If it is late').meta({
    label: 'If it is late',
    hint: "What to do if it has not come in time. For the family's own steps (comments, appeal), how to act in time.",
  }),
  /** Services and pages that help at this step. */
  help: z
    .array(helpLinkSchema)
    .default([])
    .meta({ label: 'Services and pages that help', hint: 'Links to services and information pages on this site that help at this step.' }),
});

/** content/ehc-journey/guide.yaml: the words of the "EHC journey" page and timeline. */
export const ehcJourneySchema = z
  .strictObject({
    /** The opening paragraph under the page heading (Markdown). */
    introduction: markdown('Introduction', 1000).meta({ label: 'Introduction', hint: 'The opening paragraph under the page heading.' }),
    /** The steps, one each, in any order (the page puts them in the law's order). */
    steps: z
      .array(ehcStepSchema)
      .meta({ label: 'Steps', hint: 'The words for each step, one each, in any order: the page puts them in the order of the law.' }),
    /** When the law lets the council take longer, in plain words (Markdown). The regulations are listed by the page. */
    exceptions: markdown('When the council can take longer', 3000).meta({
      label: 'When the council can take longer',
      hint: 'When the law lets the council take longer, in plain words. The page lists the regulations itself.',
    }),
    /** How to chase a late step: who to ask first, free advice, how to complain (Markdown). */
    chasing: markdown('How to chase', 3000).meta({
      label: 'How to chase a late step',
      hint: 'How to chase a late step: who to ask first, free advice, how to complain.',
    }),
  })
  .superRefine((guide, ctx) => {
    const seen = new Set<string>();
    guide.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `step "${step.id}" is here twice: keep one` });
      seen.add(step.id);
    });
    for (const id of stepIds)
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['steps'], message: `add the wording for step "${id}": the page needs every step` });
  });

export type EhcStepWords = z.infer<typeof ehcStepSchema>;
export type EhcJourneyWords = z.infer<typeof ehcJourneySchema>;
