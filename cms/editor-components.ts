/**
 * What a navigator can insert into a Markdown body besides text. Both write
 * plain Markdown, so the site renders them with src/lib/markdown.ts like any
 * other text.
 */

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Decap's image block, but the description (alt text) is asked for and required. */
export const imageWithDescription = {
  id: 'image',
  label: 'Image',
  fields: [
    { label: 'Image', name: 'image', widget: 'image', media_library: { allow_multiple: false } },
    {
      label: 'Describe the image',
      name: 'alt',
      widget: 'string',
      required: true,
      hint: 'What someone who cannot see it needs to know, for example "The front door of Riverside Family Hub, with a ramp".',
    },
  ],
  pattern: /^!\[([^\]]*)\]\(([^)\s]*)\)$/,
  fromBlock: (match: RegExpMatchArray) => ({ alt: match[1], image: match[2] }),
  toBlock: ({ alt, image }: { alt?: string; image?: string }) => `![${(alt ?? '').replace(/[[\]]/g, '')}](${image ?? ''})`,
  toPreview: ({ alt, image }: { alt?: string; image?: string }) => `<img src="${escape(image ?? '')}" alt="${escape(alt ?? '')}">`,
};

/** A leaflet or form to download, with link text that says what it is and that it is a PDF. */
export const documentLink = {
  id: 'document',
  label: 'Document (PDF)',
  fields: [
    { label: 'File', name: 'file', widget: 'file', media_library: { allow_multiple: false } },
    {
      label: 'Link text',
      name: 'text',
      widget: 'string',
      required: true,
      hint: 'Say what the document is, for example "Short breaks leaflet". The file type is added for you.',
    },
  ],
  pattern: /^\[([^\]]+?) \(PDF\)\]\((\/uploads\/[^)\s]+)\)$/,
  fromBlock: (match: RegExpMatchArray) => ({ text: match[1], file: match[2] }),
  toBlock: ({ text, file }: { text?: string; file?: string }) => `[${(text ?? '').replace(/[[\]]/g, '')} (PDF)](${file ?? ''})`,
  toPreview: ({ text, file }: { text?: string; file?: string }) => `<a href="${escape(file ?? '')}">${escape(text ?? '')} (PDF)</a>`,
};
