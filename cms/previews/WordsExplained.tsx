import { shortForms, termMidSentence, type GlossaryEntry } from '../../src/lib/glossary';
import { meaningId } from '../../src/lib/explain-jargon';

/**
 * "Words used on this page", as src/components/WordsExplained.astro draws it:
 * the meaning of each glossary term the page uses, where its first use links.
 */
export function WordsExplained({ entries, heading = 'Words used on this page' }: { entries: GlossaryEntry[]; heading?: string }) {
  if (entries.length === 0) return null;
  return (
    <section className="app-words-explained" aria-labelledby="words-explained">
      <h2 id="words-explained">{heading}</h2>
      <dl className="app-words-explained__list">
        {entries.map((e) => (
          <div key={e.slug}>
            <dt id={meaningId(e.slug)} tabIndex={-1}>
              {e.term}
              {shortForms(e).length > 0 && ` (${shortForms(e).join(' or ')})`}
            </dt>
            <dd>
              {e.meaning}{' '}
              <a href={`/glossary/#${e.slug}`}>
                More about {termMidSentence(e.term)}
                <span className="govuk-visually-hidden"> in the jargon buster</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
      <p className="app-no-print">
        <a href="/glossary/">Jargon buster: all the words, A to Z</a>
      </p>
    </section>
  );
}
