import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { z } from 'astro/zod';
import { buildConfigYaml, buildDecapConfig, configPath } from '../../cms/build-config';
import { configDrift } from '../../cms/config-drift';
import { collections } from '../../cms/collections';
import { folder } from '../../cms/define-collection';
import { requiredUnlessNoted, serviceSchema } from '../../src/schemas/service';
import { requireInEditor, requiredInEditor } from '../../src/schemas/editor-required';
import { tierInfo } from '../../src/data/tiers';
import { needAreaInfo } from '../../src/data/needs';
import { decapWidgets, ourWidgets } from '../../cms/decap-widgets';
import { imageWithDescription, documentLink } from '../../cms/editor-components';

// The CMS form is generated from the zod schemas. These tests fail when the
// committed config.yml and the schemas disagree, so the editor can never write
// a field the site ignores (the "updateDate" vs "updatedDate" kind of drift).

type Field = {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  fields?: Field[];
  field?: Field;
  options?: { label: string; value: string }[];
};
type Collection = { name: string; folder?: string; files?: { file: string; fields: Field[] }[]; fields?: Field[] };

const committed = load(fs.readFileSync(configPath, 'utf8')) as { collections: Collection[]; publish_mode: string; media_folder: string };
const committedFields = (name: string): Field[] => {
  const c = committed.collections.find((x) => x.name === name);
  if (!c) throw new Error(`config.yml has no "${name}" collection`);
  return c.fields ?? c.files?.[0].fields ?? [];
};
/** A changed copy of the service schema that, like the real one, requires the SEND fields in the editor. */
const serviceSchemaWith = (shape: Record<string, z.ZodType>) => requireInEditor(z.strictObject(shape), requiredInEditor(serviceSchema));
const everyField = (fields: Field[]): Field[] => fields.flatMap((f) => [f, ...everyField(f.fields ?? []), ...(f.field ? [f.field] : [])]);

describe('the CMS config (public/admin/config.yml)', () => {
  it('is exactly what `npm run cms:config` makes from the schemas today', () => {
    expect(fs.readFileSync(configPath, 'utf8'), 'config.yml is out of date: run `npm run cms:config` and commit it').toBe(buildConfigYaml());
  });

  it("uses only widgets the editor registers (cms/decap-app.ts loads only some of Decap's)", () => {
    const used = new Set(
      committed.collections.flatMap((c) => everyField([...(c.fields ?? []), ...(c.files ?? []).flatMap((f) => f.fields)]).map((f) => f.widget)),
    );
    for (const block of [imageWithDescription, documentLink]) for (const f of block.fields) used.add(f.widget);
    expect([...used].filter((w) => !([...decapWidgets, ...ourWidgets] as string[]).includes(w))).toEqual([]);
    expect(used.has('string') && used.has('relation') && used.has('uk-date')).toBe(true);
  });

  it('has a collection for every registered content type, and no others', () => {
    expect(committed.collections.map((c) => c.name)).toEqual(collections.map((c) => c.name));
  });

  for (const registration of collections) {
    it(`matches the ${registration.label.toLowerCase()} schema field for field: names, types, required-ness and allowed values`, () => {
      const hasBody = registration.kind === 'folder' && Boolean(registration.body);
      expect(configDrift(registration.schema, committedFields(registration.name) as never, hasBody)).toEqual([]);
    });
  }

  it('fails the check when a schema field is renamed', () => {
    const shape = { ...serviceSchema.shape } as Record<string, z.ZodType>;
    shape.summaryText = shape.summary;
    delete shape.summary;
    const renamed = serviceSchemaWith(shape);
    expect(configDrift(renamed, committedFields('services') as never, true)).toEqual([
      'summaryText: in the schema but not in the CMS',
      'summary: in the CMS but not in the schema',
    ]);
  });

  it('fails the check when a list gains a value the CMS does not offer, or a field becomes optional', () => {
    const changed = serviceSchemaWith({
      ...serviceSchema.shape,
      tier: z.enum(['universal', 'targeted', 'specialist', 'statutory']),
      name: z.string().optional(),
    });
    const problems = configDrift(changed, committedFields('services') as never, true);
    expect(problems).toContain('tier: the CMS offers [universal,targeted,specialist] but the schema allows [universal,targeted,specialist,statutory]');
    expect(problems).toContain('name: the schema says optional, the CMS says required');
  });

  it('requires a navigator to fill in the SEND fields that only an import may leave empty', () => {
    const fields = committedFields('services');
    const optional = Object.keys(requiredUnlessNoted).filter((name) => fields.find((f) => f.name === name)?.required !== true);
    expect(optional).toEqual([]);
    expect(committedFields('organisations').find((f) => f.name === 'kind')?.required).toBe(true);
  });

  it('fails the check when the CMS lets a navigator leave out a field the editor must require', () => {
    const fields = committedFields('services').map((f) => (f.name === 'tier' ? { ...f, required: false } : f));
    expect(configDrift(serviceSchema, fields as never, true)).toEqual(['tier: the schema says required in the editor, the CMS says optional']);
  });

  it('fails the check when a field required in the editor is renamed in the schema', () => {
    const shape = { ...serviceSchema.shape } as Record<string, z.ZodType>;
    shape.tierName = shape.tier;
    delete shape.tier;
    const renamed = serviceSchemaWith(shape);
    expect(configDrift(renamed, committedFields('services') as never, true)).toEqual([
      'tier: the schema says it is required in the editor, but has no such field',
      'tierName: in the schema but not in the CMS',
      'tier: in the CMS but not in the schema',
    ]);
  });

  it('gives every field a hint in plain words, taken from the schema (`.meta({ hint })`)', () => {
    const unhinted = committed.collections.flatMap((c) =>
      everyField(c.fields ?? c.files?.[0].fields ?? [])
        .filter((f) => f.name !== 'item' && !f.hint)
        .map((f) => `${c.name}: ${f.name}`),
    );
    expect(unhinted).toEqual([]);
    const name = committedFields('services').find((f) => f.name === 'name');
    expect(name?.hint).toBe('The name families will recognise.');
  });

  it('explains each tier in the tier hint, and labels needs the way the site does', () => {
    const fields = committedFields('services');
    const tier = fields.find((f) => f.name === 'tier')!;
    expect(tier.hint).toContain(`${tierInfo.universal.cmsHint}.`);
    expect(tier.hint).toContain(`${tierInfo.specialist.cmsHint}.`);
    const needs = fields.find((f) => f.name === 'needs')!;
    expect(needs.options?.find((o) => o.value === 'sensory-physical')?.label).toContain(needAreaInfo['sensory-physical'].label);
  });

  it('uses the editorial workflow, so every change is reviewed before it goes live', () => {
    expect(committed.publish_mode).toBe('editorial_workflow');
    expect(committed.media_folder).toBe('public/uploads');
  });

  it('keeps the production backend free of secrets (GitLab with PKCE needs none)', () => {
    const text = fs.readFileSync(configPath, 'utf8');
    expect(text).toMatch(/auth_type: pkce/);
    expect(text).not.toMatch(/secret|token|password/i);
  });
});

describe('the config generator', () => {
  const sample = z.strictObject({
    /** Heading of the event. */
    title: z.string().min(3).max(80),
    /** What happens, in a paragraph. */
    description: z.string().max(600),
    /** Day it happens. */
    date: z.coerce.date(),
    /** Places left, if known. */
    places: z.number().int().min(0).optional(),
    /** Booking needed. */
    booking: z.boolean().default(false),
    /** Who it is for. */
    audience: z.array(z.enum(['parents', 'young-people'])).min(1),
    /** Questions, each of one kind. */
    questions: z.array(
      z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('text'), /** The question. */ label: z.string() }),
        z.strictObject({ type: z.literal('choice'), /** The question. */ label: z.string(), /** Answers to pick from. */ options: z.array(z.string()) }),
      ]),
    ),
  });
  const registration = folder({ name: 'events', label: 'Events', folder: 'content/events', schema: sample, fields: { title: 'Event name' } });

  it('turns each kind of zod field into the widget a navigator expects', () => {
    const [events] = (buildDecapConfig([registration]) as { collections: { fields: Record<string, unknown>[] }[] }).collections;
    const byName = Object.fromEntries(events.fields.map((f) => [f.name, f]));
    expect(byName.title).toMatchObject({
      label: 'Event name',
      widget: 'string',
      required: true,
      pattern: ['^[\\s\\S]{3,80}$', 'Event name: write between 3 and 80 characters'],
    });
    expect(byName.description).toMatchObject({ widget: 'text', required: true });
    expect(byName.date).toMatchObject({ widget: 'uk-date' });
    expect(byName.places).toMatchObject({ widget: 'number', value_type: 'int', min: 0, required: false });
    expect(byName.booking).toMatchObject({ widget: 'boolean', required: false, default: false });
    expect(byName.audience).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      options: [
        { label: 'Parents', value: 'parents' },
        { label: 'Young people', value: 'young-people' },
      ],
    });
    expect(byName.questions).toMatchObject({ widget: 'list', typeKey: 'type', types: [{ name: 'text' }, { name: 'choice' }] });
    expect(configDrift(sample, events.fields as never)).toEqual([]);
  });

  it('marks a field the schema lets be empty as required when the schema says the editor requires it', () => {
    const schema = requireInEditor(z.strictObject({ owner: z.string().optional(), note: z.string().optional() }), ['owner']);
    const [collection] = (buildDecapConfig([folder({ name: 'odd', label: 'Odd', folder: 'content/odd', schema })]) as { collections: { fields: Field[] }[] })
      .collections;
    expect(collection.fields.map((f) => [f.name, f.required])).toEqual([
      ['owner', true],
      ['note', false],
    ]);
    expect(configDrift(schema, collection.fields as never)).toEqual([]);
    expect(schema.safeParse({}).success).toBe(true);
  });

  it('starts a new entry with the defaults the schema gives, inside groups too (a new event is free until the navigator says otherwise)', () => {
    const [cost] = committedFields('events').filter((f) => f.name === 'cost');
    expect(cost.fields?.find((f) => f.name === 'free')).toMatchObject({ widget: 'boolean', default: true });
  });

  it('leaves every field of an optional group optional in the editor, so an empty group never stops a save', () => {
    const schema = z.strictObject({ video: z.strictObject({ title: z.string(), chapters: z.array(z.strictObject({ name: z.string() })) }).optional() });
    const [collection] = (buildDecapConfig([folder({ name: 'odd', label: 'Odd', folder: 'content/odd', schema })]) as { collections: { fields: Field[] }[] })
      .collections;
    const [video] = collection.fields;
    expect(video.fields?.map((f) => [f.name, f.required])).toEqual([
      ['title', false],
      ['chapters', false],
    ]);
    expect(video.fields?.[0].hint).toBe('Needed if you fill in anything under "Video".');
    // Decap checks a list item's fields only once the item is added, so those stay required.
    expect(video.fields?.[1].fields?.[0].required).toBe(true);
    expect(configDrift(schema, collection.fields as never)).toEqual([]);
    const strict = collection.fields.map((f) => ({ ...f, fields: f.fields?.map((g) => (g.name === 'title' ? { ...g, required: true } : g)) }));
    expect(configDrift(schema, strict as never)).toEqual(['video.title: the schema says required once its group is filled in, the CMS says required']);
  });

  it('lets a navigator choose referenced entries by name from a list, one or several (any schema can say `references`)', () => {
    const slug = z.string().regex(/^[a-z0-9-]+$/);
    const schema = z.strictObject({
      name: z.string(),
      runBy: slug.meta({ label: 'Run by', references: 'organisations' }),
      services: z.array(slug).min(1).meta({ hint: 'Services at this school.', references: 'services' }),
    });
    const [collection] = (
      buildDecapConfig([folder({ name: 'settings', label: 'Schools', folder: 'content/settings', schema })]) as { collections: { fields: Field[] }[] }
    ).collections;
    const [, runBy, services] = collection.fields;
    expect(runBy).toMatchObject({
      label: 'Run by',
      widget: 'relation',
      collection: 'organisations',
      value_field: '{{slug}}',
      display_fields: ['name'],
      required: true,
    });
    expect(runBy).not.toHaveProperty('multiple');
    expect(services).toMatchObject({
      widget: 'relation',
      collection: 'services',
      multiple: true,
      min: 1,
      search_fields: ['name'],
      hint: 'Services at this school.',
    });
    expect(configDrift(schema, collection.fields as never)).toEqual([]);
    const odd = z.strictObject({ runBy: slug.meta({ references: 'nowhere' }) });
    expect(() => buildDecapConfig([folder({ name: 'odd', label: 'Odd', folder: 'content/odd', schema: odd })])).toThrow(/"nowhere"/);
  });

  it('uses relation widgets for every reference in the real schemas', () => {
    const organiser = committedFields('events').find((f) => f.name === 'organiser');
    expect(organiser).toMatchObject({ widget: 'relation', collection: 'organisations' });
    expect(committedFields('services').find((f) => f.name === 'organisation')).toMatchObject({ widget: 'relation', collection: 'organisations' });
  });

  it('stops with the field name when it meets a zod type it cannot show', () => {
    const odd = folder({ name: 'odd', label: 'Odd', folder: 'content/odd', schema: z.strictObject({ lookup: z.record(z.string(), z.string()) }) });
    expect(() => buildDecapConfig([odd])).toThrow(/field "lookup" \(zod type "record"\).*cms\/collections\.ts/);
  });
});
