import { z } from 'astro/zod';
import { plainText } from './shared';
import { normalise } from '../lib/search/text';

const searchPhrase = (what: string) =>
  plainText(what, 2, 80).refine((s) => /[a-z0-9]/i.test(s), { error: `${what} must contain at least one letter or number` });

/** One group: the words parents use, and the term services use for the same thing. */
export const synonymGroupSchema = z.strictObject({
  /** The term used on this site (in service names and descriptions); search looks for it and shows "Showing results for …" with it. */
  canonical: searchPhrase('Canonical term').meta({
    label: 'Words used on this site',
    hint: 'The words this site uses for it, as in service names and descriptions. Search looks for these and says "Showing results for …".',
  }),
  /** Words, phrases, acronyms and old names parents type that mean the canonical term, e.g. "won't go to school". */
  words: z.array(searchPhrase('Word or phrase')).min(1, { error: 'add at least one word or phrase parents use' }).meta({
    label: 'Words parents use',
    hint: 'Words, phrases, abbreviations and old names parents type that mean the same thing, e.g. "won\'t go to school". Each one only once.',
  }),
});

/** content/search/synonyms.yaml: the lay-language map, edited by navigators. */
export const synonymListSchema = z
  .strictObject({
    /** The groups, in any order. A phrase may appear in only one group. */
    groups: z
      .array(synonymGroupSchema)
      .min(1, { error: 'add at least one group of words' })
      .meta({ label: 'Groups of words', hint: 'The groups, in any order. A phrase may appear in only one group.' }),
  })
  .superRefine((list, ctx) => {
    // A phrase in two groups would make search pick one meaning at random; twice in one group,
    // it is a slip that makes the list longer to check.
    const seen = new Map<string, { group: number; canonical: string }>();
    list.groups.forEach((group, g) =>
      group.words.forEach((word, w) => {
        // The same words to search are the same words here ("children's centre" = "childrens centre").
        const key = normalise(word);
        const other = seen.get(key);
        if (other?.group === g) ctx.addIssue({ code: 'custom', path: ['groups', g, 'words', w], message: `"${word}" is in this group twice: keep it once` });
        else if (other && other.canonical !== group.canonical)
          ctx.addIssue({
            code: 'custom',
            path: ['groups', g, 'words', w],
            message: `"${word}" is already in the group for "${other.canonical}": keep it in one group only`,
          });
        if (!other) seen.set(key, { group: g, canonical: group.canonical });
      }),
    );
  });

export type SynonymGroup = z.infer<typeof synonymGroupSchema>;
export type SynonymList = z.infer<typeof synonymListSchema>;
