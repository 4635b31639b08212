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
const hiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/;
// "<" followed by a letter, "/", "!" or "?" starts a tag; "<5 years" or "<3" do not.
const markup = /<\s*[a-zA-Z/!?]/;

/** Normalises line endings and Unicode (NFC), trims, then checks length (in characters, not bytes) and content. */
export function cleanFreeText(value: string, maxLength: number): FreeTextResult {
  const text = value.replace(/\r\n?/g, '\n').normalize('NFC').trim();
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
