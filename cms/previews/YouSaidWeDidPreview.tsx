import type { z } from 'astro/zod';
import type { youSaidWeDidSchema } from '../../src/schemas/you-said-we-did';
import { youSaidWeDidStatusInfo, youSaidWeDidThemeInfo } from '../../src/data/you-said-we-did';
import { groupByMonth, type YouSaidWeDidEntry } from '../../src/lib/you-said-we-did';
import { formatDate } from '../../src/lib/review';
import { withoutBlanks } from '../entry-checks';
import { asDate, entryCollection, entryData, type PreviewProps } from './preview-props';
import { PreviewPage } from './PreviewPage';

type Fields = Partial<z.input<typeof youSaidWeDidSchema>>;

/** One response as src/components/YouSaidWeDidEntry.astro draws it on the "You said, we did" page, under its month. */
export function YouSaidWeDidPreview(props: PreviewProps) {
  const raw = entryData(props);
  const entry = withoutBlanks(raw) as Fields;
  const slug = String(props.entry.get('slug') ?? '');
  const date = asDate(entry.date);
  const status = entry.status && youSaidWeDidStatusInfo[entry.status];
  const theme = entry.theme && youSaidWeDidThemeInfo[entry.theme];
  // The page's own month heading ("November 2026").
  const month = date && groupByMonth([{ ...entry, date } as YouSaidWeDidEntry])[0];
  const changed = entry.changed ?? [];
  return (
    <PreviewPage collection={entryCollection(props)} data={raw}>
      <h1>You said, we did</h1>
      <section className="app-ysd-month" aria-labelledby="month">
        <h2 id="month">{month?.label}</h2>
        <article className="app-ysd" id={slug} aria-labelledby={`${slug}-title`}>
          <h3 className="app-ysd__title" id={`${slug}-title`}>{entry.title}</h3>
          <ul className="app-card__meta">
            <li>{status && <strong className={[...new Set(['govuk-tag', status.tagClass])].join(' ')}>{status.label}</strong>}</li>
            {theme && <li>{theme.label}</li>}
            <li>Published {date && <time dateTime={date.toISOString().slice(0, 10)}>{formatDate(date)}</time>}</li>
          </ul>
          <dl className="app-ysd__loop">
            <div className="app-ysd__said">
              <dt>You said</dt>
              <dd>{entry.youSaid}</dd>
            </div>
            <div className="app-ysd__did">
              <dt>{entry.status === 'done' ? 'We did' : entry.status === 'in-progress' ? 'We are doing' : 'We will'}</dt>
              <dd>{entry.weDid}{entry.expected && <> <span className="app-ysd__expected">Expected: {entry.expected}.</span></>}</dd>
            </div>
          </dl>
          {changed.length > 0 && (
            <p className="app-ysd__changed">
              See what changed:{' '}
              {changed.map((link, i) => <span key={i}>{i > 0 && ', '}<a href={link.href}>{link.label}</a></span>)}
            </p>
          )}
        </article>
      </section>
    </PreviewPage>
  );
}
