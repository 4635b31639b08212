import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { runGiasImport } from '../../scripts/import/gias-import';
import { decodeGiasFile, headerRow, isGiasHeader } from '../../src/lib/gias/read-csv';
import { giasPhone, giasWebsite } from '../../src/lib/gias/from-gias';
import { settingSchema } from '../../src/schemas/education-setting';
import { readMarkdownFolder } from './read-content';

// The council's data team imports the file they already download from GIAS.
// These tests use the shared sample (the real file's shape) and edge cases
// written here: each problem must name the URN and the column, and a bad
// file must write nothing.
const sample = '/work/shared/gias/gias-northbridge-sample.csv';
const sampleText = iconv.decode(fs.readFileSync(sample), 'windows-1252');
const [header, ...sampleRows] = parse(sampleText) as string[][];
const column = (name: string) => header.indexOf(name);

const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function emptyArea(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gias-'));
  temporary.push(dir);
  return dir;
}
/** A GIAS-shaped file, Windows-1252 like the real download, from rows changed by `edit`. */
function giasFile(dir: string, rows: string[][]): string {
  const file = path.join(dir, 'edubasealldata.csv');
  fs.writeFileSync(file, iconv.encode(stringify([header, ...rows]), 'windows-1252'));
  return file;
}
const row = (urn: string, changes: Record<string, string> = {}) => {
  const copy = [...sampleRows.find((r) => r[0] === urn)!];
  for (const [name, value] of Object.entries(changes)) copy[column(name)] = value;
  return copy;
};
const quiet = { log: () => {} };
const filesIn = (dir: string) =>
  Object.fromEntries(fs.readdirSync(path.join(dir, 'schools')).map((f) => [f, fs.readFileSync(path.join(dir, 'schools', f), 'utf8')]));

describe('importing the GIAS sample extract', () => {
  it('recognises a GIAS extract by its header row, and other CSV as not one', () => {
    expect(isGiasHeader(headerRow(decodeGiasFile(fs.readFileSync(sample))))).toBe(true);
    expect(isGiasHeader(headerRow('name,summary,phone\nA,B,C\n'))).toBe(false);
  });

  it('creates a setting for each open establishment and skips the closed one, saying so', () => {
    const dir = emptyArea();
    const lines: string[] = [];
    const summary = runGiasImport({ file: sample, contentRoot: dir, laCode: '999', log: (l) => lines.push(l) });
    expect(summary.rejected).toEqual([]);
    expect(summary.created).toHaveLength(7);
    expect(summary.skipped).toEqual([{ urn: '990007', name: 'Beacon Infant School', reason: 'it is closed (closed on 31 August 2025)' }]);
    expect(lines.join('\n')).toContain('Skipped URN 990007 (Beacon Infant School): it is closed (closed on 31 August 2025).');
    for (const f of readMarkdownFolder(path.join(dir, 'schools'))) expect(settingSchema.safeParse(f.data).success, f.file).toBe(true);
  });

  it('reads what the real file does: Windows-1252, web addresses without a scheme, phone numbers without spaces, SEN types, bases and places', () => {
    const dir = emptyArea();
    runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    const bySlug = Object.fromEntries(readMarkdownFolder(path.join(dir, 'schools')).map((f) => [f.slug, settingSchema.parse(f.data)]));
    const olsj = bySlug['our-lady-and-st-josephs-catholic-primary'];
    expect(olsj.name).toBe('Our Lady and St Joseph’s Catholic Primary');
    expect(olsj.contact).toEqual({ phone: '01632 960602', website: 'https://www.olsj.example' });
    expect(olsj.inclusionBase).toEqual({ type: 'resourced-provision', needs: ['hearing'], places: 8 });
    expect(bySlug['northbridge-academy'].inclusionBase).toEqual({ type: 'sen-unit', needs: ['social-emotional-mental-health'], places: 16 });
    const elmtree = bySlug['elmtree-school'];
    expect([elmtree.kind, elmtree.placeRoute, elmtree.places]).toEqual(['special-school', 'ehc-plan', 120]);
    expect(elmtree.designatedNeeds).toEqual(['autism', 'speech-language-communication', 'moderate-learning-difficulty']);
    expect(bySlug['northbridge-college'].ageRange).toEqual({ min: 16, max: 25 });
    expect(bySlug['northbridge-learning-centre'].kind).toBe('alternative-provision');
  });

  it("marks an establishment whose LA code is not the area's as outside the area, with its area's name", () => {
    const dir = emptyArea();
    runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    const outside = readMarkdownFolder(path.join(dir, 'schools')).filter((f) => f.data.outsideArea);
    expect(outside.map((f) => [f.slug, f.data.outsideArea, f.data.kind])).toEqual([
      ['cafe-lane-independent-specialist-college', 'Eastvale', 'independent-specialist'],
    ]);
  });

  it("never copies head teachers' names or titles", () => {
    const dir = emptyArea();
    runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    const written = Object.values(filesIn(dir)).join('\n');
    for (const r of sampleRows) {
      for (const name of ['HeadFirstName', 'HeadLastName']) expect(written).not.toMatch(new RegExp(`\\b${r[column(name)]}\\b`));
    }
    expect(written).not.toMatch(/\b(Mrs|Mr|Ms|Dr) /);
  });

  it('puts imported settings in the review queue with notes for what GIAS does not hold', () => {
    const dir = emptyArea();
    const summary = runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    expect(summary.withNotes).toHaveLength(7);
    const kingfisher = readMarkdownFolder(path.join(dir, 'schools')).find((f) => f.slug === 'kingfisher-primary-school')!;
    expect((kingfisher.data.reviewNotes as { field: string }[]).map((n) => n.field)).toEqual([
      'summary',
      'senco',
      'senInformationReport',
      'answers',
      'lastReviewed',
      'reviewOwner',
    ]);
  });

  it('changes nothing when the same file is imported again', () => {
    const dir = emptyArea();
    runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    const before = filesIn(dir);
    const again = runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    expect([again.created.length, again.updated.length, again.unchanged.length]).toEqual([0, 0, 7]);
    expect(filesIn(dir)).toEqual(before);
  });

  it('changes nothing in the Northbridge demo content, whose settings already match the sample, and keeps what navigators wrote', () => {
    const dir = emptyArea();
    fs.cpSync('content/schools', path.join(dir, 'schools'), { recursive: true });
    const before = filesIn(dir);
    const summary = runGiasImport({ file: sample, contentRoot: dir, laCode: '999', ...quiet });
    expect([summary.created.length, summary.updated.length, summary.unchanged.length]).toEqual([0, 0, 7]);
    expect(filesIn(dir)).toEqual(before);
  });
});

describe('GIAS edge cases', () => {
  it('updates GIAS fields of a setting a navigator has filled in, keeping the SENCo, answers and links', () => {
    const dir = emptyArea();
    fs.cpSync('content/schools', path.join(dir, 'schools'), { recursive: true });
    const file = giasFile(dir, [
      row('990001', { TelephoneNum: '01632960699', EstablishmentName: 'Kingfisher Primary Academy', 'TypeOfEstablishment (name)': 'Academy converter' }),
    ]);
    const summary = runGiasImport({ file, contentRoot: dir, laCode: '999', ...quiet });
    expect(summary.updated).toEqual([path.join(dir, 'schools', 'kingfisher-primary-school.md')]);
    const after = settingSchema.parse(readMarkdownFolder(path.join(dir, 'schools')).find((f) => f.slug === 'kingfisher-primary-school')!.data);
    expect([after.name, after.establishmentType, after.contact.phone]).toEqual(['Kingfisher Primary Academy', 'Academy converter', '01632 960699']);
    expect(after.contact.email).toBe('office.kingfisherprimary@example.org');
    expect(after.senco?.role).toBe('SENCo');
    expect(after.answers?.teaching).toMatch(/We teach in a way that helps every child/);
    expect(after.reviewNotes).toEqual([]);
  });

  it('names the URN and the column of every value it cannot read, and writes nothing', () => {
    const dir = emptyArea();
    const file = giasFile(dir, [
      row('990001'),
      row('990002', { StatutoryHighAge: 'eleven' }),
      row('990003', { 'SEN2 (name)': 'XYZ - Not a provision type' }),
      row('990004', { OpenDate: '2011-09-01' }),
      row('990005', { Postcode: 'not a postcode' }),
      row('990008', { 'TypeOfEstablishment (name)': 'Space academy' }),
    ]);
    const lines: string[] = [];
    const summary = runGiasImport({ file, contentRoot: dir, laCode: '999', log: (l) => lines.push(l) });
    expect(summary.rejected.map((r) => [r.urn, r.column])).toEqual([
      ['990002', 'StatutoryHighAge'],
      ['990003', 'SEN2 (name)'],
      ['990004', 'OpenDate'],
      ['990005', 'Postcode'],
      ['990008', 'TypeOfEstablishment (name)'],
    ]);
    expect(lines).toContain('  URN 990002, column StatutoryHighAge: "eleven" is not a whole number');
    expect(lines).toContain('  URN 990004, column OpenDate: "2011-09-01" is not a date written as DD/MM/YYYY');
    expect(fs.existsSync(path.join(dir, 'schools'))).toBe(false);
  });

  it('refuses a file with the same URN twice, naming both lines', () => {
    const dir = emptyArea();
    const summary = runGiasImport({ file: giasFile(dir, [row('990001'), row('990001')]), contentRoot: dir, laCode: '999', ...quiet });
    expect(summary.rejected).toEqual([{ urn: '990001', line: 3, column: 'URN', message: 'the same URN is on line 2 too' }]);
  });

  it('skips establishments not yet open, and types the Local Offer does not list, with a reason', () => {
    const dir = emptyArea();
    const file = giasFile(dir, [
      row('990001', { 'EstablishmentStatus (name)': 'Proposed to open', OpenDate: '01/09/2027' }),
      row('990002', { 'TypeOfEstablishment (name)': 'Higher education institutions' }),
    ]);
    const summary = runGiasImport({ file, contentRoot: dir, laCode: '999', ...quiet });
    expect(summary.skipped.map((s) => s.reason)).toEqual([
      'it is not open yet (opens on 1 September 2027)',
      'it is a higher education institutions, not a setting the Local Offer lists',
    ]);
  });

  it("treats every establishment as outside the area for another council's LA code", () => {
    const dir = emptyArea();
    const summary = runGiasImport({ file: giasFile(dir, [row('990001'), row('990006')]), contentRoot: dir, laCode: '998', ...quiet });
    expect(summary.outsideArea).toEqual(['Kingfisher Primary School (Northbridge)']);
  });

  it('reads a file saved again as UTF-8 with a byte-order mark', () => {
    const dir = emptyArea();
    const file = path.join(dir, 'resaved.csv');
    fs.writeFileSync(file, `\uFEFF${stringify([header, row('990002')])}`);
    const summary = runGiasImport({ file, contentRoot: dir, laCode: '999', ...quiet });
    expect(summary.created).toHaveLength(1);
    expect(readMarkdownFolder(path.join(dir, 'schools'))[0].data.name).toBe('Our Lady and St Joseph’s Catholic Primary');
  });

  it('tidies phone numbers and web addresses, and leaves out ones that are not', () => {
    expect(giasPhone('01632960601')).toBe('01632 960601');
    expect(giasPhone('02079460000')).toBe('020 7946 0000');
    expect(giasPhone('n/a')).toBeUndefined();
    expect(giasWebsite('www.olsj.example')).toBe('https://www.olsj.example');
    expect(giasWebsite('http://elmtree.example')).toBe('http://elmtree.example');
    expect(giasWebsite('none')).toBeUndefined();
  });
});

describe('npm run import with a CSV', () => {
  it('imports a GIAS file by its header, and explains when a CSV is not one', () => {
    const dir = emptyArea();
    fs.mkdirSync(path.join(dir, 'settings'));
    fs.writeFileSync(path.join(dir, 'settings', 'site.yaml'), 'localAuthorityCode: "999"\n');
    const run = (file: string) => {
      try {
        return {
          code: 0,
          out: execFileSync(process.execPath, ['--experimental-strip-types', 'scripts/import.ts', file, '--content', dir], { encoding: 'utf8', stdio: 'pipe' }),
        };
      } catch (error) {
        const e = error as { status: number; stdout: string; stderr: string };
        return { code: e.status, out: e.stdout + e.stderr };
      }
    };
    const ok = run(sample);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('GIAS import finished: 7 created, 0 updated, 0 unchanged, 1 skipped.');
    const other = path.join(dir, 'other.csv');
    fs.writeFileSync(other, 'name,phone\nA school,01632 960000\n');
    const refused = run(other);
    // Not a GIAS extract, so it is read as the services spreadsheet, which it is not either: the message names both.
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/has no organisation column: every row of the services spreadsheet needs .* Get Information about Schools \(GIAS\)/);
  }, 30_000);
});
