/**
 * `npm run new-area -- <folder> [--council "Riverford Borough Council"] [--area Riverford] [--site-url https://…]`
 *
 * Writes a starter content set for a new council: settings to fill in, the
 * statutory information pages as honest drafts that say what the council
 * must add, and empty folders for everything else. Then
 *
 *   LOCAL_OFFER_CONTENT=<folder> npm run build
 *
 * builds a valid, accessible, empty-but-honest site whose review queue
 * (/admin/review/) lists everything left to write. See docs/new-area.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseDocument, stringify, type YAMLMap, type YAMLSeq } from 'yaml';
import { starterPages } from './new-area/starter-pages.ts';
import { starterSettings } from '../src/lib/still-to-write.ts';

const usage = 'Usage: npm run new-area -- <folder> [--council "Your Council"] [--area "Your area"] [--site-url https://localoffer.example.org]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { council: { type: 'string' }, area: { type: 'string' }, 'site-url': { type: 'string' }, help: { type: 'boolean' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals.length !== 1) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
const folder = path.resolve(positionals[0]);
if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
  console.error(`${positionals[0]} already has files in it: choose a new folder, so nothing of yours is overwritten.`);
  process.exit(1);
}
if (values['site-url'] && !/^https:\/\/[^/]+/.test(values['site-url'])) {
  console.error('--site-url must be a full address starting with https://, such as https://localoffer.example.org');
  process.exit(2);
}

const today = new Date().toISOString().slice(0, 10);
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  fs.writeFileSync(path.join(folder, file), text);
};

// Settings: every value the site needs, the ones still to fill in listed in the review queue.
const settings = {
  councilName: values.council ?? starterSettings.councilName,
  areaName: values.area ?? starterSettings.areaName,
  ...(values['site-url'] && { siteUrl: values['site-url'] }),
  phone: starterSettings.phone,
  email: starterSettings.email,
  phoneHours: 'Monday to Friday, 9am to 5pm',
  councilWebsite: starterSettings.councilWebsite,
  referencePrefix: 'LO',
};
write(
  'settings/site.yaml',
  '# The council and its Local Offer team. Replace every value; the review queue (/admin/review/)\n' +
    '# lists what is still a starter value. Also add siteUrl, parentCarerForum and editor (see src/schemas/site-settings.ts).\n' +
    stringify(settings),
);

for (const page of starterPages) {
  const { slug, body, ...data } = page;
  const frontmatter = {
    title: data.title,
    summary: data.summary,
    ...(data.topic && { topic: data.topic }),
    order: data.order,
    lastReviewed: today,
    reviewOwner: data.reviewOwner,
    stillToWrite: data.stillToWrite,
  };
  write(`pages/${slug}.md`, `---\n${stringify(frontmatter)}---\n${body}\n`);
}

// Words that are the same in every area (the search words parents use, the statutory EHC steps):
// start from the project's own, which name no area. Check them all the same.
for (const shared of ['search/synonyms.yaml', 'ehc-journey/guide.yaml']) {
  const from = path.resolve('content', shared);
  if (fs.existsSync(from)) write(shared, shared === 'ehc-journey/guide.yaml' ? withStarterLinks(fs.readFileSync(from, 'utf8')) : fs.readFileSync(from, 'utf8'));
}

/**
 * The EHC journey's help links name the demo's services; a new area has no
 * services yet, so each points at the starter page on the same subject
 * instead (a link to a page that is not there would be a dead end), and the
 * council links its own services once it has them.
 */
function withStarterLinks(text: string): string {
  const starterFor: [RegExp, { text: string; href: string }][] = [
    [/assessment|casework|ehc/, { text: 'Asking for an EHC needs assessment', href: '/information/ehc-needs-assessment/' }],
    [/mediation|disagreement|tribunal|complain/, { text: 'Complaints, mediation and tribunal', href: '/information/complaints-mediation-and-tribunal/' }],
    [/.*/, { text: 'Free, impartial advice (SENDIASS)', href: '/information/information-advice-and-support/' }],
  ];
  const starterSlugs = new Set(starterPages.map((p) => `/information/${p.slug}/`));
  const document = parseDocument(text);
  for (const step of (document.get('steps') as YAMLSeq<YAMLMap>).items) {
    const help = (step.get('help') as YAMLSeq<YAMLMap> | undefined)?.toJSON() as { text: string; href: string }[] | undefined;
    if (!help) continue;
    const links = help.map((link) => (starterSlugs.has(link.href) ? link : starterFor.find(([pattern]) => pattern.test(link.href))![1]));
    step.set(
      'help',
      links.filter((link, i) => links.findIndex((l) => l.href === link.href) === i),
    );
  }
  return document.toString();
}

// Empty folders that build: the site says "none yet" where they are shown.
for (const empty of ['services', 'organisations', 'schools', 'glossary', 'events', 'news', 'newsletters', 'plan', 'you-said-we-did', 'surveys', 'videos'])
  write(`${empty}/.gitkeep`, '');

console.log(`Wrote a starter Local Offer to ${positionals[0]}: settings, ${starterPages.length} information pages to finish, and empty folders.`);
console.log(`Next: edit ${path.join(positionals[0], 'settings/site.yaml')}, then build it with LOCAL_OFFER_CONTENT=${positionals[0]} npm run build`);
