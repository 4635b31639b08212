import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownWithFrontmatter, yamlFile, sourceKey } from '../../cms/formats';
import { checkEntry, inSchemaOrder, withoutBlanks } from '../../cms/entry-checks';
import { collections } from '../../cms/collections';

// How the CMS reads, checks and writes content files.

const services = collections.find((c) => c.name === 'services')!;
/** A demo event that happens online only, with no venue. */
const onlineEvent = fs
  .readdirSync('content/events')
  .map((f) => path.join('content/events', f))
  .find((f) => !/^venue:/m.test(fs.readFileSync(f, 'utf8')))!;
const read = (file: string) => fs.readFileSync(file, 'utf8');
const contentFiles = (folder: string, ext: string) =>
  fs
    .readdirSync(path.join('content', folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => path.join('content', folder, f));

describe('saving from the CMS', () => {
  it('writes every existing content file back exactly as it was when nothing changed', () => {
    const unchanged = (file: string) => {
      const format = file.endsWith('.md') ? markdownWithFrontmatter : yamlFile;
      return format.toFile(format.fromFile(read(file))) === read(file);
    };
    // Every content type registered with the CMS, so new ones are covered as they are added.
    const files = collections.flatMap((c) => (c.kind === 'file' ? [c.file] : contentFiles(c.folder.replace(/^content\//, ''), `.${c.extension ?? 'md'}`)));
    expect(files.length).toBeGreaterThan(90);
    expect(files.filter((f) => !unchanged(f))).toEqual([]);
    // Reads and rewrites every content file: seconds on a busy 2-core machine, more as content grows.
  }, 60_000);

  it('changes one line when one value changes, keeping quotes, short lists and long lines as they were', () => {
    const file = 'content/services/chatterbox-speech-and-language-drop-in.md';
    const data = markdownWithFrontmatter.fromFile(read(file)) as { contact: { phone: string } };
    data.contact.phone = '01632 960299';
    const before = read(file).split('\n');
    const after = markdownWithFrontmatter.toFile(data).split('\n');
    expect(after.filter((line, i) => line !== before[i])).toEqual(['  phone: 01632 960299']);
    expect(after).toContain('  - days: [tuesday]');
    expect(after).toContain('    opens: "09:30"');
  });

  it('adds and removes list items and fields without disturbing the rest', () => {
    const file = 'content/services/chatterbox-speech-and-language-drop-in.md';
    const data = markdownWithFrontmatter.fromFile(read(file)) as Record<string, any>;
    data.schedule[0].days.push('friday');
    data.keywords = data.keywords.filter((k: string) => k !== 'speach');
    data.contact.textPhone = '01632 960298';
    const after = markdownWithFrontmatter.toFile(data);
    expect(after).toContain('  - days: [tuesday, friday]');
    expect(after).not.toContain('speach');
    expect(after).toContain('  textPhone: 01632 960298');
    expect(after.split('\n').length).toBe(read(file).split('\n').length); // one line in, one line out
  });

  it('writes a new file with one value per line, never folding long sentences', () => {
    const text = markdownWithFrontmatter.toFile({
      name: 'New service',
      summary: 'A sentence long enough that a YAML writer set to eighty columns would fold it onto a second line.',
      days: ['monday'],
      body: 'Some words.',
    });
    expect(text).toBe(
      '---\nname: New service\nsummary: A sentence long enough that a YAML writer set to eighty columns would fold it onto a second line.\ndays:\n  - monday\n---\nSome words.\n',
    );
    expect(text).not.toContain(sourceKey);
  });
});

describe('checks before saving', () => {
  const valid = markdownWithFrontmatter.fromFile(read('content/services/family-hubs.md'));

  it('accept a demo service as it is', () => {
    expect(checkEntry(services, valid)).toEqual([]);
  });

  it('drop fields a navigator emptied instead of saving them as ""', () => {
    expect(withoutBlanks({ contact: { phone: '01632 960100', email: '' }, keywords: ['ok', ''], note: null })).toEqual({
      contact: { phone: '01632 960100' },
      keywords: ['ok'],
    });
  });

  it('name the field in the form’s own words and say what is wrong', () => {
    const data = structuredClone(valid) as Record<string, any>;
    data.locations[0].address.postcode = 'nb1 4aa';
    data.contact = { phone: '', email: '', website: '' };
    delete data.tier;
    const problems = checkEntry(services, data).map((p) => `${p.where}: ${p.message}`);
    expect(problems).toContain('Venues 1, Address, Postcode: must be a postcode in capitals with a space, such as AB1 2CD');
    expect(problems).toContain('Contact: give at least one of phone, email or website');
    // A choice left empty says what to do in the form, not the codes the file holds.
    expect(problems).toContain('Tier (graduated approach): choose one from the list');
  });

  it('say "fill this in" for a missing date and time, and keep the file-editor message for a wrong code (issue 19, item 5)', () => {
    const events = collections.find((c) => c.name === 'events')!;
    const online = markdownWithFrontmatter.fromFile(read(onlineEvent)) as Record<string, unknown>;
    const { start: _start, ...noStart } = online;
    expect(checkEntry(events, noStart).map((p) => `${p.where}: ${p.message}`)).toEqual(['Starts: fill this in']);
    const wrongKind = checkEntry(events, { ...online, kind: 'party' })
      .map((p) => p.message)
      .join(' ');
    expect(wrongKind).toMatch(/must be one of: local-offer-day/);
  });

  it('save an online event whose venue group was left empty, as Decap sends it (issue 19)', () => {
    const events = collections.find((c) => c.name === 'events')!;
    const online = markdownWithFrontmatter.fromFile(read(onlineEvent)) as Record<string, unknown>;
    const fromForm = { ...online, venue: { name: '', address: { street: '', town: '', county: '', postcode: '' }, accessFeatures: [], notes: '' } };
    expect(checkEntry(events, fromForm)).toEqual([]);
    expect(withoutBlanks(fromForm)).not.toHaveProperty('venue');
  });

  it('keep a group that has something in it, so its missing parts are still asked for', () => {
    const events = collections.find((c) => c.name === 'events')!;
    const online = markdownWithFrontmatter.fromFile(read(onlineEvent)) as Record<string, unknown>;
    const half = { ...online, venue: { name: '', address: { street: '', town: 'Northbridge', county: '', postcode: '' }, accessFeatures: [] } };
    expect(checkEntry(events, half).map((p) => p.where)).toContain('Venue, Name');
  });

  it('write a new file with its fields in schema order and no empty values, whatever order the form was filled in', () => {
    const youSaid = collections.find((c) => c.name === 'youSaidWeDid')!;
    const fromForm = {
      changed: [],
      title: 'Clearer letters about EHC timelines',
      expected: '',
      date: '2026-11-01',
      weDid: 'We rewrote the letters with the parent carer forum and added a timeline.',
      status: 'done',
      theme: 'ehc-plans',
      source: 'parent-carer-survey',
      youSaid: 'The letters about the 20-week timeline were hard to follow.',
    };
    const data = inSchemaOrder(youSaid.schema, withoutBlanks(fromForm));
    expect(checkEntry(youSaid, data)).toEqual([]);
    expect(
      yamlFile
        .toFile(data)
        .split('\n')
        .map((line) => line.split(':')[0])
        .filter(Boolean),
    ).toEqual(['date', 'theme', 'source', 'title', 'youSaid', 'weDid', 'status']);
  });

  it('keep an empty list an existing file already had, so an edit stays one line', () => {
    const source = 'title: A\nchanged: []\nstatus: done\n';
    const data = withoutBlanks({ ...yamlFile.fromFile(source), status: 'planned', changed: [] });
    expect(yamlFile.toFile(data)).toBe('title: A\nchanged: []\nstatus: planned\n');
  });

  it('refuse an image with no description', () => {
    const data = { ...valid, body: 'Text.\n\n![](/uploads/hub-front-door.jpg)\n' };
    expect(checkEntry(services, data).map((p) => p.message)).toEqual([
      'the image /uploads/hub-front-door.jpg needs a description (alt text) for people who cannot see it',
    ]);
  });
});
