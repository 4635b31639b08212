import { dump } from 'js-yaml';
import { collections as registeredCollections } from './collections';
import type { CollectionRegistration } from './define-collection';
import { objectFields, type DecapField } from './zod-fields';
import { localBackend, productionBackend } from './backend';
import { siteAddress } from '../src/lib/site-address.ts';
import { fileFormats } from './build-config-names';
import { requiredInEditor } from '../src/schemas/editor-required';

/**
 * Builds the Decap CMS config from the zod schemas (never by hand), so a field
 * added, renamed or removed in src/schemas changes the editor too.
 * `npm run cms:config` writes it to public/admin/config.yml; a unit test fails
 * when the committed file is not what this makes.
 */
export const configPath = 'public/admin/config.yml';

/** Fields with the same meaning everywhere get the same widget. */
const widgetsByName: Record<string, Partial<DecapField>> = {
  // "Mark as reviewed today" in one click, and the due date worked out by src/lib/review.ts.
  lastReviewed: { widget: 'review-date' },
};

/** What the Markdown editor offers: only what src/lib/markdown.ts lets through to the site. */
const markdownBody = (label: string, hint: string, required: boolean): DecapField => ({
  name: 'body',
  label,
  widget: 'markdown',
  required,
  hint,
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: ['image', 'document'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
});

/** A review note names a field: the drop-down shows that field's label from the same form, not its name in the file. */
function labelReviewNoteFields(fields: DecapField[]): DecapField[] {
  const byName = new Map(fields.map((f) => [f.name, f.label]));
  const notes = fields.find((f) => f.name === 'reviewNotes');
  const which = (notes?.fields as DecapField[] | undefined)?.find((f) => f.name === 'field');
  for (const option of (which?.options ?? []) as { label: string; value: string }[]) option.label = byName.get(option.value) ?? option.label;
  return fields;
}

/** The field a collection's entries are named by (for relation widgets pointing at it). */
function identifierOf(collection: string): string | undefined {
  const target = registeredCollections.find((c) => c.name === collection);
  if (!target) throw new Error(`A schema field references the collection "${collection}", which cms/collections.ts does not register.`);
  return target.kind === 'folder' ? identifierFor(target) : undefined;
}

/** The field that names an entry and makes its file name: the registration's choice, else name, else title. */
export function identifierFor(registration: CollectionRegistration & { kind: 'folder' }): string {
  const shape = (registration.schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
  return registration.identifierField ?? ('name' in shape ? 'name' : 'title');
}

function fieldsFor(registration: CollectionRegistration): DecapField[] {
  const shape = (registration.schema as unknown as { shape?: Record<string, unknown> }).shape;
  if (!shape) throw new Error(`cms/collections.ts: the schema for "${registration.name}" is not a zod object.`);
  return labelReviewNoteFields(
    objectFields(shape, {
      path: '',
      overrides: registration.fields ?? {},
      widgetsByName,
      requiredInEditor: new Set(requiredInEditor(registration.schema)),
      identifierOf,
    }),
  );
}

function decapCollection(registration: CollectionRegistration): Record<string, unknown> {
  const fields = fieldsFor(registration);
  if (registration.kind === 'file') {
    return {
      name: registration.name,
      label: registration.label,
      description: registration.description,
      editor: { preview: true },
      format: registration.file.endsWith('.json') ? fileFormats.json : fileFormats.yaml,
      files: [{ name: registration.name, label: registration.label, file: registration.file, fields }],
    };
  }
  const extension = registration.extension ?? 'md';
  const identifier = registration.identifierField ?? (fields.some((f) => f.name === 'name') ? 'name' : 'title');
  if (registration.body) fields.push(markdownBody(registration.body.label, registration.body.hint, registration.body.required ?? false));
  return {
    name: registration.name,
    label: registration.label,
    label_singular: registration.labelSingular,
    description: registration.description,
    folder: registration.folder,
    extension,
    format: fileFormats[extension],
    create: true,
    delete: true,
    identifier_field: identifier,
    slug: `{{${identifier}}}`,
    ...registration.decap,
    fields,
  };
}

/** Drops undefined values so the YAML stays tidy. */
function tidy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

/** The whole Decap config as an object. */
export function buildDecapConfig(registrations: CollectionRegistration[] = registeredCollections): Record<string, unknown> {
  return tidy({
    backend: productionBackend(),
    local_backend: localBackend,
    publish_mode: 'editorial_workflow',
    site_url: siteAddress(),
    display_url: siteAddress(),
    locale: 'en',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: registrations.map((r) => decapCollection(r)),
  });
}

/** config.yml text, with a header saying not to edit it by hand. */
export function buildConfigYaml(registrations?: CollectionRegistration[]): string {
  const header =
    '# Generated by cms/build-config.ts from the zod schemas in src/schemas.\n' +
    '# Do not edit: change the schema or cms/collections.ts, then run `npm run cms:config`.\n';
  return header + dump(buildDecapConfig(registrations), { lineWidth: 120, noRefs: true });
}
