import type { z } from 'astro/zod';
import { ukDateTime, type eventSchema } from '../../src/schemas/event';
import { eventKindInfo } from '../../src/data/events';
import { accessFeatureInfo } from '../../src/data/access';
import { describeEventTime, isUpcoming } from '../../src/lib/events';
import { renderMarkdown } from '../../src/lib/markdown';
import { telHref } from '../../src/lib/schedule';
import { createJargonExplainer } from '../../src/lib/explain-jargon';
import { withoutBlanks } from '../entry-checks';
import { chosenName, entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';
import { PreviewLoading } from './PreviewLoading';
import { SafeHtml } from './SafeMarkdown';
import { WordsExplained } from './WordsExplained';
import { useGlossary } from './use-glossary';

/** The instant a UK clock time in the form stands for, as the site reads it, or undefined while half-typed. */
const instant = (value: unknown) => {
  const parsed = ukDateTime.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** An event as src/pages/events/[slug].astro shows it, while it is being written. */
export function EventPreview(props: PreviewProps) {
  const glossary = useGlossary(props.getCollection);
  const raw = entryData(props);
  const event = withoutBlanks(raw) as Partial<z.input<typeof eventSchema>> & { body?: string };
  const slug = String(props.entry.get('slug') ?? '');
  if (!glossary) return <PreviewLoading />;
  const start = instant(event.start);
  const end = instant(event.end) ?? start;
  const upcoming = !end || isUpcoming({ start: start ?? end, end }, new Date());
  const organiserName = chosenName(props, 'organiser', 'organisations', event.organiser);
  const booking = event.booking ?? { required: false };
  const cost = event.cost ?? { free: true };
  const venue = event.venue;
  // The same explainer as the event page, in the same reading order.
  const jargon = createJargonExplainer(glossary);
  const summary = jargon.text(event.summary ?? '');
  const audience = jargon.text(event.audience ?? '');
  const accessibility = jargon.text(event.accessibility ?? '');
  const body = jargon.html(renderMarkdown(event.body ?? ''));
  const kind = event.kind && eventKindInfo[event.kind];
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <h1>{event.title}</h1>
      <p>{kind && <span className="govuk-tag govuk-tag--grey">{kind.label}</span>}</p>
      {event.cancelled && (
        <div className="app-notice app-notice--closed" role="note">
          <h2>This event is cancelled</h2>
          <p>{event.cancelled}</p>
        </div>
      )}
      {!upcoming && !event.cancelled && (
        <div className="app-notice" role="note">
          <h2>This event has finished</h2>
          <p><a href="/events/">See events coming up</a>.</p>
        </div>
      )}
      <p className="app-lead" dangerouslySetInnerHTML={{ __html: summary }} />

      <dl className="app-summary-list" aria-label="Event details">
        <div><dt>When</dt><dd>{start && end && describeEventTime({ start, end })}</dd></div>
        <div>
          <dt>Where</dt>
          <dd>
            {venue && <address>{venue.name}<br />{venue.address?.street}<br />{venue.address?.town}<br />{venue.address?.postcode}</address>}
            {event.online && <p>{venue ? 'Or join online. ' : 'Online. '}{event.online}</p>}
          </dd>
        </div>
        <div><dt>Who it is for</dt><dd dangerouslySetInnerHTML={{ __html: audience }} /></div>
        <div><dt>Cost</dt><dd>{cost.free ? 'Free' : cost.details}</dd></div>
        <div>
          <dt>Booking</dt>
          <dd>
            {booking.required ? <p>You need to book a place.</p> : <p>No need to book. Just turn up.</p>}
            {(booking.website || booking.phone || booking.email) && (
              <ul>
                {booking.website && <li><a href={booking.website}>Book online<span className="govuk-visually-hidden">: {event.title}</span></a></li>}
                {booking.phone && <li>Phone: <a href={telHref(booking.phone)}>{booking.phone}</a></li>}
                {booking.email && <li>Email: <a href={`mailto:${booking.email}`}>{booking.email}</a></li>}
              </ul>
            )}
            {booking.note && <p>{booking.note}</p>}
          </dd>
        </div>
        <div><dt>Run by</dt><dd>{organiserName && <a href={`/organisations/${event.organiser}/`}>{organiserName}</a>}</dd></div>
      </dl>

      {upcoming && !event.cancelled && (
        <div className="app-calendar-link">
          <a href={`/events/${slug}.ics`} download={`${slug}.ics`} className="app-button-secondary">Add to calendar</a>
          <p className="app-secondary">This downloads a file that your phone or computer calendar can open.</p>
        </div>
      )}

      <section aria-labelledby="event-accessibility">
        <h2 id="event-accessibility">Accessibility</h2>
        <p dangerouslySetInnerHTML={{ __html: accessibility }} />
        {venue && (venue.accessFeatures ?? []).length > 0 && <ul>{venue.accessFeatures!.map((f) => <li key={f}>{accessFeatureInfo[f]}</li>)}</ul>}
        {venue?.notes && <p>{venue.notes}</p>}
        <p>If you need something else so that you or your child can take part, contact {organiserName} before the day.</p>
      </section>

      {body && (
        <section aria-labelledby="about-event" className="app-prose">
          <h2 id="about-event">About this event</h2>
          <SafeHtml html={body} getAsset={props.getAsset} />
        </section>
      )}

      <WordsExplained entries={jargon.used()} />
      <p><a href="/events/">All events</a></p>
    </PreviewPage>
  );
}
