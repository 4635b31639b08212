import type { z } from 'astro/zod';
import type { newsPostSchema } from '../../src/schemas/news-post';
import { renderMarkdown } from '../../src/lib/markdown';
import { formatDate } from '../../src/lib/review';
import { createJargonExplainer } from '../../src/lib/explain-jargon';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';
import { PreviewLoading } from './PreviewLoading';
import { SafeHtml } from './SafeMarkdown';
import { WordsExplained } from './WordsExplained';
import { useGlossary } from './use-glossary';

/** A news post as src/pages/news/[slug].astro shows it. */
export function NewsPostPreview(props: PreviewProps) {
  const glossary = useGlossary(props.getCollection);
  const raw = entryData(props);
  const post = withoutBlanks(raw) as Partial<z.input<typeof newsPostSchema>> & { body?: string };
  if (!glossary) return <PreviewLoading />;
  const date = asDate(post.date);
  const jargon = createJargonExplainer(glossary);
  const summary = jargon.text(post.summary ?? '');
  const body = jargon.html(renderMarkdown(post.body ?? ''));
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <article>
        <h1>{post.title}</h1>
        <p className="app-secondary">Published on {date && <time dateTime={date.toISOString().slice(0, 10)}>{formatDate(date)}</time>}. Written by {post.author ?? 'the Local Offer team'}.</p>
        <p className="app-lead" dangerouslySetInnerHTML={{ __html: summary }} />
        <SafeHtml className="app-prose" html={body} getAsset={props.getAsset} />
      </article>
      <WordsExplained entries={jargon.used()} />
      <p><a href="/news/">All news</a></p>
    </PreviewPage>
  );
}
