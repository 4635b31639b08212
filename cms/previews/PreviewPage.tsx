import type { ReactNode } from 'react';
import { EntryChecks } from './EntryChecks';

/**
 * The frame every page-like preview shares: the site's page width and main
 * area (so the site's stylesheet applies as on the page), with what would
 * stop the entry being published above it.
 */
export function PreviewPage({ collection, data, children }: { collection: string; data: Record<string, unknown>; children: ReactNode }) {
  return (
    <div className="app-width-container">
      <main id="main-content" className="app-main">
        <EntryChecks collection={collection} data={data} />
        {children}
      </main>
    </div>
  );
}
