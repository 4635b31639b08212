import { collections } from '../collections';
import { editorWords, labelFromName, unwrap } from '../zod-fields';
import { vocabularyFor } from '../vocabulary-labels';
import { formatDate } from '../../src/lib/review';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { EntryChecks } from './EntryChecks';
import { SafeMarkdown } from './SafeMarkdown';

type ZodDef = { type: string; entries?: Record<string, string>; element?: unknown; shape?: Record<string, unknown> };
const defOf = (schema: unknown): ZodDef | undefined => (schema ? (unwrap(schema).inner as unknown as { _zod: { def: ZodDef } })._zod.def : undefined);

/**
 * Any value as short readable text, in the words the form's drop-downs use
 * (cms/vocabulary-labels.ts) rather than the codes in the file, and dates
 * as the site writes them.
 */
function asText(value: unknown, schema: unknown): string {
  const d = defOf(schema);
  if (Array.isArray(value)) return value.map((v) => asText(v, d?.type === 'array' ? d.element : undefined)).join(', ');
  if (value instanceof Date) return formatDate(value);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => {
        const child = d?.shape?.[k];
        return `${(child && editorWords(child).label) || labelFromName(k)}: ${asText(v, child)}`;
      })
      .join('; ');
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' && d?.type === 'enum' && d.entries) return vocabularyFor(Object.values(d.entries)).label(value);
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? asDate(value) : undefined;
  if (date) return formatDate(date);
  return String(value ?? '');
}

/**
 * The preview for content types without a page-shaped template yet (site
 * settings, surveys, schools, the EHC journey guide, and any collection newly
 * added to cms/collections.ts): the checks,
 * every field in the site's summary-list style, and the body rendered safely.
 */
export function GenericPreview(props: PreviewProps) {
  const raw = entryData(props);
  const { body, ...fields } = withoutBlanks(raw);
  const registration = collections.find((c) => c.name === entryCollection(props));
  const shape = registration ? defOf(registration.schema)?.shape : undefined;
  const fieldSchema = (name: string) => shape?.[name];
  const labelFor = (name: string): string => {
    const override = registration?.fields?.[name];
    const fromSchema = fieldSchema(name) ? editorWords(fieldSchema(name)).label : undefined;
    return (typeof override === 'string' ? override : (override?.label as string | undefined)) ?? fromSchema ?? labelFromName(name);
  };
  const title = String(fields.title ?? fields.name ?? registration?.label ?? '');
  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={entryCollection(props)} data={raw} />
        <h1>{title}</h1>
        <dl className="app-summary-list">
          {Object.entries(fields).map(([name, value]) => (
            <div key={name}>
              <dt>{labelFor(name)}</dt>
              <dd>{asText(value, fieldSchema(name))}</dd>
            </div>
          ))}
        </dl>
        {typeof body === 'string' && <SafeMarkdown className="app-prose" markdown={body} getAsset={props.getAsset} />}
      </main>
    </div>
  );
}
