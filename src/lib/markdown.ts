import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Turns a navigator's Markdown into safe HTML. Content reaches Git from many
 * editors through the CMS, so scripts, event handlers, iframes and styles are
 * stripped (Decap advisory GHSA-xp8g-32qh-mv28). The site and the CMS preview
 * both call this, so what an editor previews is what the site publishes.
 * Headings are shifted down one level: the page title is the only h1.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return sanitizeHtml(html, {
    allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr'],
    allowedAttributes: { a: ['href'], th: ['scope'], abbr: ['title'] },
    allowedSchemes: ['https', 'http', 'mailto', 'tel'],
    transformTags: { h1: 'h2' },
  });
}
