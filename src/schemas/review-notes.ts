import { z } from 'astro/zod';
import { plainText } from './shared.ts';
import { requireInEditor } from './editor-required.ts';

/**
 * Notes that `npm run import` leaves for a navigator: a field it could not
 * fill, or a value it had to guess at (see README, "Importing Open Referral
 * data"). A required field may be left empty only while a note names it, so an
 * imported record builds but cannot slip onto the site half-finished.
 */
export function reviewNotesSchema<const F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .array(
      z.strictObject({
        /** The field to fill in or check. */
        field: z.enum(fields, { error: `must be one of the field names: ${fields.join(', ')}` }).meta({ hint: 'The field to fill in or check.' }),
        /** What the import found and what the navigator needs to do, in plain words. */
        note: plainText('Note', 5, 1000).meta({ hint: 'What the import found and what the navigator needs to do, in plain words.' }),
      }),
    )
    .default([]);
}

export type ReviewNote<F extends string = string> = { field: F; note: string };

/**
 * The fields a review note can name, in file order, read from the content
 * type's shape, so a field added to the schema can be named at once and a
 * list kept by hand cannot drift from it. `except` leaves out fields an
 * import never fills; `body` puts the Markdown body's name in after the field it follows in the file.
 */
export function fieldNames<S extends Record<string, unknown>, X extends keyof S & string = never, B extends string = never>(
  shape: S,
  options: { except?: readonly X[]; body?: { name: B; after: Exclude<keyof S & string, X> } } = {},
): readonly [Exclude<keyof S & string, X> | B, ...(Exclude<keyof S & string, X> | B)[]] {
  const names: string[] = Object.keys(shape).filter((name) => !(options.except as readonly string[] | undefined)?.includes(name));
  if (options.body) names.splice(names.indexOf(options.body.after) + 1, 0, options.body.name);
  return names as unknown as readonly [Exclude<keyof S & string, X> | B, ...(Exclude<keyof S & string, X> | B)[]];
}

/**
 * Reports each required field that is empty and has no review note. Zod only
 * runs this once the fields it can check have passed, so a navigator fixing a
 * file sees these messages last.
 */
export function requireUnlessNoted<T extends { reviewNotes: ReviewNote[] }>(
  record: T,
  ctx: z.RefinementCtx,
  required: Partial<Record<keyof T & string, string>>,
): void {
  for (const [field, message] of Object.entries(required) as [keyof T & string, string][]) {
    const value = record[field];
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty && !record.reviewNotes.some((n) => n.field === field)) ctx.addIssue({ code: 'custom', path: [field], message });
  }
}

/**
 * Adds the rule above to an object schema, and registers the same fields as
 * required in the CMS editor: a review note is how an import says "not yet",
 * and only an import writes one. One list serves both, so they cannot differ.
 */
export function withRequiredUnlessNoted<S extends z.ZodObject>(schema: S, required: Partial<Record<keyof z.output<S> & string, string>>): S {
  const checked = schema.superRefine((record, ctx) => requireUnlessNoted(record as { reviewNotes: ReviewNote[] }, ctx, required));
  return requireInEditor(checked, Object.keys(required));
}
