import type { z } from 'astro/zod';
import type { FieldOverride } from './zod-fields';

/**
 * How a content type is registered with the CMS. Everything about its fields
 * comes from its zod schema; a registration only says where the files live
 * and the words around them.
 */
interface CommonRegistration {
  /** Decap's name for the collection; also the URL in the editor (/admin/#/collections/<name>). */
  name: string;
  /** Plural label in the CMS sidebar, e.g. "Services". */
  label: string;
  /** The zod schema the site checks these files against: the only source of the fields. */
  schema: z.ZodType;
  /** Better labels or widget settings for particular fields, by dotted path ("contact.phone"). */
  fields?: Record<string, FieldOverride>;
  /** One plain sentence shown at the top of the collection. */
  description?: string;
}

export interface FolderRegistration extends CommonRegistration {
  kind: 'folder';
  /** Folder from the repository root, e.g. "content/services". */
  folder: string;
  /** File type; Markdown files keep frontmatter plus a body. */
  extension?: 'md' | 'yaml' | 'json';
  /** Singular label for buttons ("New service"). */
  labelSingular?: string;
  /** The field that names an entry; also makes its file name. Defaults to name, then title. */
  identifierField?: string;
  /** The Markdown body below the frontmatter, if this content type has one. */
  body?: { label: string; hint: string; required?: boolean };
  /** Extra Decap collection settings (sortable_fields, view_filters, summary...). */
  decap?: Record<string, unknown>;
}

export interface FileRegistration extends CommonRegistration {
  kind: 'file';
  /** Path of the single file from the repository root, e.g. "content/settings/site.yaml". */
  file: string;
}

export type CollectionRegistration = FolderRegistration | FileRegistration;

/** A folder of entries, one file each (services, news, glossary terms...). */
export function folder(registration: Omit<FolderRegistration, 'kind'>): FolderRegistration {
  return { kind: 'folder', ...registration };
}

/** One settings-style file edited as a single form. */
export function file(registration: Omit<FileRegistration, 'kind'>): FileRegistration {
  return { kind: 'file', ...registration };
}
