import { renderMarkdown } from '../../src/lib/markdown';
import type { PreviewProps } from './preview-props';

interface HtmlProps {
  /** HTML from renderMarkdown (src/lib/markdown.ts), perhaps with jargon explained since. */
  html: string;
  getAsset: PreviewProps['getAsset'];
  className?: string;
}

/**
 * Sanitised HTML with image addresses pointed at Decap's copies, so images
 * uploaded but not yet published still show. Addresses are changed only
 * after sanitising, so nothing here can let script through.
 */
export function SafeHtml({ html, getAsset, className }: HtmlProps) {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  for (const img of doc.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    if (src.startsWith('/')) img.setAttribute('src', getAsset(src)?.toString() ?? src);
  }
  return <div className={className} dangerouslySetInnerHTML={{ __html: doc.body.firstElementChild?.innerHTML ?? '' }} />;
}

/**
 * Markdown rendered by the site's own function (marked, then sanitize-html),
 * so script or event handlers typed into a body never reach the preview
 * (GHSA-xp8g-32qh-mv28).
 */
export function SafeMarkdown({ markdown, ...rest }: Omit<HtmlProps, 'html'> & { markdown: string }) {
  return <SafeHtml html={renderMarkdown(markdown)} {...rest} />;
}
