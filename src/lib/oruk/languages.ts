/**
 * ISO 639 codes for the language names navigators write, so other systems can
 * match languages without reading English names. A name not listed here is
 * published without a code rather than with a guessed one.
 */
const codes: Record<string, string> = {
  english: 'en',
  'british sign language': 'bfi',
  bsl: 'bfi',
  polish: 'pl',
  punjabi: 'pa',
  romanian: 'ro',
  urdu: 'ur',
  arabic: 'ar',
  bengali: 'bn',
  gujarati: 'gu',
  somali: 'so',
  portuguese: 'pt',
  lithuanian: 'lt',
  ukrainian: 'uk',
  welsh: 'cy',
  french: 'fr',
  spanish: 'es',
  'chinese (mandarin)': 'cmn',
  mandarin: 'cmn',
  cantonese: 'yue',
  pashto: 'ps',
  farsi: 'fa',
  kurdish: 'ku',
  tigrinya: 'ti',
  turkish: 'tr',
};

export function languageCode(name: string): string | undefined {
  return codes[name.trim().toLowerCase()];
}

/** The name we write for a code, for records that give a code but no name. */
export function languageName(code: string): string | undefined {
  const wanted = code.trim().toLowerCase();
  const preferred: Record<string, string> = { bfi: 'British Sign Language', cmn: 'Chinese (Mandarin)' };
  if (preferred[wanted]) return preferred[wanted];
  const name = Object.keys(codes).find((n) => codes[n] === wanted);
  return name && name.replace(/\b\w/g, (c) => c.toUpperCase());
}
