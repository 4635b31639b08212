/**
 * A simple guard against publishing personal details in "you said, we did"
 * entries: anything that looks like an email address or a phone number.
 * It cannot catch every identifying detail (names, a rare diagnosis in a small
 * school), so editors still anonymise by hand; it catches the common slip of
 * pasting a parent's message with their signature.
 */
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;
// UK numbers written with spaces, dashes, dots or brackets, starting 0 or +44: 01632 960123, (01632) 960-123, +44 7700 900123.
const phonePattern = /(?:\+\s?44\s?\(?0?\)?|\(?0)\d[\d\s().-]{7,}\d/;

export type PersonalDetail = 'email address' | 'phone number';

/** What kinds of personal detail a piece of text seems to contain (empty when none). */
export function findPersonalDetails(text: string): PersonalDetail[] {
  const found: PersonalDetail[] = [];
  if (emailPattern.test(text)) found.push('email address');
  const phone = text.match(phonePattern);
  if (phone && phone[0].replace(/\D/g, '').length >= 10) found.push('phone number');
  return found;
}
