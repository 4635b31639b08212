import { z } from 'astro/zod';
import { plainText } from './shared';

/** A link from a glossary entry to a page that says more. */
export const glossaryLinkSchema = z.strictObject({
  /** The words of the link, e.g. "Asking for an EHC needs assessment". */
  label: plainText('Link text', 3, 120).meta({ hint: 'The words of the link, e.g. "Asking for an EHC needs assessment".' }),
  /** A path on this site starting with / (such as /information/short-breaks/) or a full https:// address. */
  href: z
    .string()
    .regex(/^(\/[a-z0-9\-/#]*|https:\/\/\S+)$/, {
      error: 'must be a path on this site starting with /, such as /information/short-breaks/, or a full address starting with https://',
    })
    .meta({ label: 'Link to', hint: 'A path on this site starting with / (such as /information/short-breaks/) or a full https:// address.' }),
});

export const glossaryTermSchema = z.strictObject({
  /** The word or phrase written out in full, as it appears in the A to Z, e.g. "Education, Health and Care plan". */
  term: plainText('Term', 2, 80).meta({ hint: 'The word or phrase written out in full, as it appears in the A to Z, e.g. "Education, Health and Care plan".' }),
  /** What it means, in one or two plain sentences a parent would understand. Shown in the A to Z and under pages that use the term. */
  meaning: plainText('Meaning', 20, 400).meta({
    hint: 'What it means, in one or two plain sentences a parent would understand. Shown in the A to Z and under pages that use the term.',
  }),
  /** Acronyms (EHCP) and everyday words parents use (statement, plan). Acronyms and phrases get explained on pages; every word here also feeds search. */
  alsoKnownAs: z
    .array(plainText('Also known as', 2, 60))
    .default([])
    .meta({
      label: 'Also known as',
      hint: 'Acronyms (EHCP) and everyday words parents use (statement, plan). Acronyms and phrases get explained on pages; every word here also feeds search.',
    }),
  /** Pages that say more about this term. */
  related: z
    .array(glossaryLinkSchema)
    .max(5, { error: 'link to 5 pages at most' })
    .default([])
    .meta({ label: 'Find out more', hint: 'Pages that say more about this term.' }),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossaryLink = z.infer<typeof glossaryLinkSchema>;
