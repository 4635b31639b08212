import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown';

// Content reaches the site from many editors through the CMS; the same
// function renders the CMS preview (GHSA-xp8g-32qh-mv28).
describe('Markdown from the CMS', () => {
  it('never keeps script, event handlers or javascript: links', () => {
    const html = renderMarkdown(
      'Hello\n\n<script>alert(1)</script>\n\n<img src="x" onerror="alert(1)" alt="x">\n\n[click](javascript:alert(1))\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
    expect(html).toContain('<p>Hello</p>');
  });

  it('keeps an uploaded image with its description', () => {
    expect(renderMarkdown('![The front door of Riverside Family Hub, with a ramp](/uploads/hub.jpg)')).toBe(
      '<p><img src="/uploads/hub.jpg" alt="The front door of Riverside Family Hub, with a ramp" /></p>\n',
    );
  });

  it('leaves out an image nobody described, and images from data: addresses', () => {
    expect(renderMarkdown('![](/uploads/hub.jpg)')).not.toContain('<img');
    expect(renderMarkdown('![A dot](data:image/png;base64,AAAA)')).not.toContain('data:');
  });

  it('links to a PDF leaflet with the file type in the link text', () => {
    expect(renderMarkdown('[Short breaks leaflet (PDF)](/uploads/short-breaks.pdf)')).toContain(
      '<a href="/uploads/short-breaks.pdf">Short breaks leaflet (PDF)</a>',
    );
  });
});
