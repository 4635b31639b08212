/** decap-cms-locales ships no types; we only read its English phrases. */
declare module 'decap-cms-locales' {
  export const en: Record<string, unknown>;
}
