import { z } from 'astro/zod';

/**
 * Fields a person editing in the CMS must fill in although the schema lets
 * them be empty. An import may leave a field for a navigator while a review
 * note names it (see review-notes.ts), but an entry written by hand has no
 * such note, so the editor still asks for it. The CMS config generator
 * (cms/zod-fields.ts) marks these `required: true`, and its drift check
 * (cms/config-drift.ts) fails if the config does not, or if a name here is not
 * a field of the schema (a rename).
 *
 * A registry of its own rather than `.meta()`, so the names stay out of the
 * JSON schemas Astro writes for content files.
 */
const editorRequired = z.registry<{ fields: readonly string[] }>();

/** Registers `fields` (top-level names) as required in the editor for `schema`, and returns the schema. */
export function requireInEditor<S extends z.ZodType>(schema: S, fields: readonly string[]): S {
  editorRequired.add(schema, { fields });
  return schema;
}

/**
 * The field names the editor requires of an entry of `schema` beyond what
 * the schema requires. Schemas made from a registered one by `.refine()` keep
 * its names (zod looks them up through the schema it was made from).
 */
export function requiredInEditor(schema: unknown): readonly string[] {
  return editorRequired.get(schema as z.ZodType)?.fields ?? [];
}
