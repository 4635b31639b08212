import type { Map as ImmutableMap } from 'immutable';
import type { Service } from '../../src/schemas/service';
import { tiers, tierInfo } from '../../src/data/tiers';
import { serviceStatuses } from '../../src/data/access';
import { topicInfo } from '../../src/data/topics';
import { accessFeatureInfo } from '../../src/data/access';
import { adulthoodOutcomeInfo } from '../../src/data/adulthood';
import { describeAgeRange } from '../../src/lib/age-bands';
import { formatDate, isOutOfDate } from '../../src/lib/review';
import { closedNoticeHeading, costInWords, needLabels } from '../../src/lib/service-words';
import { renderMarkdown } from '../../src/lib/markdown';
import { createJargonExplainer } from '../../src/lib/explain-jargon';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { EntryChecks } from './EntryChecks';
import { SafeHtml } from './SafeMarkdown';
import { WordsExplained } from './WordsExplained';
import { PreviewLoading } from './PreviewLoading';
import { useGlossary } from './use-glossary';
import { ContactDetails, HowToGetIt, StatusTag, TierTag, WhereAndWhen } from './ServiceSections';

/** A service as src/pages/services/[slug].astro shows it, while it is being written. */
export function ServicePreview(props: PreviewProps) {
  const glossary = useGlossary(props.getCollection);
  const raw = entryData(props);
  const data = withoutBlanks(raw) as Partial<Service> & { body?: string };
  const tier = tiers.find((t) => t === data.tier);
  const status = serviceStatuses.find((s) => s === data.status) ?? 'active';
  const service = {
    needs: [],
    needTags: [],
    topics: [],
    adulthoodOutcomes: [],
    delivery: [],
    locations: [],
    schedule: [],
    languages: ['English'],
    accessFeatures: [],
    ...data,
  } as Service & { body?: string };
  const lastReviewed = asDate(data.lastReviewed);
  const nextReviewDue = asDate(data.nextReviewDue);
  const organisationName = data.organisation
    ? String(
        (props.fieldsMetaData?.getIn(['organisation', 'organisations', data.organisation]) as ImmutableMap<string, unknown> | undefined)?.get('name') ??
          data.organisation,
      )
    : undefined;
  const closedHeading = closedNoticeHeading[status];
  if (!glossary) return <PreviewLoading />;
  // The same explainer as the service page, in the same reading order: summary, who it is for, then the description.
  const jargon = createJargonExplainer(glossary);
  const summary = jargon.text(service.summary ?? '');
  const eligibility = jargon.text(service.eligibility ?? '');
  const description = jargon.html(renderMarkdown(service.body ?? ''));

  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={entryCollection(props)} data={raw} />
        <h1>{service.name}</h1>
        <p>
          {tier && <TierTag tier={tier} />} <StatusTag status={status} />
        </p>
        <p className="app-lead" dangerouslySetInnerHTML={{ __html: summary }} />
        {closedHeading && (
          <div className="app-notice app-notice--closed" role="note">
            <h2>{closedHeading}</h2>
            {service.statusNote && <p>{service.statusNote}</p>}
          </div>
        )}
        {lastReviewed && isOutOfDate(lastReviewed, new Date(), nextReviewDue) && (
          <div className="app-notice app-notice--warning" role="note">
            <h2>This information may be out of date</h2>
            <p>It was last checked on {formatDate(lastReviewed)}, over 12 months ago. Contact the service to check before you go.</p>
          </div>
        )}

        <dl className="app-summary-list" aria-label="Key facts">
          <div>
            <dt>Who it is for</dt>
            <dd>
              {service.ageRange && describeAgeRange(service.ageRange)}. <span dangerouslySetInnerHTML={{ __html: eligibility }} />
            </dd>
          </div>
          <div>
            <dt>Helps with</dt>
            <dd>{needLabels(service).join(', ')}</dd>
          </div>
          <div>
            <dt>Cost</dt>
            <dd>{service.cost && costInWords(service.cost)}</dd>
          </div>
          <div>
            <dt>Type of support</dt>
            <dd>{tier && `${tierInfo[tier].label}. ${tierInfo[tier].explanation}`}</dd>
          </div>
          <div>
            <dt>Run by</dt>
            <dd>{organisationName && <a href={`/organisations/${data.organisation}/`}>{organisationName}</a>}</dd>
          </div>
        </dl>

        <HowToGetIt access={service.access ?? {}} />
        <ContactDetails contact={service.contact ?? {}} />

        <section aria-labelledby="about" className="app-prose">
          <h2 id="about">What it is</h2>
          <SafeHtml html={description} getAsset={props.getAsset} />
        </section>
        <WhereAndWhen service={service} />

        <section aria-labelledby="languages-access">
          <h2 id="languages-access">Languages and accessibility</h2>
          <p>Languages: {service.languages.join(', ')}.</p>
          {service.accessFeatures.length > 0 && (
            <ul>
              {service.accessFeatures.map((f) => (
                <li key={f}>{accessFeatureInfo[f]}</li>
              ))}
            </ul>
          )}
          <p>If you need something to make it easier for you or your child to use this service, ask them. They must make reasonable adjustments.</p>
        </section>

        {service.adulthoodOutcomes.length > 0 && (
          <section aria-labelledby="adulthood">
            <h2 id="adulthood">Preparing for adulthood</h2>
            <p>
              This service helps young people get ready for adult life:{' '}
              {service.adulthoodOutcomes.map((o) => adulthoodOutcomeInfo[o].label.toLowerCase()).join(', ')}.
            </p>
          </section>
        )}

        <h2>More like this</h2>
        <ul>
          {service.topics.map((t) => (
            <li key={t}>
              <a href={`/topic/${t}/`}>{topicInfo[t].label}</a>
            </li>
          ))}
        </ul>

        <WordsExplained entries={jargon.used()} />

        <p className="app-secondary">
          Last checked on {lastReviewed ? formatDate(lastReviewed) : '(no date yet)'} by the {service.reviewOwner}.
        </p>
      </main>
    </div>
  );
}
