import { describe, expect, it } from 'vitest';
import { zeroResultWords } from '../../src/lib/search/zero-result-words';

const known = new Set(['speech', 'therapy', 'help', 'with', 'for', 'my', 'son', 'autism', 'school', 'langwidge']);
const words = (typed: string) => zeroResultWords(typed, (w) => known.has(w));

describe('what is kept of a search that found nothing', () => {
  it('is the normalised words', () => {
    expect(words("Langwidge help for my son's school")).toBe('langwidge help for my sons school');
  });

  it('drops e-mail addresses, web addresses, phone numbers, postcodes and long numbers', () => {
    expect(words('speech jane.smith@example.org')).toBe('speech');
    expect(words('autism www.example.org/page')).toBe('autism');
    expect(words('speech therapy 01632 960123')).toBe('speech therapy');
    expect(words('speech therapy +44 (0)1632 960 123')).toBe('speech therapy');
    expect(words('autism NB1 4QT')).toBe('autism');
    expect(words('autism nb14qt')).toBe('autism');
    expect(words('school NB1')).toBe('school');
    expect(words('nhs number 4857773456')).toBe('nhs number');
  });

  it('drops words that look like a name', () => {
    expect(words('speech therapy for Jayden')).toBe('speech therapy for');
    expect(words('Jayden Okafor speech')).toBe('speech');
    expect(words('help with Jayden Okafor')).toBe('help with');
  });

  it('keeps a capitalised first word (phones capitalise it) and numbers that say an age', () => {
    expect(words('Langwidge help')).toBe('langwidge help');
    expect(words('Flobbergust for my 4 year old')).toBe('flobbergust for my 4 year old');
  });

  it('keeps nothing when nothing is left', () => {
    expect(words('01632 960123')).toBeUndefined();
    expect(words('jane@example.org')).toBeUndefined();
    expect(words('123')).toBeUndefined();
  });
});

// How the words are counted, on both stores, is in forms-store.test.ts.
