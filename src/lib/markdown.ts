import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Turns a navigator's Markdown into safe HTML. Content reaches Git from many
 * editors through the CMS, so scripts, event handlers, iframes and styles are
 * stripped (Decap advisory GHSA-xp8g-32qh-mv28). The site and the CMS preview
 * both call this, so what an editor previews is what the site publishes.
 * Headings are shifted down one level: the page title is the only h1.
 * Images uploaded through the CMS (public/uploads) are kept only with alt text.
 */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return sanitizeHtml(html, {
    allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'abbr', 'img'],
    allowedAttributes: { a: ['href'], th: ['scope'], abbr: ['title'], img: ['src', 'alt'] },
    allowedSchemes: ['https', 'http', 'mailto', 'tel'],
    // Images come from the CMS media folder (/uploads/...) or an https address; never data: or javascript:.
    allowedSchemesByTag: { img: ['https'] },
    transformTags: { h1: 'h2' },
    // An image nobody has described is left out rather than shown to some readers and not others.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.alt?.trim(),
  });
}
