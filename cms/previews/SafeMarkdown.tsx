import { renderMarkdown } from '../../src/lib/markdown';
import type { PreviewProps } from './preview-props';

interface Props {
  markdown: string;
  getAsset: PreviewProps['getAsset'];
  className?: string;
}

/**
 * Markdown rendered by the site's own function (marked, then sanitize-html),
 * so script or event handlers typed into a body never reach the preview
 * (GHSA-xp8g-32qh-mv28). Only after sanitising are image addresses pointed at
 * Decap's copies, so images uploaded but not yet published still show.
 */
export function SafeMarkdown({ markdown, getAsset, className }: Props) {
  const safe = renderMarkdown(markdown);
  const doc = new DOMParser().parseFromString(`<div>${safe}</div>`, 'text/html');
  for (const img of doc.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (src.startsWith('/')) img.setAttribute('src', getAsset(src)?.toString() ?? src);
  }
  const html = doc.body.firstElementChild?.innerHTML ?? '';
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
