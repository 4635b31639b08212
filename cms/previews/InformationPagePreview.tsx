import type { InformationPage } from '../../src/schemas/information-page';
import { topicInfo } from '../../src/data/topics';
import { formatDate } from '../../src/lib/review';
import { renderMarkdown } from '../../src/lib/markdown';
import { createJargonExplainer } from '../../src/lib/explain-jargon';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { EntryChecks } from './EntryChecks';
import { SafeHtml } from './SafeMarkdown';
import { WordsExplained } from './WordsExplained';
import { PreviewLoading } from './PreviewLoading';
import { useGlossary } from './use-glossary';

/** An information page as src/pages/information/[slug].astro shows it. */
export function InformationPagePreview(props: PreviewProps) {
  const glossary = useGlossary(props.getCollection);
  const raw = entryData(props);
  const page = withoutBlanks(raw) as Partial<InformationPage> & { body?: string };
  const lastReviewed = asDate(page.lastReviewed);
  const topic = page.topic && topicInfo[page.topic];
  if (!glossary) return <PreviewLoading />;
  // The same explainer as the information page, summary first.
  const jargon = createJargonExplainer(glossary);
  const summary = jargon.text(page.summary ?? '');
  const body = jargon.html(renderMarkdown(page.body ?? ''));
  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={entryCollection(props)} data={raw} />
        <h1>{page.title}</h1>
        <p className="app-lead" dangerouslySetInnerHTML={{ __html: summary }} />
        <SafeHtml className="app-prose" html={body} getAsset={props.getAsset} />
        <WordsExplained entries={jargon.used()} />
        {topic && (
          <section aria-labelledby="services-heading">
            <h2 id="services-heading">Services for {topic.label.toLowerCase()}</h2>
            <p className="app-secondary">(On the website, the services for this topic are listed here, grouped by tier.)</p>
          </section>
        )}
        <p className="app-secondary">
          Last checked on {lastReviewed ? formatDate(lastReviewed) : '(no date yet)'} by the {page.reviewOwner}.
        </p>
      </main>
    </div>
  );
}
