import { collections } from '../collections';
import { checkEntry } from '../entry-checks';

interface Props {
  collection: string;
  data: Record<string, unknown>;
}

/**
 * What would stop this entry being published, shown above the preview in the
 * same words the save check and the site build use. Nothing shows when the
 * entry is ready.
 */
export function EntryChecks({ collection, data }: Props) {
  const registration = collections.find((c) => c.name === collection);
  if (!registration) return null;
  const problems = checkEntry(registration, data);
  if (problems.length === 0) return null;
  return (
    <div className="app-notice app-notice--warning" role="note" data-cms-checks>
      <h2>Not ready to publish yet</h2>
      <p>Fix these before you save. The preview below fills the gaps with what it can.</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <strong>{p.where}:</strong> {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
