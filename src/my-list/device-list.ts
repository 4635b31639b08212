import { maxSavedServices, parseSlugs } from './share-link';

/**
 * The list kept on this device (localStorage). No account and no server: the
 * list never leaves the device unless the person shares the link.
 */
const storageKey = 'local-offer:my-list';

export interface DeviceList {
  /** False when the browser blocks storage (some private modes); the list then lasts until the tab closes. */
  persistent: boolean;
  read(): string[];
  write(slugs: readonly string[]): void;
}

export function openDeviceList(storage: Storage | undefined = globalThis.localStorage): DeviceList {
  let memory: string[] = [];
  let persistent = !!storage;
  try {
    storage?.setItem(`${storageKey}:test`, '1');
    storage?.removeItem(`${storageKey}:test`);
  } catch {
    persistent = false;
  }
  return {
    persistent,
    read() {
      if (!persistent) return [...memory];
      return parseSlugs(storage!.getItem(storageKey));
    },
    write(slugs) {
      const capped = slugs.slice(0, maxSavedServices);
      if (persistent) storage!.setItem(storageKey, capped.join(','));
      else memory = [...capped];
    },
  };
}
