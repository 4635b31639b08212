import type { z } from 'astro/zod';
import type { glossaryTermSchema } from '../../src/schemas/glossary-term';
import { renderMarkdown } from '../../src/lib/markdown';
import { withoutBlanks } from '../entry-checks';
import { entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';
import { SafeHtml } from './SafeMarkdown';

/** A term as the jargon buster (src/pages/glossary/index.astro) shows it, under its letter. */
export function GlossaryTermPreview(props: PreviewProps) {
  const raw = entryData(props);
  const e = withoutBlanks(raw) as Partial<z.input<typeof glossaryTermSchema>> & { body?: string };
  const slug = String(props.entry.get('slug') ?? '');
  const letter = (e.term ?? '').charAt(0).toUpperCase();
  const alsoKnownAs = e.alsoKnownAs ?? [];
  const related = e.related ?? [];
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <h1>Jargon buster: SEND words explained</h1>
      <section aria-labelledby={`letter-${letter}`}>
        <h2 id={`letter-${letter}`}>{letter}</h2>
        <div className="app-glossary-entry" id={slug}>
          <h3>{e.term}</h3>
          {alsoKnownAs.length > 0 && <p className="app-secondary">Also called: {alsoKnownAs.join(', ')}</p>}
          <p>{e.meaning}</p>
          {e.body && <SafeHtml className="app-prose" html={renderMarkdown(e.body)} getAsset={props.getAsset} />}
          {related.length > 0 && (
            <p className="app-glossary-entry__related">
              Read more: {related.map((r, i) => <span key={i}>{i > 0 && ', '}<a href={r.href}>{r.label}</a></span>)}
            </p>
          )}
        </div>
      </section>
    </PreviewPage>
  );
}
