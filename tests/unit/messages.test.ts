import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { messageKeys, messageLabels, messages, say, sayHtml } from '../../src/i18n/messages';
import { siteSettingsSchema } from '../../src/schemas/site-settings';

const riverford = { areaName: 'Riverford', councilName: 'Riverford Borough Council', parentCarerForum: { name: 'Riverford Family Voice' } };

describe('the sentences that name an area', () => {
  it('fill in the area, council, forum and site name from the settings', () => {
    expect(say('site.name', riverford)).toBe('Riverford Local Offer');
    expect(say('youSaidWeDid.feedTitle', riverford)).toBe('You said, we did – Riverford Local Offer');
    expect(say('youSaidWeDid.forumSource', riverford)).toBe('Riverford Family Voice');
    expect(say('feed.copyright', riverford)).toBe('Riverford Borough Council');
    expect(say('page.description', riverford, { title: 'Short breaks' })).toBe(
      'Short breaks: support in Riverford for children and young people aged 0 to 25 with special educational needs and disabilities (SEND).',
    );
  });

  it("use the council's own wording where it gives one, its site name included", () => {
    const reworded = { ...riverford, wording: { 'site.name': 'SEND Local Offer for {area}', 'news.feedTitle': 'News from {council}' } };
    expect(say('site.name', reworded)).toBe('SEND Local Offer for Riverford');
    expect(say('events.calendarName', reworded)).toBe('SEND Local Offer for Riverford events');
    expect(say('news.feedTitle', reworded)).toBe('News from Riverford Borough Council');
  });

  it('leave a placeholder they do not know as it is, so a typo shows rather than vanishing', () => {
    expect(say('site.name', { ...riverford, wording: { 'site.name': '{aera} Local Offer' } })).toBe('{aera} Local Offer');
  });

  it('name no area themselves: nothing of the demo settings is in them', () => {
    const demo = load(fs.readFileSync('content/settings/site.yaml', 'utf8')) as { areaName: string; councilName: string; parentCarerForum: { name: string } };
    const text = JSON.stringify(messages);
    for (const word of [demo.areaName, demo.councilName, demo.parentCarerForum.name]) expect(text).not.toContain(word);
  });

  it('each have a label for the editor', () => {
    expect(Object.keys(messageLabels).sort()).toEqual([...messageKeys].sort());
  });
});

describe('the interface text', () => {
  const links = { phone: '<a href="tel:01632960700">01632 960700</a>', hours: '9am to 5pm', email: '<a href="mailto:send@example.org">send@example.org</a>' };

  it('puts the links the page made where the placeholders are', () => {
    expect(sayHtml('footer.help', riverford, links)).toBe(
      'Cannot find what you need, or prefer to talk? Call the Local Offer team on <a href="tel:01632960700">01632 960700</a> (9am to 5pm) or email <a href="mailto:send@example.org">send@example.org</a>.',
    );
  });

  it('lets a council move the links in its own wording, but never add markup', () => {
    const reworded = { ...riverford, wording: { 'footer.help': 'Email {email} or <b>ring</b> {phone} & ask' } };
    expect(sayHtml('footer.help', reworded, links)).toBe(
      'Email <a href="mailto:send@example.org">send@example.org</a> or &lt;b&gt;ring&lt;/b&gt; <a href="tel:01632960700">01632 960700</a> &amp; ask',
    );
  });

  it('can be reworded like the area sentences', () => {
    expect(say('menu.glossary', { ...riverford, wording: { 'menu.glossary': 'Words explained' } })).toBe('Words explained');
    expect(say('layout.printedFrom', riverford, { address: 'https://send.riverford.example/' })).toBe(
      'From the Riverford Local Offer: https://send.riverford.example/',
    );
  });
});

describe('the wording setting', () => {
  const base = {
    ...riverford,
    phone: '01632 960700',
    email: 'send@example.org',
    phoneHours: 'Monday to Friday, 9am to 5pm',
    councilWebsite: 'https://www.riverford.example',
  };

  it('accepts a sentence for a known message', () => {
    expect(siteSettingsSchema.safeParse({ ...base, wording: { 'site.name': 'SEND in {area}' } }).success).toBe(true);
  });

  it('refuses a message that does not exist, naming it', () => {
    const result = siteSettingsSchema.safeParse({ ...base, wording: { 'site.title': 'SEND in {area}' } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('site.title');
  });
});
