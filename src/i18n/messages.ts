import { escapeHtml } from '../lib/escape-html.ts';

/**
 * The site's own sentences that name the area, the council or the forum, and
 * the interface text every page shares (header, menu, footer, the parts of a
 * service page), in one place so a council can read and reword them without
 * touching a page.
 * A council changes any of them in content/settings/site.yaml under
 * `wording:` (the key on the left, its own words on the right); the
 * placeholders in braces are filled in from the rest of the settings:
 *
 *   {area}     the area's name (areaName)
 *   {council}  the council's name (councilName)
 *   {forum}    the parent carer forum's name (parentCarerForum.name)
 *   {site}     "{area} Local Offer", or the council's own wording for the site name
 *   {title}    the page's or event's title (page.description, events.eventCalendarName)
 *   {year}     the report's year (youSaidWeDid.reportDescription)
 *   and, in the interface text, the values named in the comment above them
 *
 * Nothing here may name a real or demo area: every area word comes from the
 * settings (tests/e2e/new-area.test.ts builds a second area to check).
 */
export const messages = {
  'site.name': '{area} Local Offer',
  'site.description': 'Support in {area} for children and young people aged 0 to 25 with special educational needs and disabilities (SEND).',
  'page.description': '{title}: support in {area} for children and young people aged 0 to 25 with special educational needs and disabilities (SEND).',
  'home.description': 'Find support in {area} for children and young people aged 0 to 25 with special educational needs and disabilities (SEND).',
  'home.lead':
    'Support in {area} for children and young people aged 0 to 25 with special educational needs and disabilities (SEND). You do not need a diagnosis to get help.',
  'search.description': "Search {area}'s support for children and young people with SEND, in your own words.",
  'surveys.description': 'Take part in surveys about SEND support in {area}, and see what we did about your answers.',
  'youSaidWeDid.description': 'What families told us about SEND support in {area}, and what we did about it. Updated every month.',
  'youSaidWeDid.lead':
    'What children, young people and families told us about SEND support in {area}, and what we did about it. We add new updates every month.',
  'youSaidWeDid.feedTitle': 'You said, we did – {site}',
  'youSaidWeDid.feedDescription': 'What families told us about SEND support in {area}, and what we did about it.',
  'youSaidWeDid.forumSource': '{forum}',
  'youSaidWeDid.forumSourceWithoutForum': 'The parent carer forum',
  'youSaidWeDid.reportDescription': 'The comments families made about the {site} in {year}, and what the council did in response.',
  'improvementPlan.description': "How {area}'s SEND improvement plan is going: every action, who is responsible, and what changed since last month.",
  'dashboard.description': 'Facts and figures about the {site}: services by type of support and area of need, how up to date they are, feedback and events.',
  'dashboard.lead': 'Facts and figures about the {site}, counted from the information on this website.',
  'schools.description':
    'Schools, nurseries and colleges for children and young people with SEND in and around {area}: what each offers, who the SENCo is and how places are offered.',
  'schools.lead':
    'Every nursery, school and college in {area}, and the specialist schools outside the area that children from {area} go to. Each page says what the setting does for children with SEND and who to talk to.',
  'privacy.description': 'How {council} uses and protects what you tell us in Local Offer surveys and page feedback.',
  'newsletter.masthead': '{site} newsletter',
  'news.feedTitle': '{site} news',
  'events.calendarName': '{site} events',
  'events.eventCalendarName': '{site}: {title}',
  'feed.copyright': '{council}',

  // Interface text: the words on every page (header, menu, footer) and in the parts of service pages.
  // {phone}, {hours}, {email}, {address}, {date}, {owner}, {languages} and {outcomes} are filled in where the message is used
  // ({phone} and {email} as links).
  'layout.skipLink': 'Skip to main content',
  'layout.tagline': 'Support for children and young people with SEND, aged 0 to 25',
  'layout.printedFrom': 'From the {site}: {address}',
  'menu.findSupport': 'Find support',
  'menu.aToZ': 'All services A to Z',
  'menu.information': 'Information and advice',
  'menu.events': 'Events',
  'menu.glossary': 'Jargon buster',
  'menu.myList': 'My list',
  'footer.heading': 'Support links',
  'footer.help': 'Cannot find what you need, or prefer to talk? Call the Local Offer team on {phone} ({hours}) or email {email}.',
  'footer.accessibility': 'Accessibility statement',
  'footer.youSaidWeDid': 'You said, we did',
  'footer.surveys': 'Have your say',
  'footer.privacy': 'Privacy notice',
  'footer.offline': 'Use this site offline',
  'footer.sendiass': 'Free advice (SENDIASS)',
  'footer.improvementPlan': 'SEND improvement plan progress',
  'footer.dashboard': 'Local Offer dashboard',
  'footer.news': 'News',
  'footer.newsletter': 'Newsletter',
  'breadcrumbs.home': 'Home',
  'service.howToGetIt': 'How to get it',
  'service.contact': 'Contact',
  'service.phone': 'Phone:',
  'service.textPhone': 'Text phone or SMS:',
  'service.email': 'Email:',
  'service.website': 'Website:',
  'service.outOfDate': 'This information may be out of date',
  'service.outOfDateOld': 'It was last checked on {date}, over 12 months ago. Contact the service to check before you go.',
  'service.outOfDateDue': 'It was due to be checked again on {date}. Contact the service to check before you go.',
  'service.breadcrumb': 'Services A to Z',
  'service.saveToMyList': 'Save to my list',
  'service.keyFacts': 'Key facts',
  'service.whoFor': 'Who it is for',
  'service.helpsWith': 'Helps with',
  'service.cost': 'Cost',
  'service.typeOfSupport': 'Type of support',
  'service.runBy': 'Run by',
  'service.whatItIs': 'What it is',
  'service.whereAndWhen': 'Where and when',
  'service.times': 'Times',
  'service.when': 'When',
  'service.time': 'Time',
  'service.where': 'Where',
  'service.anyVenue': 'Any venue',
  'service.termTimeOnly': 'term time only',
  'service.languagesAndAccess': 'Languages and accessibility',
  'service.languages': 'Languages: {languages}.',
  'service.adjustments': 'If you need something to make it easier for you or your child to use this service, ask them. They must make reasonable adjustments.',
  'service.adulthood': 'Preparing for adulthood',
  'service.adulthoodOutcomes': 'This service helps young people get ready for adult life: {outcomes}.',
  'service.moreLikeThis': 'More like this',
  'service.lastChecked': 'Last checked on {date}.',
  'service.lastCheckedBy': 'Last checked on {date} by the {owner}.',
  'feedback.name': 'Page feedback',
  'feedback.question': 'Was this page useful?',
  'feedback.yes': 'Yes',
  'feedback.no': 'No',
  'feedback.lookingFor': 'What were you looking for? (optional)',
  'feedback.lookingForHint': "Please do not include names, contact details or anything about your child's health. We cannot reply to feedback.",
  'feedback.send': 'Send feedback',
  'notFound.title': 'Page not found',
  'notFound.typed': 'If you typed the web address, check it is correct. If you pasted it, check you copied all of it.',
  'notFound.moved': 'The page may have moved or the service may have closed. You can:',
  'notFound.byAge': "find support by your child's age and needs",
  'notFound.aToZ': 'look through all services A to Z',
  'notFound.information': 'read information and advice',
  'notFound.call': 'Or call the Local Offer team on {phone} ({hours}). They can search for you.',
  'list.pageOf': 'Page {page} of {pages} of this list.',
  'list.jumpTo': 'Jump to a type of support',
  'list.continued': '{tier}, continued',
  'list.emptyGroup': 'There are no services in this group for your choices. Try the other groups, or {link}.',
  'list.seeAll': 'see all services',
  'list.pages': 'Pages of this list',
  'aToZ.letters': 'Services by first letter',
} as const;

export type MessageKey = keyof typeof messages;
export const messageKeys = Object.keys(messages) as [MessageKey, ...MessageKey[]];

/** What each message is, as the editor labels its "your own wording" field. */
export const messageLabels: Record<MessageKey, string> = {
  'site.name': 'Site name',
  'site.description': 'Site description for search engines',
  'page.description': 'Page description for search engines',
  'home.description': 'Home page description for search engines',
  'home.lead': 'Home page: opening sentence',
  'search.description': 'Search page description',
  'surveys.description': 'Surveys page description',
  'youSaidWeDid.description': 'You said, we did: page description',
  'youSaidWeDid.lead': 'You said, we did: opening sentence',
  'youSaidWeDid.feedTitle': 'You said, we did: feed title',
  'youSaidWeDid.feedDescription': 'You said, we did: feed description',
  'youSaidWeDid.forumSource': 'You said, we did: the forum as a source',
  'youSaidWeDid.forumSourceWithoutForum': 'You said, we did: the source when there is no forum',
  'youSaidWeDid.reportDescription': 'You said, we did: yearly report description',
  'improvementPlan.description': 'Improvement plan page description',
  'dashboard.description': 'Dashboard page description',
  'dashboard.lead': 'Dashboard: opening sentence',
  'schools.description': 'Schools list description',
  'schools.lead': 'Schools list: opening sentence',
  'privacy.description': 'Privacy notice description',
  'newsletter.masthead': 'Newsletter: name at the top',
  'news.feedTitle': 'News feed title',
  'events.calendarName': 'Events calendar name',
  'events.eventCalendarName': "One event's calendar name",
  'feed.copyright': 'Feeds: who owns the words',
  'layout.skipLink': 'Every page: the skip link',
  'layout.tagline': 'Every page: the line under the site name',
  'layout.printedFrom': 'Printed pages: where they came from',
  'menu.findSupport': 'Menu: find support',
  'menu.aToZ': 'Menu: the A to Z',
  'menu.information': 'Menu: information and advice',
  'menu.events': 'Menu: events',
  'menu.glossary': 'Menu: the jargon buster',
  'menu.myList': 'Menu: My list',
  'footer.heading': 'Footer: heading (read out by screen readers)',
  'footer.help': 'Footer: how to contact the Local Offer team',
  'footer.accessibility': 'Footer: accessibility statement link',
  'footer.youSaidWeDid': 'Footer: you said, we did link',
  'footer.surveys': 'Footer: surveys link',
  'footer.privacy': 'Footer: privacy notice link',
  'footer.offline': 'Footer: offline link',
  'footer.sendiass': 'Footer: free advice link',
  'footer.improvementPlan': 'Footer: improvement plan link',
  'footer.dashboard': 'Footer: dashboard link',
  'footer.news': 'Footer: news link',
  'footer.newsletter': 'Footer: newsletter link',
  'breadcrumbs.home': 'Breadcrumbs: the first link',
  'service.howToGetIt': 'Service pages: "How to get it" heading',
  'service.contact': 'Service pages: "Contact" heading',
  'service.phone': 'Service pages: before the phone number',
  'service.textPhone': 'Service pages: before the text phone number',
  'service.email': 'Service pages: before the email address',
  'service.website': 'Service pages: before the website',
  'service.outOfDate': 'Service pages: out-of-date warning heading',
  'service.outOfDateOld': 'Service pages: out-of-date warning, not checked for 12 months',
  'service.outOfDateDue': 'Service pages: out-of-date warning, past the date it was due to be checked',
  'service.breadcrumb': 'Service pages: the breadcrumb back to the A to Z',
  'service.saveToMyList': 'Service pages: the save link',
  'service.keyFacts': 'Service pages: name of the key facts list (read out by screen readers)',
  'service.whoFor': 'Service pages: who it is for',
  'service.helpsWith': 'Service pages: the needs it helps with',
  'service.cost': 'Service pages: cost',
  'service.typeOfSupport': 'Service pages: type of support',
  'service.runBy': 'Service pages: who runs it',
  'service.whatItIs': "Service pages: the description's heading",
  'service.whereAndWhen': 'Service pages: where and when heading',
  'service.times': "Service pages: the times table's caption",
  'service.when': 'Service pages: times table, the days column',
  'service.time': 'Service pages: times table, the time column',
  'service.where': 'Service pages: times table, the venue column',
  'service.anyVenue': 'Service pages: times table, a time at every venue',
  'service.termTimeOnly': 'Service pages: times table, term time only',
  'service.languagesAndAccess': 'Service pages: languages and accessibility heading',
  'service.languages': 'Service pages: the languages it is offered in',
  'service.adjustments': 'Service pages: reasonable adjustments',
  'service.adulthood': 'Service pages: preparing for adulthood heading',
  'service.adulthoodOutcomes': 'Service pages: what it helps young people get ready for',
  'service.moreLikeThis': 'Service pages: more like this heading',
  'service.lastChecked': 'Service pages: when it was last checked',
  'service.lastCheckedBy': 'Service pages: when it was last checked, and by whom',
  'feedback.name': "Page feedback: name of the form's area (read out by screen readers)",
  'feedback.question': 'Page feedback: the question',
  'feedback.yes': 'Page feedback: yes',
  'feedback.no': 'Page feedback: no',
  'feedback.lookingFor': 'Page feedback: the comment box',
  'feedback.lookingForHint': "Page feedback: the comment box's hint",
  'feedback.send': 'Page feedback: the button',
  'notFound.title': 'Page not found: title',
  'notFound.typed': 'Page not found: check the address',
  'notFound.moved': 'Page not found: before the links',
  'notFound.byAge': 'Page not found: link to find support',
  'notFound.aToZ': 'Page not found: link to the A to Z',
  'notFound.information': 'Page not found: link to information',
  'notFound.call': 'Page not found: phone the team',
  'list.pageOf': 'Browse lists: which page this is',
  'list.jumpTo': 'Browse lists: name of the links to each type of support (read out by screen readers)',
  'list.continued': "Browse lists: a group's heading on a later page",
  'list.emptyGroup': 'Browse lists: a group with no services',
  'list.seeAll': 'Browse lists: the link in a group with no services',
  'list.pages': 'Browse lists: name of the page links (read out by screen readers)',
  'aToZ.letters': 'A to Z: name of the letter links (read out by screen readers)',
};

/** The settings a message may name (a subset of SiteSettings, so lib code and tests can pass just these). */
export interface MessageSettings {
  areaName: string;
  councilName: string;
  parentCarerForum?: { name: string };
  wording?: Partial<Record<MessageKey, string | undefined>>;
}

/** Fills {placeholders}; an unknown placeholder is left as it is, so a typo shows on the page rather than vanishing. */
function fill(text: string, values: Record<string, string | undefined>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The council's wording for a message, or ours, with the area words filled in. */
export function say(key: MessageKey, settings: MessageSettings, extra: Record<string, string> = {}): string {
  const siteName = fill(settings.wording?.['site.name'] ?? messages['site.name'], { area: settings.areaName, council: settings.councilName });
  const values = { area: settings.areaName, council: settings.councilName, forum: settings.parentCarerForum?.name, site: siteName, ...extra };
  return fill(settings.wording?.[key] ?? messages[key], values);
}

/**
 * A message as HTML, for sentences with links in them (the footer's phone number and email): the
 * message's words are escaped, and each `html` value (markup the page made) goes where its
 * placeholder is. So a council's wording can move the links but never add markup of its own.
 */
export function sayHtml(key: MessageKey, settings: MessageSettings, html: Record<string, string>): string {
  const marked = say(key, settings, Object.fromEntries(Object.keys(html).map((name) => [name, `\u0000${name}\u0000`])));
  return escapeHtml(marked).replace(/\u0000(\w+)\u0000/g, (whole, name: string) => html[name] ?? whole);
}
