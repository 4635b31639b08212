import type { z } from 'astro/zod';
import type { newsletterIssueSchema } from '../../src/schemas/newsletter-issue';
import { newsPostSchema } from '../../src/schemas/news-post';
import { eventSchema } from '../../src/schemas/event';
import { siteSettingsSchema, type SiteSettings } from '../../src/schemas/site-settings';
import { gatherIssue, youSaidWeDidHighlight, type YouSaidWeDidHighlight } from '../../src/lib/newsletter';
import { describeEventTime } from '../../src/lib/events';
import { renderMarkdown } from '../../src/lib/markdown';
import { formatDate } from '../../src/lib/review';
import { telHref } from '../../src/lib/schedule';
import { createJargonExplainer } from '../../src/lib/explain-jargon';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';
import { PreviewLoading } from './PreviewLoading';
import { WordsExplained } from './WordsExplained';
import { useGlossary } from './use-glossary';
import { loadedData, useCollection, type LoadedEntry } from './use-collection';

/** Entries the site would publish, read with its schema (dates as the site reads them), each with its file name and body. */
const readWith = <T,>(schema: z.ZodType<T>) => (entries: Iterable<LoadedEntry>) =>
  [...entries].flatMap((entry) => {
    const { slug, data } = loadedData(entry);
    const { body, ...fields } = data;
    const parsed = schema.safeParse(fields);
    return parsed.success ? [{ ...parsed.data, slug, body: typeof body === 'string' ? body : '' }] : [];
  });
const readNews = readWith(newsPostSchema);
const readEvents = readWith(eventSchema);
const readSettings = readWith(siteSettingsSchema);
const readHighlights = (entries: Iterable<LoadedEntry>): YouSaidWeDidHighlight[] => [...entries].flatMap((e) => youSaidWeDidHighlight(loadedData(e).data) ?? []);

/** Other issues only need their date, to know where this one's news starts. */
const readIssues = (entries: Iterable<LoadedEntry>) =>
  [...entries].flatMap((entry) => {
    const { slug, data } = loadedData(entry);
    const date = asDate(data.date);
    return date ? [{ slug, date }] : [];
  });

/**
 * A newsletter issue as src/pages/newsletter/[issue].astro shows it: the
 * news, events and "you said, we did" responses it gathers by date (the
 * site's own gatherIssue), read through Decap from the content being edited.
 */
export function NewsletterIssuePreview(props: PreviewProps) {
  const glossary = useGlossary(props.getCollection);
  const news = useCollection(props.getCollection, 'news', readNews);
  const events = useCollection(props.getCollection, 'events', readEvents);
  const highlightsLoaded = useCollection(props.getCollection, 'youSaidWeDid', readHighlights);
  const issues = useCollection(props.getCollection, 'newsletters', readIssues);
  const settingsList = useCollection(props.getCollection, 'settings', readSettings);
  const raw = entryData(props);
  const issue = withoutBlanks(raw) as Partial<z.input<typeof newsletterIssueSchema>> & { body?: string };
  if (!glossary || !news || !events || !highlightsLoaded || !issues || !settingsList) return <PreviewLoading />;
  const slug = String(props.entry.get('slug') ?? '');
  const settings: Partial<SiteSettings> = settingsList[0] ?? {};
  const date = asDate(issue.date);
  const others = issues.filter((i) => i.slug !== slug);
  const contents = date ? gatherIssue({ date }, [...others, { date }], { news, events, youSaidWeDid: highlightsLoaded }) : { news: [], events: [], youSaidWeDid: [] };
  // One explainer in reading order, so each word is explained once in the whole issue, as on the page.
  const jargon = createJargonExplainer(glossary);
  const intro = jargon.html(renderMarkdown(issue.body ?? ''));
  const stories = contents.news.map((post) => ({ post, html: jargon.html(renderMarkdown(post.body)) }));
  const eventSummaries = contents.events.map((event) => ({ event, html: jargon.text(event.summary) }));
  const highlights = contents.youSaidWeDid.map((h) => ({ ...h, youSaidHtml: jargon.text(h.youSaid), weDidHtml: jargon.text(h.weDid) }));
  const statusWords = (status: string) => status.charAt(0).toUpperCase() + status.slice(1).replace(/-/g, ' ');
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <p className="app-newsletter-masthead">{settings.areaName} Local Offer newsletter</p>
      <h1>{issue.title}</h1>
      <p className="app-secondary">Sent on {date && formatDate(date)} by {settings.councilName}.</p>
      <p className="app-no-print app-secondary">To print this newsletter or save it as a PDF, use your browser's Print option. The printed copy leaves out the website menus.</p>
      <div className="app-prose" dangerouslySetInnerHTML={{ __html: intro }} />

      <nav className="app-no-print" aria-labelledby="in-this-issue">
        <h2 id="in-this-issue">In this issue</h2>
        <ul>
          {stories.length > 0 && <li><a href="#news">News</a></li>}
          {eventSummaries.length > 0 && <li><a href="#whats-on">What's on</a></li>}
          {highlights.length > 0 && <li><a href="#you-said-we-did">You said, we did</a></li>}
          <li><a href="#contact-us">Contact us</a></li>
        </ul>
      </nav>

      {stories.length > 0 && (
        <section aria-labelledby="news">
          <h2 id="news">News</h2>
          {stories.map(({ post, html }) => (
            <article className="app-newsletter-item" key={post.slug}>
              <h3><a href={`/news/${post.slug}/`}>{post.title}</a></h3>
              <p className="app-secondary">{formatDate(post.date)}</p>
              <div className="app-prose" dangerouslySetInnerHTML={{ __html: html }} />
            </article>
          ))}
        </section>
      )}

      {eventSummaries.length > 0 && (
        <section aria-labelledby="whats-on">
          <h2 id="whats-on">What's on</h2>
          {eventSummaries.map(({ event, html }) => <NewsletterEvent key={event.slug} event={event} summaryHtml={html} />)}
        </section>
      )}

      {highlights.length > 0 && (
        <section aria-labelledby="you-said-we-did">
          <h2 id="you-said-we-did">You said, we did</h2>
          <p>What families told us, and what we changed as a result.</p>
          {highlights.map((h, i) => (
            <article className="app-newsletter-item" key={i}>
              {h.title && <h3>{h.title}</h3>}
              <p><strong>You said:</strong> <span dangerouslySetInnerHTML={{ __html: h.youSaidHtml }} /></p>
              <p><strong>We did:</strong> <span dangerouslySetInnerHTML={{ __html: h.weDidHtml }} /></p>
              {h.status && <p className="app-secondary">Progress: {statusWords(h.status)}.</p>}
            </article>
          ))}
        </section>
      )}

      <section aria-labelledby="contact-us" className="app-newsletter-contact">
        <h2 id="contact-us">Contact us</h2>
        <p>Call the Local Offer team on <a href={telHref(settings.phone ?? '')}>{settings.phone}</a> ({settings.phoneHours}) or email <a href={`mailto:${settings.email}`}>{settings.email}</a>.</p>
        <p>No internet? Call us and we will post you the newsletter or any page of the Local Offer. SEND navigators at family hubs and libraries can also look things up with you.</p>
      </section>

      <WordsExplained entries={jargon.used()} heading="Words used in this newsletter" />
    </PreviewPage>
  );
}

/** An event as src/components/NewsletterEvent.astro shows it in the printed newsletter. */
function NewsletterEvent({ event, summaryHtml }: { event: ReturnType<typeof readEvents>[number]; summaryHtml: string }) {
  const { venue, booking } = event;
  const where = [venue && `${venue.name}, ${venue.address.street}, ${venue.address.town} ${venue.address.postcode}`, event.online && `Online. ${event.online}`]
    .filter(Boolean)
    .join(' Or ');
  const howToBook = booking.required
    ? `Book a place: ${[booking.phone && `call ${booking.phone}`, booking.email && `email ${booking.email}`, booking.website && `go to ${booking.website.replace(/^https:\/\//, '')}`].filter(Boolean).join(', or ')}.`
    : 'No need to book. Just turn up.';
  return (
    <article className="app-newsletter-item">
      <h3><a href={`/events/${event.slug}/`}>{event.title}</a></h3>
      {event.cancelled && <p><strong className="govuk-tag govuk-tag--red">Cancelled</strong> {event.cancelled}</p>}
      <p><strong>{describeEventTime(event)}</strong></p>
      <p dangerouslySetInnerHTML={{ __html: summaryHtml }} />
      <ul>
        <li>Where: {where}</li>
        <li>{howToBook}</li>
        <li>{event.cost.free ? 'Free.' : `Cost: ${event.cost.details}`}</li>
      </ul>
    </article>
  );
}
