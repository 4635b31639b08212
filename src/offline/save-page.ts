/**
 * "Use this site offline": the save and remove buttons. They stay disabled
 * until this script has checked the browser can do it.
 *
 * Must: say what is happening in words (progress goes to a live region, every
 * 5% at most); never start a download the person did not ask for.
 */
import { registerOfflineWorker } from './register';
import { cachePrefix } from './cache-rules';
import { describeSavedAt } from './offline-banner';

function ask<T>(worker: ServiceWorker, message: object, onMessage: (data: T) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => onMessage(event.data as T);
  worker.postMessage(message, [channel.port2]);
}

export async function startOfflinePage() {
  const save = document.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const remove = document.querySelector<HTMLButtonElement>('[data-offline-remove]')!;
  const status = document.querySelector<HTMLElement>('[data-offline-status]')!;
  const say = (text: string) => (status.textContent = text);

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    say('This browser cannot save websites for offline use. Try an up-to-date version of Chrome, Edge, Firefox or Safari.');
    return;
  }
  await registerOfflineWorker();
  const registration = await navigator.serviceWorker.ready;
  const worker = () => registration.active!;

  ask<{ savedEverythingAt?: string }>(worker(), { type: 'status' }, ({ savedEverythingAt }) => {
    if (savedEverythingAt) say(`The Local Offer is saved on this device. It was saved on ${describeSavedAt(new Date(savedEverythingAt))} and updates itself when you are online.`);
  });
  save.disabled = false;
  remove.disabled = false;

  save.addEventListener('click', () => {
    save.disabled = true;
    say('Saving the Local Offer. Keep this page open.');
    ask<{ type: string; done: number; total: number; failed: number }>(worker(), { type: 'save-everything' }, (message) => {
      if (message.type === 'progress') say(`Saving the Local Offer: ${Math.round((100 * message.done) / message.total)}% done.`);
      if (message.type !== 'done') return;
      save.disabled = false;
      if (message.failed === 0) say('Saved. The Local Offer now works on this device without internet.');
      else say(`Not everything could be saved${message.failed > 0 ? ` (${message.failed} of ${message.total} files)` : ''}. Check your connection and press the button again: it carries on where it stopped.`);
    });
  });

  remove.addEventListener('click', async () => {
    for (const name of await caches.keys()) if (name.startsWith(cachePrefix)) await caches.delete(name);
    await registration.unregister();
    save.disabled = true;
    remove.disabled = true;
    say('The saved copy has been removed from this device. Pages you visit are no longer kept.');
  });
}
