/**
 * "Use this site offline": the buttons that save a part (an age band, an
 * area of need, My list), everything (when the site is small enough to
 * offer it), and remove the saved copy. They stay disabled until this
 * script has checked the browser can do it.
 *
 * Must: say what is happening in words (progress goes to a live region, every
 * 5% at most); show the size on a button before it is pressed; never start a
 * download the person did not ask for.
 */
import { registerOfflineWorker } from './register';
import { cachePrefix } from './cache-rules';
import { describeSavedAt } from './offline-banner';
import { describeBytes } from './bundle-size';
import { offlineParts } from './parts';
import { openDeviceList } from '../my-list/device-list';
import { servicePartUrlsFor } from '../my-list/service-parts';

type Progress = { type: string; done: number; total: number; failed: number };

function ask<T>(worker: ServiceWorker, message: object, onMessage: (data: T) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => onMessage(event.data as T);
  worker.postMessage(message, [channel.port2]);
}

export async function startOfflinePage() {
  const save = document.querySelector<HTMLButtonElement>('[data-offline-save]');
  const remove = document.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const partButtons = [...document.querySelectorAll<HTMLButtonElement>('[data-offline-part]')];
  const listButton = document.querySelector<HTMLButtonElement>('[data-offline-list]')!;
  const status = document.querySelector<HTMLElement>('[data-offline-status]')!;
  const say = (text: string) => (status.textContent = text);
  const buttons = () => [save, remove, listButton, ...partButtons].filter((b): b is HTMLButtonElement => !!b);

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('This browser cannot save websites for offline use. Try an up-to-date version of Chrome, Edge, Firefox or Safari.');
    return;
  }
  await registerOfflineWorker();
  const registration = await navigator.serviceWorker.ready;
  const worker = () => registration.active!;

  // My list's services: the list page and its data, then one service page each (sizes written in by the build).
  const slugs = openDeviceList().read();
  const listBytes = Number(listButton.dataset.listBaseBytes) + slugs.length * Number(listButton.dataset.servicePageBytes);
  if (slugs.length) {
    listButton.textContent = `Save the ${slugs.length === 1 ? 'service' : `${slugs.length} services`} on My list (about ${describeBytes(listBytes)})`;
    listButton.hidden = false;
    document.querySelector<HTMLElement>('[data-offline-list-empty]')!.hidden = true;
  }

  ask<{ savedEverythingAt?: string; savedParts?: Record<string, string> }>(worker(), { type: 'status' }, ({ savedEverythingAt, savedParts = {} }) => {
    if (savedEverythingAt)
      say(`The Local Offer is saved on this device. It was saved on ${describeSavedAt(new Date(savedEverythingAt))} and updates itself when you are online.`);
    for (const button of partButtons) {
      const savedAt = savedParts[button.dataset.offlinePart!];
      if (savedAt) button.insertAdjacentText('afterend', ` Saved on ${describeSavedAt(new Date(savedAt))}.`);
    }
  });
  for (const b of buttons()) b.disabled = false;

  /** Sends one save request to the worker and reports its progress in words. */
  const run = (what: string, message: object, done: string) => {
    for (const b of buttons()) b.disabled = true;
    say(`Saving ${what}. Keep this page open.`);
    ask<Progress>(worker(), message, (m) => {
      if (m.type === 'progress') say(`Saving ${what}: ${Math.round((100 * m.done) / m.total)}% done.`);
      if (m.type !== 'done') return;
      for (const b of buttons()) b.disabled = false;
      if (m.failed === 0) say(done);
      else
        say(
          `Not everything could be saved${m.failed > 0 ? ` (${m.failed} of ${m.total} files)` : ''}. Check your connection and press the button again: it carries on where it stopped.`,
        );
    });
  };

  save?.addEventListener('click', () =>
    run('the Local Offer', { type: 'save-everything' }, 'Saved. The Local Offer now works on this device without internet.'),
  );
  for (const button of partButtons) {
    const part = offlineParts.find((p) => p.id === button.dataset.offlinePart)!;
    button.addEventListener('click', () =>
      run(part.label, { type: 'save-part', id: part.id }, `Saved. ${part.label} now works on this device without internet.`),
    );
  }
  listButton.addEventListener('click', () => {
    const saved = openDeviceList().read();
    // The list's page, the parts of its data its services are in, and each service's page.
    const urls = ['/my-list/', ...servicePartUrlsFor(saved), ...saved.map((slug) => `/services/${slug}/`)];
    run('the services on My list', { type: 'save-files', urls }, 'Saved. My list and its services now work on this device without internet.');
  });

  remove.addEventListener('click', async () => {
    for (const name of await caches.keys()) if (name.startsWith(cachePrefix)) await caches.delete(name);
    await registration.unregister();
    for (const b of buttons()) b.disabled = true;
    say('The saved copy has been removed from this device. Pages you visit are no longer kept.');
  });
}
