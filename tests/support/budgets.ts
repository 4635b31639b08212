import fs from 'node:fs';

export interface PageType {
  name: string;
  /** A typical (or the heaviest) page of this type. */
  path: string;
  /** Browse and service pages ship no JavaScript at all. */
  noJavaScript?: boolean;
  /** A different transfer budget for this page type; `why` must say why. */
  maxTransferBytes?: number;
  /** Lighthouse categories this page type is not held to; `why` must say why. */
  lighthouseNotScored?: ('performance' | 'accessibility' | 'best-practices' | 'seo')[];
  /** The reason for any exception above, in plain words. */
  why?: string;
}

export interface Budgets {
  pageTypes: PageType[];
  /** Per page: everything transferred except images the content adds. */
  maxTransferBytes: number;
  minLighthouseScore: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
}

/** The committed budget file at the repository root. */
export function readBudgets(): Budgets {
  return JSON.parse(fs.readFileSync('budgets.json', 'utf8')) as Budgets;
}
