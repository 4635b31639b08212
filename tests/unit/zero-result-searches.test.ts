import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FormsDatabase } from '../../src/server/database';
import { countZeroResultSearch, forgetZeroResultClients, frequentZeroResultSearches } from '../../src/server/zero-results';
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

const opened: FormsDatabase[] = [];
function openTemp(): FormsDatabase {
  const database = new FormsDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'zero-results-')), 'forms.sqlite'));
  opened.push(database);
  return database;
}
afterEach(async () => {
  forgetZeroResultClients();
  for (const d of opened.splice(0)) {
    await d.close();
    fs.rmSync(path.dirname(d.file), { recursive: true, force: true });
  }
});

describe('counting searches that found nothing', () => {
  const day = (d: string) => new Date(`${d}T12:00:00Z`);

  it('shows a search once 3 different clients made it within 7 days, and never who they were', async () => {
    const db = openTemp();
    await countZeroResultSearch(db, 'langwidge', 'client a', day('2026-12-01'));
    await countZeroResultSearch(db, 'langwidge', 'client b', day('2026-12-01'));
    expect(frequentZeroResultSearches(db, day('2026-12-01'))).toEqual([]);
    await countZeroResultSearch(db, 'langwidge', 'client c', day('2026-12-02'));
    expect(frequentZeroResultSearches(db, day('2026-12-02'))).toEqual([{ words: 'langwidge', clients: 3, lastDay: '2026-12-02' }]);
    // Nothing about the clients is in the table: only words, day, count and expiry.
    const rows = db.db.prepare('SELECT * FROM zero_result_search').all();
    expect(JSON.stringify(rows)).not.toMatch(/client [abc]/);
    expect(Object.keys(rows[0] as object).sort()).toEqual(['clients', 'day', 'delete_after', 'words']);
    // Seven days later the first day's searches no longer count.
    expect(frequentZeroResultSearches(db, day('2026-12-08'))).toEqual([]);
  });

  it('counts the same client once a day, however often it searches', async () => {
    const db = openTemp();
    for (let i = 0; i < 5; i++) await countZeroResultSearch(db, 'flobbergust', 'one client', day('2026-12-01'));
    await countZeroResultSearch(db, 'flobbergust', 'other client', day('2026-12-01'));
    expect(db.db.prepare('SELECT clients FROM zero_result_search').get()).toEqual({ clients: 2 });
  });

  it('deletes searches 90 days after the day they were made', async () => {
    const db = openTemp();
    await countZeroResultSearch(db, 'langwidge', 'a', day('2026-09-01'));
    await countZeroResultSearch(db, 'langwidge', 'b', day('2026-11-29'));
    expect(await db.deleteExpired(day('2026-11-30'))).toBe(1);
    expect(db.db.prepare('SELECT day FROM zero_result_search').all()).toEqual([{ day: '2026-11-29' }]);
  });
});
