/**
 * Checks a Decap collection's fields against a zod schema, written separately
 * from the generator so it can catch the generator (or a hand edit of
 * config.yml) getting it wrong: every schema field needs a CMS field with the
 * same name, a widget that writes the right type, the same required-ness and
 * the same allowed values, and every CMS field needs a schema field.
 * A renamed field shows up twice: missing from one side, unknown on the other.
 * Fields the schema names as required in the editor (an import may leave them
 * empty, a person may not) must exist and be required in the CMS. Inside a
 * group the CMS may leave empty (a video), every field must be optional in the
 * CMS: Decap checks a group's fields even when the group is empty, so a
 * required one there would stop every save.
 */
import { requiredInEditor } from '../src/schemas/editor-required';

type Field = {
  name: string;
  widget: string;
  required?: boolean;
  options?: ({ value: string } | string)[];
  multiple?: boolean;
  fields?: Field[];
  field?: Field;
  types?: Field[];
  typeKey?: string;
};
type ZodDef = {
  type: string;
  innerType?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  entries?: Record<string, string>;
  options?: unknown[];
  discriminator?: string;
  values?: unknown[];
};

const defOf = (schema: unknown) => (schema as { _zod: { def: ZodDef } })._zod.def;

function peel(schema: unknown): { def: ZodDef; required: boolean } {
  let def = defOf(schema);
  let required = true;
  while (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(def.type)) {
    if (def.type !== 'nullable' && def.type !== 'readonly') required = false;
    def = defOf(def.innerType);
  }
  return { def, required };
}

/** Widgets that write each kind of value. */
const widgetsFor: Record<string, string[]> = {
  // Text of some kind: also a date written as text (z.iso.date()), or the path of an uploaded image or file.
  string: ['string', 'text', 'uuid', 'relation', 'markdown', 'datetime', 'uk-date', 'image', 'file', 'hidden'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['datetime', 'date', 'uk-date', 'review-date'],
};

const optionValues = (field: Field) => (field.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((v) => b.includes(v));

function checkValue(path: string, def: ZodDef, field: Field, problems: string[], optionalGroup = false): void {
  const wrongWidget = (expected: string): void => {
    problems.push(`${path}: the schema expects ${expected} but the CMS uses widget "${field.widget}"`);
  };
  if (def.type === 'enum') {
    if (field.widget !== 'select' || field.multiple) return wrongWidget('one choice from a list');
    const values = Object.values(def.entries ?? {});
    if (!sameSet(values, optionValues(field))) problems.push(`${path}: the CMS offers [${optionValues(field)}] but the schema allows [${values}]`);
    return;
  }
  if (def.type === 'object') {
    if (field.widget !== 'object') return wrongWidget('a group of fields');
    return checkFields(path, def.shape ?? {}, field.fields ?? [], problems, new Set(), optionalGroup);
  }
  if (def.type === 'array') {
    const element = peel(def.element).def;
    if (element.type === 'enum') {
      if (field.widget !== 'select' || !field.multiple) return wrongWidget('several choices from a list');
      const values = Object.values(element.entries ?? {});
      if (!sameSet(values, optionValues(field))) problems.push(`${path}: the CMS offers [${optionValues(field)}] but the schema allows [${values}]`);
      return;
    }
    // A list of references (a setting's services) is one relation field choosing several entries.
    if (element.type === 'string' && field.widget === 'relation') {
      if (!field.multiple) wrongWidget('several choices from a list');
      return;
    }
    if (field.widget !== 'list') return wrongWidget('a list');
    if (element.type === 'object') return checkFields(path, element.shape ?? {}, field.fields ?? [], problems);
    if (element.type === 'union' && element.discriminator) {
      for (const option of element.options ?? []) {
        const shape = { ...(defOf(option).shape ?? {}) };
        const tag = String(defOf(shape[element.discriminator]).values?.[0]);
        delete shape[element.discriminator];
        const type = field.types?.find((t) => t.name === tag);
        if (!type) problems.push(`${path}: the CMS has no "${tag}" type`);
        else checkFields(`${path}.${tag}`, shape, type.fields ?? [], problems);
      }
      if (field.typeKey !== element.discriminator) problems.push(`${path}: the CMS type key is "${field.typeKey}", the schema's is "${element.discriminator}"`);
      return;
    }
    if (!field.field) return wrongWidget('a list of single values');
    return checkValue(`${path}[]`, element, field.field, problems);
  }
  // A transformed field (e.g. a UK clock time turned into an instant) is checked by what the editor types: its input.
  if (def.type === 'pipe') {
    const input = peel((def as { in?: unknown }).in).def;
    if (input.type === 'union') {
      const kinds = (input.options ?? []).map((o) => defOf(o).type);
      if (!kinds.some((k) => (widgetsFor[k] ?? []).includes(field.widget))) wrongWidget(`one of: ${kinds.join(', ')}`);
      return;
    }
    return checkValue(path, input, field, problems);
  }
  const allowed = widgetsFor[def.type];
  if (!allowed) {
    problems.push(`${path}: the check does not know zod type "${def.type}"`);
    return;
  }
  if (!allowed.includes(field.widget)) wrongWidget(`a ${def.type}`);
}

function checkFields(
  path: string,
  shape: Record<string, unknown>,
  fields: Field[],
  problems: string[],
  inEditor: ReadonlySet<string> = new Set(),
  inOptionalGroup = false,
): void {
  const at = (name: string) => (path ? `${path}.${name}` : name);
  for (const [name, schema] of Object.entries(shape)) {
    const field = fields.find((f) => f.name === name);
    if (!field) {
      problems.push(`${at(name)}: in the schema but not in the CMS`);
      continue;
    }
    const { def, required: bySchema } = peel(schema);
    const wanted = bySchema || inEditor.has(name);
    const required = wanted && !inOptionalGroup;
    if ((field.required !== false) !== required) {
      const says = !wanted ? 'optional' : inOptionalGroup ? 'required once its group is filled in' : bySchema ? 'required' : 'required in the editor';
      problems.push(`${at(name)}: the schema says ${says}, the CMS says ${field.required !== false ? 'required' : 'optional'}`);
    }
    checkValue(at(name), def, field, problems, !required);
  }
  for (const field of fields) {
    if (!(field.name in shape)) problems.push(`${at(field.name)}: in the CMS but not in the schema`);
  }
}

/**
 * Every way the CMS fields differ from the schema; empty when they match.
 * `hasBody`: Markdown files, whose `body` field is the text below the frontmatter, not a schema field.
 */
export function configDrift(schema: unknown, fields: Field[], hasBody = false): string[] {
  const problems: string[] = [];
  const shape = peel(schema).def.shape ?? {};
  const inEditor = new Set(requiredInEditor(schema));
  for (const name of inEditor) {
    if (!(name in shape)) problems.push(`${name}: the schema says it is required in the editor, but has no such field`);
  }
  checkFields('', shape, hasBody ? fields.filter((f) => !(f.name === 'body' && f.widget === 'markdown')) : fields, problems, inEditor);
  return problems;
}
