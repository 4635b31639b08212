import { z } from 'astro/zod';
import { stepIds } from '../lib/ehc-timeline/steps.ts';
import { plainText } from './shared.ts';

const markdown = (what: string, max = 2000) => plainText(what, 10, max);

/** A link to a page on this site (a service, an information page), never a typed-in outside address. */
const helpLinkSchema = z.strictObject({
  /** The link's words, saying where it goes: "SENDIASS advice line". */
  text: plainText('Link text', 3, 80),
  /** The page's address on this site, starting with a slash: /services/sendiass-advice-line/. */
  href: z.string().regex(/^\/[a-z0-9\-/]*$/, { error: 'must be an address on this site, starting with / (for example /services/sendiass-advice-line/)' }),
});

/** One step of the EHC journey: the words around a time limit that is set in code (src/lib/ehc-timeline/rules.ts). */
export const ehcStepSchema = z.strictObject({
  /** Which step this is. The time limit and its law come with it and cannot be changed here. */
  id: z.enum(stepIds),
  /** The step's heading, in a parent's words: "The council decides whether to assess". */
  title: plainText('Title', 5, 90),
  /** What happens at this step, in plain English (Markdown). */
  whatHappens: markdown('What happens'),
  /** The letter or document the family should get, and what it must include (Markdown). */
  whatYouGet: markdown('What you should receive'),
  /** What to do if it has not come by the date, or how to act in time for the family's own steps (Markdown). */
  ifLate: markdown('If it is late'),
  /** Services and pages that help at this step. */
  help: z.array(helpLinkSchema).default([]),
});

/** content/ehc-journey/guide.yaml: the words of the "EHC journey" page and timeline. */
export const ehcJourneySchema = z
  .strictObject({
    /** The opening paragraph under the page heading (Markdown). */
    introduction: markdown('Introduction', 1000),
    /** The steps, one each, in any order (the page puts them in the law's order). */
    steps: z.array(ehcStepSchema),
    /** When the law lets the council take longer, in plain words (Markdown). The regulations are listed by the page. */
    exceptions: markdown('When the council can take longer', 3000),
    /** How to chase a late step: who to ask first, free advice, how to complain (Markdown). */
    chasing: markdown('How to chase', 3000),
  })
  .superRefine((guide, ctx) => {
    const seen = new Set<string>();
    guide.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `step "${step.id}" is here twice: keep one` });
      seen.add(step.id);
    });
    for (const id of stepIds) if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['steps'], message: `add the wording for step "${id}": the page needs every step` });
  });

export type EhcStepWords = z.infer<typeof ehcStepSchema>;
export type EhcJourneyWords = z.infer<typeof ehcJourneySchema>;
