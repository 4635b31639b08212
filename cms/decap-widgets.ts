/**
 * The widgets the editor registers: Decap's (cms/decap-app.ts registers only
 * these) and ours (cms/admin.ts). A widget the generated config uses that is
 * not here would leave its field blank in the editor, so
 * tests/unit/cms-config.test.ts fails on one.
 */
export const decapWidgets = ['string', 'number', 'text', 'image', 'file', 'select', 'markdown', 'list', 'object', 'relation', 'boolean', 'uuid'] as const;
export const ourWidgets = ['uk-date', 'review-date'] as const;
