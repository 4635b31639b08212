import type { Organisation } from '../../src/schemas/organisation';
import { telHref } from '../../src/lib/schedule';
import { websiteText } from '../../src/lib/service-words';
import { withoutBlanks } from '../entry-checks';
import { entryCollection, entryData, type PreviewProps } from './preview-props';
import { EntryChecks } from './EntryChecks';

/** An organisation as src/pages/organisations/[slug].astro shows it. */
export function OrganisationPreview(props: PreviewProps) {
  const raw = entryData(props);
  const organisation = withoutBlanks(raw) as Partial<Organisation>;
  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={entryCollection(props)} data={raw} />
        <h1>{organisation.name}</h1>
        <p className="app-lead">{organisation.description}</p>
        <ul>
          {organisation.phone && (
            <li>
              Phone: <a href={telHref(organisation.phone)}>{organisation.phone}</a>
            </li>
          )}
          {organisation.email && (
            <li>
              Email: <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
            </li>
          )}
          {organisation.website && (
            <li>
              Website: <a href={organisation.website}>{websiteText(organisation.website)}</a>
            </li>
          )}
        </ul>
        <h2>Services they run</h2>
        <p className="app-secondary">(On the website, the services this organisation runs are listed here.)</p>
      </main>
    </div>
  );
}
