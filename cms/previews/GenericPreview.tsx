import { collections } from '../collections';
import { labelFromName } from '../zod-fields';
import { withoutBlanks } from '../entry-checks';
import { entryCollection, entryData, type PreviewProps } from './preview-props';
import { EntryChecks } from './EntryChecks';
import { SafeMarkdown } from './SafeMarkdown';

/** Any value as short readable text. */
function asText(value: unknown): string {
  if (Array.isArray(value)) return value.map(asText).join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${labelFromName(k)}: ${asText(v)}`).join('; ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value ?? '');
}

/**
 * The preview for content types without a page-shaped template yet (site
 * settings, and any collection newly added to cms/collections.ts): the checks,
 * every field in the site's summary-list style, and the body rendered safely.
 */
export function GenericPreview(props: PreviewProps) {
  const raw = entryData(props);
  const { body, ...fields } = withoutBlanks(raw);
  const registration = collections.find((c) => c.name === entryCollection(props));
  const labelFor = (name: string) => {
    const override = registration?.fields?.[name];
    return (typeof override === 'string' ? override : (override?.label as string | undefined)) ?? labelFromName(name);
  };
  const title = String(fields.title ?? fields.name ?? registration?.label ?? '');
  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={entryCollection(props)} data={raw} />
        <h1>{title}</h1>
        <dl className="app-summary-list">
          {Object.entries(fields).map(([name, value]) => (
            <div key={name}><dt>{labelFor(name)}</dt><dd>{asText(value)}</dd></div>
          ))}
        </dl>
        {typeof body === 'string' && <SafeMarkdown className="app-prose" markdown={body} getAsset={props.getAsset} />}
      </main>
    </div>
  );
}
