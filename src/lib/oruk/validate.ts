import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * Checks JSON against the Open Referral UK 3.0 schemas (copied into
 * ./schemas, see its README) with Ajv, a JSON Schema draft 2020-12 validator.
 * Used by the tests on every file we publish, by the build, and by the import
 * on every record it reads. Problems read "<JSON pointer>: <what is wrong>".
 */

export const SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/';

const schemaFiles = {
  service: 'compiled/service.json',
  service_list: 'compiled/service_list.json',
  service_at_location: 'compiled/service_at_location.json',
  service_at_location_list: 'compiled/service_at_location_list.json',
  organization: 'compiled/organization.json',
  organization_list: 'compiled/organization_list.json',
  taxonomy: 'taxonomy.json',
  taxonomy_term: 'taxonomy_term.json',
  phone: 'phone.json',
  language: 'language.json',
} as const;
export type SchemaName = keyof typeof schemaFiles;

// Beside this file; from the project root if a bundler has moved this module elsewhere.
const besideThisFile = new URL('./schemas/', import.meta.url);
const schemaDir = fs.existsSync(besideThisFile) ? besideThisFile : pathToFileURL(path.resolve('src/lib/oruk/schemas') + path.sep);
const readJson = (file: string) => JSON.parse(fs.readFileSync(new URL(file, schemaDir), 'utf8'));

// The schemas double as Frictionless table descriptions, so they carry keywords
// JSON Schema does not define. Declaring them keeps Ajv's strict mode on for typos.
const tableKeywords = ['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'tabular_required', 'datapackage_type', 'order'];

// ajv-formats is CommonJS; under Node's ESM loader the function sits on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as typeof addFormatsModule;

let ajvInstance: Ajv2020 | undefined;
function ajv(): Ajv2020 {
  if (ajvInstance) return ajvInstance;
  const instance = new Ajv2020({ strict: true, strictTypes: false, allErrors: false });
  addFormats(instance);
  instance.addVocabulary(tableKeywords);
  for (const file of Object.values(schemaFiles)) instance.addSchema({ ...readJson(file), $id: SCHEMA_BASE + file });
  ajvInstance = instance;
  return instance;
}

const compiled = new Map<string, ValidateFunction>();
function compile(key: string, schema: () => object): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv().compile(schema());
    compiled.set(key, validate);
  }
  return validate;
}

/** The validator for one record type, e.g. `service` for `/services/{id}`. */
export function recordValidator(name: SchemaName): ValidateFunction {
  return compile(name, () => ({ $ref: SCHEMA_BASE + schemaFiles[name] }));
}

const pageFields = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

/**
 * A list page: the 3.0 paging envelope (every field required, which the
 * OpenAPI description leaves implicit) with each item checked against `item`.
 */
export function pageValidator(item: SchemaName): ValidateFunction {
  return compile(`page:${item}`, () => ({
    allOf: [{ $ref: '#/$defs/Page' }],
    required: pageFields,
    properties: { contents: { type: 'array', items: { $ref: SCHEMA_BASE + schemaFiles[item] } } },
    $defs: { Page: openapi().components.schemas.Page },
  }));
}

let openapiDocument:
  | {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: object }> }> } }>;
      components: { schemas: { Page: object } };
    }
  | undefined;
export function openapi() {
  openapiDocument ??= readJson('openapi.json');
  return openapiDocument!;
}

/**
 * Where the OpenAPI description points a response at the wrong schema, the
 * schema we check against instead. `/service_at_locations/{id}` names
 * compiled/service.json, but a service-at-location record is not a service
 * (it has no name or status); compiled/service_at_location.json describes it.
 */
const openapiCorrections: Record<string, object> = {
  '/service_at_locations/{id}': { $ref: SCHEMA_BASE + schemaFiles.service_at_location },
};

/** The validator for a 200 response of an OpenAPI path such as `/services` or `/services/{id}`, exactly as openapi.json describes it. */
export function responseValidator(apiPath: string): ValidateFunction {
  return compile(`openapi:${apiPath}`, () => {
    const operation = openapi().paths[apiPath];
    if (!operation) throw new Error(`openapi.json has no path ${apiPath}`);
    const schema = openapiCorrections[apiPath] ?? operation.get.responses['200'].content['application/json'].schema;
    const isList = JSON.stringify(schema).includes('#/components/schemas/Page');
    // Local references point into openapi.json's components; bring Page along under $defs.
    const local = JSON.parse(JSON.stringify(schema).replaceAll('#/components/schemas/Page', '#/$defs/Page'));
    return { ...local, ...(isList && { required: pageFields }), $defs: { Page: openapi().components.schemas.Page } };
  });
}

/** The first problem Ajv found, as "<JSON pointer>: <message>" (the pointer is "/" for the whole document). */
export function describeProblem(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${(error.params as { missingProperty: string }).missingProperty}: is required`;
  const pointer = error.instancePath || '/';
  const allowed = error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues : undefined;
  const detail = allowed ? ` (${allowed.join(', ')})` : '';
  return `${pointer}: ${error.message}${detail}`;
}

/** Checks `data`; returns undefined when valid, else the first problem as "<JSON pointer>: <message>". */
export function firstProblem(validate: ValidateFunction, data: unknown): string | undefined {
  if (validate(data)) return undefined;
  return describeProblem(validate.errors![0]);
}
