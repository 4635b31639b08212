/**
 * "My list" in the browser: keeps the list on the device, draws it from
 * the parts of /my-list/services/ its services are in (src/my-list/service-parts.ts;
 * saved for offline use by the service worker), and keeps the share link,
 * QR code and remove links in step.
 *
 * Must: leave the server-drawn page as it is when anything fails; announce
 * changes to screen readers; never send the list anywhere.
 */
import { openDeviceList } from './device-list';
import { listHref, listPath, mergeSlugs, parseSlugs, removeHref, sameServices, shareUrl } from './share-link';
import type { SavedService } from './saved-services';
import { servicePartUrlsFor } from './service-parts';
import { registerOfflineWorker } from '../offline/register';

type ServiceData = Record<string, SavedService>;

const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector);

/** Each part of the data fetched so far, by address: each is fetched once however often the list changes. */
const parts = new Map<string, Promise<ServiceData>>();
function loadPart(url: string): Promise<ServiceData> {
  if (!parts.has(url)) {
    const part = fetch(url).then(async (r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return (await r.json()).services as ServiceData;
    });
    // A part that failed (offline, say) is asked for again next time.
    part.catch(() => parts.delete(url));
    parts.set(url, part);
  }
  return parts.get(url)!;
}

/** The data of these services: only the parts they are in are fetched. */
async function loadServices(slugs: readonly string[]): Promise<ServiceData> {
  return Object.assign({}, ...(await Promise.all(servicePartUrlsFor(slugs).map(loadPart))));
}

function fillCard(card: HTMLElement, s: SavedService, slugs: string[]) {
  const field = (name: string) => $<HTMLElement>(`[data-field="${name}"]`, card)!;
  const row = (name: string, show: boolean) => ($<HTMLElement>(`[data-row="${name}"]`, card)!.hidden = !show);
  const lines = (name: string, values: string[]) =>
    field(name).replaceChildren(...values.map((v) => Object.assign(document.createElement('li'), { textContent: v })));
  card.dataset.slug = s.slug;
  field('link').textContent = s.name;
  field('link').setAttribute('href', `/services/${s.slug}/`);
  field('tier').textContent = s.tier;
  field('status').textContent = s.status;
  field('status').hidden = !s.status;
  field('summary').textContent = s.summary;
  field('phone').textContent = s.phone;
  field('phone').setAttribute('href', `tel:${s.phone.replace(/\s/g, '')}`);
  row('phone', !!s.phone);
  field('email').textContent = s.email;
  field('email').setAttribute('href', `mailto:${s.email}`);
  row('email', !!s.email);
  field('website').textContent = s.website.replace(/^https?:\/\//, '').replace(/\/$/, '');
  field('website').setAttribute('href', s.website || '/');
  row('website', !!s.website);
  lines('where', s.where);
  lines('when', s.when);
  row('when', s.when.length > 0);
  field('howToGetIt').textContent = s.howToGetIt;
  field('cost').textContent = s.cost;
  row('cost', !!s.cost);
  field('remove').setAttribute('href', removeHref(slugs, s.slug));
  field('remove-name').textContent = ` ${s.name}`;
}

/** Redraws the list, share link and QR code for these services. */
async function drawList(slugs: string[]) {
  // The server usually drew this very list already: then there is nothing to
  // fetch or draw, which keeps a phone's first visit quick.
  const drawn = [...document.querySelectorAll<HTMLElement>('[data-list] [data-slug]')].map((el) => el.dataset.slug);
  if (drawn.length === slugs.length && drawn.every((slug, i) => slug === slugs[i])) return slugs;

  const data = await loadServices(slugs);
  const known = slugs.filter((slug) => data[slug]);
  const template = $<HTMLTemplateElement>('#app-saved-service-template')!;
  const cards = known.map((slug) => {
    const card = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
    fillCard(card, data[slug], known);
    return card;
  });
  $('[data-list]')!.replaceChildren(...cards);
  $('[data-count]')!.textContent = String(known.length);
  $('[data-empty]')!.hidden = known.length > 0;
  const missing = slugs.length - known.length;
  $('[data-missing]')!.hidden = missing === 0;
  $('[data-missing]')!.textContent = `${missing === 1 ? 'One service in this link is' : `${missing} services in this link are`} no longer in the Local Offer.`;
  $('[data-share]')!.hidden = !known.length;
  $('[data-print-section]')!.hidden = !known.length;
  const link = shareUrl(location.origin, known);
  const shareLink = $<HTMLAnchorElement>('[data-share-link]')!;
  shareLink.href = link;
  shareLink.textContent = link;
  const box = $('[data-qr]')!;
  if (!known.length) box.replaceChildren();
  else {
    // Loaded only when the list changes: most visits never pay for it.
    const { qrCodeSvg } = await import('./qr-code');
    box.innerHTML = await qrCodeSvg(link);
  }
  return known;
}

function announce(message: string) {
  $('[data-list-status]')!.textContent = message;
}

export async function startListPage() {
  registerOfflineWorker();
  const device = openDeviceList();
  const url = new URL(location.href);
  const added = parseSlugs(url.searchParams.get('add'));
  let shared = url.searchParams.has('services') ? parseSlugs(url.searchParams.get('services')) : undefined;

  let saved = device.read();
  if (added.length) {
    saved = mergeSlugs(saved, added);
    device.write(saved);
  }
  // A shared link shows the sender's list until the person chooses to keep it;
  // otherwise the page shows this device's list.
  let viewingShared = shared !== undefined && !sameServices(shared, saved);
  if (!viewingShared) history.replaceState(null, '', listPath);

  const sharedNotice = $('[data-shared-notice]')!;
  sharedNotice.hidden = !viewingShared;
  const saveShared = $<HTMLButtonElement>('[data-save-shared]')!;
  saveShared.disabled = false;
  saveShared.addEventListener('click', async () => {
    saved = mergeSlugs(saved, shared ?? []);
    device.write(saved);
    viewingShared = false;
    sharedNotice.hidden = true;
    history.replaceState(null, '', listPath);
    await drawList(saved);
    announce(`Saved. Your list now has ${saved.length} ${saved.length === 1 ? 'service' : 'services'}.`);
    $('#saved-heading')!.focus();
  });

  // Remove links work without JavaScript (they lead to the list without that
  // service); here they also change the list kept on the device.
  $('[data-list]')!.addEventListener('click', async (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-field="remove"]');
    if (!link) return;
    event.preventDefault();
    const slug = link.closest<HTMLElement>('[data-slug]')!.dataset.slug!;
    const name = link.closest<HTMLElement>('[data-slug]')!.querySelector('[data-field="link"]')!.textContent;
    if (viewingShared) {
      shared = (shared ?? []).filter((s) => s !== slug);
      history.replaceState(null, '', listHref(shared));
    } else {
      saved = saved.filter((s) => s !== slug);
      device.write(saved);
    }
    await drawList(viewingShared ? shared! : saved);
    announce(`${name} removed from the list.`);
    $('#saved-heading')!.focus();
  });

  const copy = $<HTMLButtonElement>('[data-copy]')!;
  if (navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      await navigator.clipboard.writeText($<HTMLAnchorElement>('[data-share-link]')!.href);
      announce('Link copied.');
      copy.textContent = 'Link copied';
    });
  }
  const print = $<HTMLButtonElement>('[data-print]')!;
  print.hidden = false;
  $('[data-print-hint]')!.hidden = false;
  print.addEventListener('click', () => window.print());

  // Checked even when the server drew the list: offline, the saved copy of
  // this page may have been drawn for another list.
  try {
    await drawList(viewingShared ? shared! : saved);
  } catch {
    announce('Your saved list could not be loaded. Check your connection and try again.');
  }
  if (!device.persistent) announce('This browser is not keeping data, so your list will be lost when you close it. Use the share link to keep it.');
}
