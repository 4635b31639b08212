/**
 * Names shared by the generated config and the browser code that registers
 * them: our readers and writers (cms/formats.ts), which keep each file's
 * existing style so that diffs stay small.
 */
export const fileFormats = { md: 'local-offer-frontmatter', yaml: 'local-offer-yaml', json: 'json' } as const;
