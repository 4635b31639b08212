/**
 * Rules for anything a person types into a box. Text is stored as typed
 * (after Unicode normalisation) and always escaped when shown, but markup is
 * refused outright: nobody needs HTML tags to describe their child's support,
 * and refusing it means no stored answer can ever become a script in a
 * browser, a spreadsheet or a future tool that forgets to escape.
 */
export type FreeTextProblem = 'too-long' | 'markup' | 'hidden-characters';
export type FreeTextResult = { ok: true; text: string } | { ok: false; problem: FreeTextProblem };

// Control characters other than tab and new line, and the Unicode non-characters.
const hiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
/**
 * Invisible formatting characters (Unicode category Cf) that nobody needs in
 * an answer and that can disguise one: direction marks, embeddings, overrides
 * and isolates (U+202E turns text round), zero-width spaces, word joiners,
 * soft hyphens, byte order marks. They are taken out, so pasted text still
 * goes through. Zero-width joiner and non-joiner (U+200D, U+200C) stay: emoji
 * such as 👨‍👩‍👧 and several Indic and Persian spellings need them.
 */
const formattingCharacters = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
// "<" followed by a letter, "/", "!" or "?" starts a tag; "<5 years" or "<3" do not.
const markup = /<\s*[a-zA-Z/!?]/;

/** Takes out invisible formatting, normalises line endings and Unicode (NFC), trims, then checks length (in characters, not bytes) and content. */
export function cleanFreeText(value: string, maxLength: number): FreeTextResult {
  const text = value.replace(formattingCharacters, '').replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (hiddenCharacters.test(text)) return { ok: false, problem: 'hidden-characters' };
  if (markup.test(text)) return { ok: false, problem: 'markup' };
  if (characterCount(text) > maxLength) return { ok: false, problem: 'too-long' };
  return { ok: true, text };
}

/** Characters as a person counts them (code points), so an emoji or a Welsh ŵ counts once. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
