import { describe, expect, it } from 'vitest';
import { azLetters, groupByLetter, letterHref, letterOf } from '../../src/lib/a-to-z';

describe('the A to Z, a page per letter', () => {
  it('lists a name under its first letter, ignoring quotes, accents and case', () => {
    expect(letterOf('Chatterbox speech drop-in').key).toBe('c');
    expect(letterOf('‘Élan’ youth club').key).toBe('e');
    expect(letterOf('autism parent group').label).toBe('A');
  });

  it('puts names that start with a number or symbol together, after Z', () => {
    expect(letterOf('1-to-1 tutoring').key).toBe('0-9');
    expect(letterOf('4Families').key).toBe('0-9');
    expect(azLetters.at(-1)!.key).toBe('0-9');
    expect(azLetters).toHaveLength(27);
  });

  it('gives each letter an address under /services/ that no service address can take', () => {
    expect(letterHref(letterOf('Bramley'))).toBe('/services/letter/b/');
    expect(letterHref(letterOf('24 hour line'))).toBe('/services/letter/0-9/');
  });

  it('groups services by letter, letters A to Z and names A to Z within each, whatever the case', () => {
    const groups = groupByLetter([{ name: 'zebra club' }, { name: 'Beacon' }, { name: 'apple' }, { name: '3 towns' }, { name: 'Avon' }, { name: 'about us' }]);
    expect(groups.map((g) => g.letter.key)).toEqual(['a', 'b', 'z', '0-9']);
    expect(groups[0].services.map((s) => s.name)).toEqual(['about us', 'apple', 'Avon']);
  });
});
