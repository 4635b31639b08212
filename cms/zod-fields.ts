import { z } from 'astro/zod';
import { vocabularyFor } from './vocabulary-labels';

/**
 * Turns a zod schema into Decap CMS fields. Each zod type has one widget:
 * short strings -> string, long ones -> text, enums -> select with the site's
 * labels, arrays of enums -> select multiple, arrays of objects -> list with
 * fields, numbers -> number, booleans -> boolean, dates -> datetime (date
 * only). Optional and defaulted fields are not required, unless the schema
 * names them as required in the editor (src/schemas/editor-required.ts).
 * Regex rules become Decap `pattern`s with the schema's own message, so the
 * editor warns before saving with the same words the build would use.
 */

/** A Decap field as it appears in config.yml. */
export type DecapField = { name: string; label: string; widget: string; required?: boolean; hint?: string } & Record<string, unknown>;

/** A label, or widget settings to merge over the generated ones. */
export type FieldOverride = string | (Partial<DecapField> & Record<string, unknown>);

export interface FieldContext {
  /** Dotted path of the field inside the entry, e.g. "contact.phone". */
  path: string;
  overrides: Record<string, FieldOverride>;
  /** Widgets used for a field name wherever it appears (lastReviewed -> review-date). */
  widgetsByName: Record<string, Partial<DecapField>>;
  /** Top-level fields the schema lets be empty (for imports) but a person editing must fill in. */
  requiredInEditor?: ReadonlySet<string>;
  /** The field that names an entry of each collection, for relation widgets ("organisations" -> "name"). */
  identifierOf?: (collection: string) => string | undefined;
  /** Label of the optional group (e.g. "Video") this field sits in, if any: see `zodField`. */
  optionalGroup?: string;
}

// zod 4 keeps a schema's definition on `_zod.def`; these are the parts we read.
type AnyZod = z.ZodType & { _zod: { def: Record<string, any> } };
const def = (schema: unknown) => (schema as AnyZod)._zod.def;

/** Strips optional/default wrappers, remembering what they said. */
export function unwrap(schema: unknown): { inner: AnyZod; required: boolean; defaultValue?: unknown } {
  let inner = schema as AnyZod;
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    const d = def(inner);
    if (d.type === 'optional') required = false;
    else if (d.type === 'default' || d.type === 'prefault') {
      required = false;
      defaultValue = typeof d.defaultValue === 'function' ? d.defaultValue() : d.defaultValue;
    } else if (d.type === 'nullable' || d.type === 'readonly') {
      /* same widget */
    } else break;
    inner = d.innerType;
  }
  return { inner, required, defaultValue };
}

/** "ageRange" -> "Age range", "textPhone" -> "Text phone". */
export function labelFromName(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The message a zod check gives, so the CMS says exactly what the build would. */
function checkMessage(check: Record<string, any>, fallback: string): string {
  try {
    const message = check.error?.({ code: 'invalid_format', input: '' });
    if (typeof message === 'string') return message;
    if (message && typeof message.message === 'string') return message.message as string;
  } catch {
    /* a message that needs the real issue: use ours */
  }
  return fallback;
}

/** Day, Month and Year boxes (cms/widgets/UkDateControl.tsx) that store YYYY-MM-DD, as the schemas' dates are written. */
const dateWidget = { widget: 'uk-date' } as const;

/** "Phone must be a UK phone number…": zod's messages are fragments written to follow a field name. */
const withLabel = (label: string, message: string) => (/^[a-z]/.test(message) ? `${label} ${message}` : message);

function stringWidget(schema: AnyZod, label: string): Partial<DecapField> {
  const d = def(schema);
  const checks = (d.checks ?? []).map((c: any) => c._zod.def as Record<string, any>);
  const field: Partial<DecapField> = {};
  const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex');
  if (d.format === 'uuid') return { widget: 'uuid' };
  if (d.format === 'date') return { ...dateWidget };
  if (d.format === 'datetime') return { widget: 'uk-date', time: true };
  if (d.format === 'email') field.pattern = [d.pattern.source, withLabel(label, checkMessage(d, 'must be an email address'))];
  else if (d.format === 'url') field.pattern = ['^https?://\\S+$', withLabel(label, checkMessage(d, 'must be a full web address starting with https://'))];
  else if (regex) field.pattern = [regex.pattern.source, withLabel(label, checkMessage(regex, 'is not in the right format'))];
  const min = (schema as unknown as z.ZodString).minLength ?? 0;
  const max = (schema as unknown as z.ZodString).maxLength;
  if (!field.pattern && (min > 0 || max != null)) {
    const words = max != null ? (min > 0 ? `between ${min} and ${max} characters` : `up to ${max} characters`) : `at least ${min} characters`;
    field.pattern = [`^[\\s\\S]{${min},${max ?? ''}}$`, `${label}: write ${words}`];
  }
  field.widget = max != null && max >= 200 ? 'text' : 'string';
  return field;
}

function numberWidget(schema: AnyZod): Partial<DecapField> {
  const checks = (def(schema).checks ?? []).map((c: any) => c._zod.def as Record<string, any>);
  const isInt = checks.some((c) => c.check === 'number_format' && /int/.test(c.format));
  const field: Partial<DecapField> = { widget: 'number', value_type: isInt ? 'int' : 'float', step: isInt ? 1 : 0.01 };
  const min = checks.find((c) => c.check === 'greater_than');
  const max = checks.find((c) => c.check === 'less_than');
  if (min) field.min = min.inclusive ? min.value : min.value + (isInt ? 1 : 0.01);
  if (max) field.max = max.inclusive ? max.value : max.value - (isInt ? 1 : 0.01);
  return field;
}

function selectWidget(values: readonly string[], comment: string | undefined): Partial<DecapField> {
  const words = vocabularyFor(values);
  const field: Partial<DecapField> = { widget: 'select', options: values.map((value) => ({ label: words.label(value), value })) };
  if (words.hint) field.hint = [comment, ...values.map((v) => `${words.hint!(v)}.`)].filter(Boolean).join(' ');
  return field;
}

function minItems(schema: AnyZod): number | undefined {
  const check = (def(schema).checks ?? []).map((c: any) => c._zod.def).find((c: any) => c.check === 'min_length');
  return check?.minimum;
}

/** Decap fields for every key of a zod object, in the schema's order. */
export function objectFields(shape: Record<string, unknown>, context: FieldContext): DecapField[] {
  return Object.entries(shape).map(([name, schema]) => zodField(name, schema, { ...context, path: context.path ? `${context.path}.${name}` : name }));
}

/**
 * What the schema says about a field for the editor, in its `.meta()` (on the field or inside its
 * optional/default wrappers): `label` and `hint` in a navigator's words, and `references`, the
 * collection whose entries a field names by file name (an event's organiser: "organisations").
 */
export interface EditorMeta {
  label?: string;
  hint?: string;
  references?: string;
}

export function editorWords(schema: unknown): EditorMeta {
  const words: EditorMeta = {};
  for (let layer = schema as AnyZod | undefined; layer; layer = def(layer).innerType) {
    const meta = z.globalRegistry.get(layer) as Record<string, unknown> | undefined;
    if (typeof meta?.label === 'string') words.label ??= meta.label;
    if (typeof meta?.hint === 'string') words.hint ??= meta.hint;
    if (typeof meta?.references === 'string') words.references ??= meta.references;
    if (!['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def(layer).type)) break;
  }
  return words;
}

/** One Decap field for one zod field. */
export function zodField(name: string, schema: unknown, context: FieldContext): DecapField {
  const { inner, required, defaultValue } = unwrap(schema);
  const d = def(inner);
  const override = context.overrides[context.path];
  const overrideObject = typeof override === 'string' ? { label: override } : (override ?? {});
  const words = editorWords(schema);
  const label = (overrideObject.label as string | undefined) ?? words.label ?? labelFromName(name);
  const comment = words.hint;
  // Decap checks the fields of a group even when the whole group is left empty, so inside a group
  // the editor may leave out nothing can be required; once the group is used, the save check
  // (the schema itself, cms/entry-checks.ts) asks for the rest in the schema's words.
  const requiredBySchema = required || Boolean(context.requiredInEditor?.has(context.path));
  const cmsRequired = requiredBySchema && !context.optionalGroup;
  const inList = { ...context, optionalGroup: undefined };
  let field: Partial<DecapField>;

  // Another entry, named by its file name: chosen from a list of their names, never typed.
  const references = words.references ?? (d.type === 'array' ? editorWords(d.element).references : undefined);
  if (references && (d.type === 'string' || (d.type === 'array' && def(unwrap(d.element).inner).type === 'string'))) {
    const shown = context.identifierOf?.(references) ?? 'name';
    field = { widget: 'relation', collection: references, value_field: '{{slug}}', search_fields: [shown], display_fields: [shown], options_length: 500 };
    if (d.type === 'array') {
      field.multiple = true;
      const min = minItems(inner);
      if (min) field.min = min;
    }
  } else
    switch (d.type) {
      case 'string':
        field = stringWidget(inner, label);
        break;
      case 'number':
        field = numberWidget(inner);
        break;
      case 'boolean':
        // An untouched switch must still write `false`, or a required boolean would be missing.
        field = { widget: 'boolean', default: false };
        break;
      case 'date':
        field = { ...dateWidget };
        break;
      case 'enum':
        field = selectWidget(Object.values(d.entries) as string[], comment);
        break;
      case 'object':
        field = {
          widget: 'object',
          collapsed: false,
          fields: objectFields(d.shape, { ...context, optionalGroup: cmsRequired ? undefined : (context.optionalGroup ?? label) }),
        };
        break;
      case 'array': {
        const element = unwrap(d.element).inner;
        const elementDef = def(element);
        const min = minItems(inner);
        if (elementDef.type === 'enum') {
          field = { ...selectWidget(Object.values(elementDef.entries) as string[], comment), multiple: true };
        } else if (elementDef.type === 'object') {
          field = { widget: 'list', collapsed: true, fields: objectFields(elementDef.shape, inList) };
        } else if (elementDef.type === 'union' && elementDef.discriminator) {
          field = { widget: 'list', typeKey: elementDef.discriminator, types: unionTypes(elementDef, inList) };
          // Each item says what kind it is and its first words ("Choose one answer: How easy is it…").
          const first = ((field.types as DecapField[])[0]?.fields as DecapField[] | undefined)?.[0];
          if (first) field.summary = `{{fields.label}}: {{fields.${first.name}}}`;
        } else {
          const itemLabel = (overrideObject.label_singular as string | undefined) ?? label;
          const itemPath = `${context.path}.item`;
          const item = zodField('item', element, { ...inList, path: itemPath, overrides: { ...context.overrides, [itemPath]: itemLabel } });
          // Collapsed items show their value ("English", "BSL"), not the field's label over and over.
          field = { widget: 'list', field: item, summary: '{{fields.item}}' };
        }
        if (min) field.min = min;
        break;
      }
      default:
        // Fields with a transform (e.g. UK clock times) have no shape to read; the registration names their widget.
        if (overrideObject.widget) {
          field = {};
          break;
        }
        throw new Error(
          `The CMS config generator cannot show field "${context.path}" (zod type "${d.type}"). ` +
            `Give it a widget in cms/collections.ts (fields: { '${context.path}': { widget: ... } }).`,
        );
    }

  const byName = context.widgetsByName[name] ?? {};
  const result: DecapField = { name, label, widget: 'string', ...field, ...byName, ...overrideObject } as DecapField;
  result.label = label;
  result.required = cmsRequired;
  if (defaultValue !== undefined) result.default = defaultValue;
  // A group's default (an event's cost: free) must reach its fields: Decap fills a new entry from the fields' own defaults.
  if (d.type === 'object' && defaultValue && typeof defaultValue === 'object') {
    for (const child of (result.fields ?? []) as DecapField[]) {
      if (child.name in defaultValue) child.default = (defaultValue as Record<string, unknown>)[child.name];
    }
  }
  const neededWithGroup = requiredBySchema && !cmsRequired ? `Needed if you fill in anything under "${context.optionalGroup}".` : undefined;
  const hint = [field.hint ?? comment, neededWithGroup].filter(Boolean).join(' ');
  if (hint && !overrideObject.hint) result.hint = hint;
  return result;
}

/** Variable types for a list of a discriminated union (e.g. survey questions of different kinds). */
function unionTypes(unionDef: Record<string, any>, context: FieldContext): DecapField[] {
  const key = unionDef.discriminator as string;
  return (unionDef.options as AnyZod[]).map((option) => {
    const shape = { ...def(option).shape };
    const value = def(shape[key]).values?.[0] ?? def(shape[key]).value;
    delete shape[key];
    const path = `${context.path}.${value}`;
    const override = context.overrides[path];
    return {
      name: String(value),
      label: typeof override === 'string' ? override : labelFromName(String(value)),
      widget: 'object',
      fields: objectFields(shape, { ...context, path }),
    };
  });
}
