import type { Map as ImmutableMap } from 'immutable';
import { withoutSource } from '../formats';

/** What Decap passes to a preview template (the parts we use). */
export interface PreviewProps {
  entry: ImmutableMap<string, unknown>;
  /** Resolves a media path (/uploads/x.png) to a URL the preview can show, including files not yet published. */
  getAsset: (path: string) => { toString(): string } | undefined;
  /** Data of entries chosen in relation fields, e.g. the organisation a service names. */
  fieldsMetaData: ImmutableMap<string, unknown>;
  /** Every entry of another collection, read through Decap from the content it edits (e.g. the glossary). */
  getCollection: (collection: string) => Promise<Iterable<ImmutableMap<string, unknown>>>;
}

/** The entry's fields as plain data. */
export function entryData(props: PreviewProps): Record<string, unknown> {
  const data = props.entry.get('data') as ImmutableMap<string, unknown> | undefined;
  return withoutSource((data?.toJS() ?? {}) as Record<string, unknown>);
}

/** The collection this entry belongs to. */
export function entryCollection(props: PreviewProps): string {
  return String(props.entry.get('collection') ?? '');
}

/** A date as the site would read it, or undefined while the field is empty or half-typed. */
export function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  const date = new Date(value.slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The name of an entry chosen in a relation field (an event's organiser), as
 * Decap hands it to the preview, or the file name until Decap has loaded it.
 */
export function chosenName(props: PreviewProps, field: string, collection: string, slug: string | undefined): string | undefined {
  if (!slug) return undefined;
  const chosen = props.fieldsMetaData?.getIn([field, collection, slug]) as ImmutableMap<string, unknown> | undefined;
  return String(chosen?.get('name') ?? slug);
}
