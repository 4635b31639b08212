import { accessRouteInfo, isOpen } from '../../data/access';
import type { ServiceResult } from '../../lib/search/documents';
import type { PageResult } from '../../lib/search/groups';
import { statusTagWords } from '../../lib/service-words';

/**
 * Search as you type draws results from the server's own markup: a copy of
 * the <template> the search page holds (ServiceCard, InformationResult),
 * filled field by field with textContent, so nothing typed or stored is
 * ever read as HTML and there is no second copy of the card to drift.
 */

const field = (card: Element, name: string) => card.querySelector<HTMLElement>(`[data-field="${name}"]`)!;
const row = (card: Element, name: string) => card.querySelector<HTMLElement>(`[data-row="${name}"]`);
const copy = (template: HTMLTemplateElement) => (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;

export function serviceCard(template: HTMLTemplateElement, r: ServiceResult): HTMLElement {
  const card = copy(template);
  const link = field(card, 'link') as HTMLAnchorElement;
  link.href = r.url;
  link.textContent = r.name;
  for (const tag of card.querySelectorAll<HTMLElement>('[data-tier]')) tag.hidden = tag.dataset.tier !== r.tier;
  field(card, 'ages').textContent = r.ages;
  field(card, 'cost').textContent = r.free ? 'Free' : 'There is a cost';
  const status = statusTagWords[r.status];
  row(card, 'status')!.hidden = !status;
  field(card, 'status').textContent = status ?? '';
  field(card, 'summary').textContent = r.summary;
  field(card, 'route').textContent = accessRouteInfo[r.route].label;
  const slug = /^\/services\/([^/]+)\/$/.exec(r.url)?.[1];
  const save = row(card, 'save')!;
  save.hidden = !slug || !isOpen(r.status);
  (field(card, 'save') as HTMLAnchorElement).href = `/my-list/?add=${encodeURIComponent(slug ?? '')}`;
  field(card, 'save-name').textContent = `${r.name} `;
  // What does not apply goes, so the card is the server's markup exactly (hidden copies would only add weight).
  for (const tag of card.querySelectorAll<HTMLElement>('[data-tier]')) if (tag.hidden) tag.remove();
  for (const optional of card.querySelectorAll<HTMLElement>('[data-row]')) if (optional.hidden) optional.remove();
  return card;
}

export function informationItem(template: HTMLTemplateElement, r: PageResult): HTMLElement {
  const item = copy(template);
  const link = field(item, 'link') as HTMLAnchorElement;
  link.href = r.url;
  link.textContent = r.name;
  field(item, 'summary').textContent = r.summary;
  return item;
}
