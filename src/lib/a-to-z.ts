/**
 * The A to Z of services, a page per letter. At the demo area's size the whole
 * A to Z fits on one page, but a county with 10,000 services would send
 * about 3 MB for it, so each letter has its own page (`/services/letter/b/`,
 * under the services' own addresses so no service's address can clash with
 * a letter), and a long letter comes in pages of `entriesPerLetterPage`.
 */

/** Entries on one page of a letter: an index line is about 200 bytes of HTML, so 150 is about 30 kB (5 kB compressed) and 450 elements. */
export const entriesPerLetterPage = 150;

export interface AzLetter {
  /** In the address: `a` to `z`, or `0-9` for names that start with a number or a symbol. */
  key: string;
  /** What the link says: `A` to `Z`, or `0 to 9`. */
  label: string;
}

const alphabet: AzLetter[] = [...'abcdefghijklmnopqrstuvwxyz'].map((key) => ({ key, label: key.toUpperCase() }));
const other: AzLetter = { key: '0-9', label: '0 to 9' };

/** Every letter the A to Z shows, A first and numbers last, whether or not any service starts with it. */
export const azLetters: readonly AzLetter[] = [...alphabet, other];

/** The letter a name is listed under: its first letter or number, ignoring quotes and accents ("‘Élan’ club" is under E). */
export function letterOf(name: string): AzLetter {
  const first = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]/)?.[0];
  return alphabet.find((l) => l.key === first) ?? other;
}

/** Address of a letter's first page. */
export function letterHref(letter: AzLetter): string {
  return `/services/letter/${letter.key}/`;
}

/** Names A to Z, as a reader expects (case and accents do not change the order). */
export function byName<S extends { name: string }>(a: S, b: S): number {
  return a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' });
}

/** Services grouped by letter, each group A to Z, letters in A to Z order (only letters that have services). */
export function groupByLetter<S extends { name: string }>(services: S[]): { letter: AzLetter; services: S[] }[] {
  const groups = new Map<string, S[]>();
  for (const service of services) {
    const key = letterOf(service.name).key;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(service);
  }
  return azLetters.filter((l) => groups.has(l.key)).map((letter) => ({ letter, services: groups.get(letter.key)!.sort(byName) }));
}
