import type { InformationPage } from '../../src/schemas/information-page';
import { topicInfo } from '../../src/data/topics';
import { formatDate } from '../../src/lib/review';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { EntryChecks } from './EntryChecks';
import { SafeMarkdown } from './SafeMarkdown';

/** An information page as src/pages/information/[slug].astro shows it. */
export function InformationPagePreview(props: PreviewProps) {
  const raw = entryData(props);
  const page = withoutBlanks(raw) as Partial<InformationPage> & { body?: string };
  const lastReviewed = asDate(page.lastReviewed);
  const topic = page.topic && topicInfo[page.topic];
  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={entryCollection(props)} data={raw} />
        <h1>{page.title}</h1>
        <p className="app-lead">{page.summary}</p>
        <SafeMarkdown className="app-prose" markdown={page.body ?? ''} getAsset={props.getAsset} />
        {topic && (
          <section aria-labelledby="services-heading">
            <h2 id="services-heading">Services for {topic.label.toLowerCase()}</h2>
            <p className="app-secondary">(On the website, the services for this topic are listed here, grouped by tier.)</p>
          </section>
        )}
        <p className="app-secondary">Last checked on {lastReviewed ? formatDate(lastReviewed) : '(no date yet)'} by the {page.reviewOwner}.</p>
      </main>
    </div>
  );
}
